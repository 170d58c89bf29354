import type { BuildGroup } from './detection.js';
import { DNS_LABEL, dnsLabel, HEROKU_APP_FACTS, herokuGemGroups, PYTHON_PROJECT_FILES } from './heroku.js';
import type { PlatformProfile } from './profile.js';

const BUILDER = 'heroku/cnb-builder-images@20f45249 builder-24/builder.toml';

/**
 * The Cloud Native Buildpacks builder's order (heroku/cnb-builder-images builder-22/24/26 builder.toml): Python,
 * Ruby, Java, Scala, Go, PHP, .NET, then Node.js last. heroku/python detects a fixed list of root files, not any `*.py`.
 */
export const HEROKU_FIR_GROUPS: readonly BuildGroup[] = [
  {
    id: 'heroku/python',
    language: 'python',
    markers: PYTHON_PROJECT_FILES.map((file) => ({ file })),
    source: `${BUILDER}; heroku/buildpacks-python src/detect.rs`,
  },
  { id: 'heroku/ruby', language: 'ruby', markers: [{ file: 'Gemfile' }], source: `${BUILDER}; heroku/buildpacks-ruby` },
  {
    id: 'heroku/java',
    language: 'java',
    markers: ['pom.xml', '.mvn', 'build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts'].map((file) => ({ file })),
    source: `${BUILDER}; heroku/buildpacks-jvm`,
  },
  {
    id: 'heroku/scala',
    language: 'scala',
    markers: [{ file: 'build.sbt' }, { file: 'project/build.properties' }],
    source: `${BUILDER}; heroku/buildpacks-jvm`,
  },
  { id: 'heroku/go', language: 'go', markers: [{ file: 'go.mod' }], source: `${BUILDER}; heroku/buildpacks-go` },
  { id: 'heroku/php', language: 'php', markers: [{ file: 'composer.json' }], source: `${BUILDER}; heroku/buildpacks-php` },
  {
    id: 'heroku/dotnet',
    language: 'dotnet',
    markers: [{ rootSuffix: '.sln' }, { rootSuffix: '.csproj' }, { rootSuffix: '.fsproj' }, { rootSuffix: '.vbproj' }],
    source: `${BUILDER}; heroku/buildpacks-dotnet`,
  },
  { id: 'heroku/nodejs', language: 'node', markers: [{ file: 'package.json' }], source: `${BUILDER}; heroku/buildpacks-nodejs` },
];

const PROJECT_TOML_KEEP = {
  setting: 'project.toml sets `actions.prune_dev_dependencies = false` in its `[com.heroku.buildpacks.nodejs]` table',
  variables: [],
};

/**
 * Heroku's Fir generation: Cloud Native Buildpacks, with the Procfile read by heroku/buildpacks-procfile (SPEC.md,
 * src/procfile.rs: lower-case DNS-label names, `Web` and `my_worker` corrected with a warning) and run with `bash -c`
 * (src/launch.rs).
 */
export const herokuFir: PlatformProfile = {
  id: 'heroku-fir',
  name: 'Heroku (Fir)',
  parser: 'heroku',
  builder: { name: "Heroku's Cloud Native Buildpacks", unverified: null, source: BUILDER },
  missingWebError: null,
  // buildpacks-procfile src/launch.rs: the Procfile's types are launch processes (`default: key == "web"`, or the only
  // one), beside those earlier buildpacks add: buildpacks-nodejs src/main.rs adds `web: node server.js` (or index.js)
  // when the file exists and never `npm start` beside a Procfile (package_manager.rs "Skipping default web process
  // (Procfile detected)"); buildpacks-ruby steps/get_default_process.rs adds the Rails server (railties gem) or rackup
  // (rack gem and config.ru), with or without a Procfile; buildpacks-python adds none. Which types Fir starts without
  // `heroku ps:scale` is not documented. Keys are lower-cased (src/procfile.rs): `Web` is read as `web`.
  withoutWeb: {
    scale: (type, count) => `heroku ps:scale ${type}=${count}`,
    othersWaitForScale: 'unverified',
    buildpackWeb: {
      node: {
        commands: [
          { command: 'node server.js', ifFile: 'server.js' },
          { command: 'node index.js', ifFile: 'index.js' },
        ],
        source: 'heroku/buildpacks-nodejs src/main.rs, src/package_manager.rs',
      },
      ruby: {
        commands: [
          { command: 'bin/rails server --port "$PORT" --environment "$RAILS_ENV"', ifGem: ['railties', 'rails'] },
          { command: 'bundle exec rackup --port "$PORT" --host "0.0.0.0"', ifGem: ['rack'], ifFile: 'config.ru' },
        ],
        source: 'heroku/buildpacks-ruby buildpacks/ruby/src/steps/get_default_process.rs',
      },
      python: 'none',
    },
    buildpackWebStarts: 'unverified',
    caseSensitive: false,
    source: 'heroku/buildpacks-procfile src/launch.rs, src/procfile.rs',
  },
  processTypeName: {
    isValid: (name) => DNS_LABEL.test(name) && name.length <= 63,
    rule: 'be lower-case letters, digits and inner `-`, at most 63 characters',
    key: (name) => name.replace(/_/g, '-').toLowerCase(),
    suggest: dnsLabel,
  },
  groups: HEROKU_FIR_GROUPS,
  walkSkips: [],
  // The CNB buildpacks' defaults are not modelled.
  defaults: null,
  execution: { kind: 'bash-c', label: 'bash -c', source: 'heroku/buildpacks-procfile src/launch.rs' },
  runtime: {
    goBuild: {
      // `go install` into the go_target layer's bin (GOBIN, on PATH at launch) of the last `// +heroku install` line's
      // packages, else of every main package (`go list -tags heroku ./...`); no variable overrides the list.
      fixedName: null,
      binDir: null,
      installLine: 'last',
      packagesSetting: null,
      hooks: [],
      source: 'heroku/buildpacks-go@5e28eebf buildpacks/go/src/cfg.rs, src/cmd.rs, src/layers/target.rs',
    },
    // determine_package_manager: exactly one of requirements.txt, poetry.lock, uv.lock (no Pipenv), else the build
    // fails with NoneFound or MultipleFound (src/errors.rs gives the words).
    pythonInstall: {
      managerFiles: [
        { file: 'requirements.txt', manager: 'pip' },
        { file: 'poetry.lock', manager: 'Poetry' },
        { file: 'uv.lock', manager: 'uv' },
      ],
      needsLock: [],
      noneError: "Couldn't find any supported Python package manager files",
      multipleError: 'Multiple Python package manager files were found',
      source: 'heroku/buildpacks-python@f81d0dc src/package_manager.rs, src/errors.rs',
    },
    // With a lock file, the buildpack installs every dependency (npm ci, yarn --production=false, pnpm install) and
    // then always prunes devDependencies (src/main.rs, src/package_manager.rs prune_dev_dependencies): NODE_ENV does
    // not matter; only project.toml's `[com.heroku.buildpacks.nodejs] actions.prune_dev_dependencies = false` (or a
    // later buildpack's build plan) keeps them (src/buildpack_config.rs). Without a lock file nothing is installed.
    devDependencies: {
      removed: Object.fromEntries((['npm', 'yarn', 'yarn-berry', 'pnpm'] as const).map((manager) => [manager, PROJECT_TOML_KEEP])),
      keptByFile: {
        kind: 'toml',
        file: 'project.toml',
        key: ['com', 'heroku', 'buildpacks', 'nodejs', 'actions', 'prune_dev_dependencies'],
        value: false,
      },
      source: 'heroku/buildpacks-nodejs@f56d560d src/main.rs, src/package_manager.rs, src/buildpack_config.rs',
    },
    // `BundleWithout::new("development:test")` (src/main.rs), set with ModificationBehavior::Default, so a
    // BUNDLE_WITHOUT of the user's wins, for the build and the processes (src/layers/bundle_install_layer.rs `layer_env`).
    gemGroups: herokuGemGroups(
      'heroku/buildpacks-ruby@98e80c0e buildpacks/ruby/src/main.rs, buildpacks/ruby/src/layers/bundle_install_layer.rs',
    ),
    // Dependency installation, build scripts and pruning run only `if ["pnpm-lock.yaml", "yarn.lock",
    // "package-lock.json"].any(exists)`: without one, node_modules stays empty.
    nodeInstallNeedsLock: {
      lockFiles: ['pnpm-lock.yaml', 'yarn.lock', 'package-lock.json'],
      source: 'heroku/buildpacks-nodejs@f56d560d src/main.rs',
    },
    absentPrograms: [],
    onlyWinnerRuntime: null,
  },
  ...HEROKU_APP_FACTS,
};
