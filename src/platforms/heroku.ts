import type { BuildGroup } from './detection.js';
import type {
  DevDependencyFacts,
  DevDependencyKeep,
  GemGroupFacts,
  PlatformProfile,
  PortContract,
  ProcessTypeFacts,
  RuntimeFacts,
  WithoutWebFacts,
} from './profile.js';

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** `name` lower-cased, with `-` for anything else, trimmed of `-` at the ends and cut to 63 characters. */
export function dnsLabel(name: string): string {
  // Each run of other characters became one `-`, so only one can be left at each end (and `/^-+|-+$/` backtracks).
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 63)
    .replace(/^-|-$/g, '');
  return label === '' ? 'web' : label;
}

/** The root files both generations of Heroku's Python buildpack detect (the classic one adds misspellings). */
export const PYTHON_PROJECT_FILES = [
  '.python-version',
  '__init__.py',
  'app.py',
  'main.py',
  'manage.py',
  'pdm.lock',
  'Pipfile',
  'Pipfile.lock',
  'poetry.lock',
  'pyproject.toml',
  'requirements.txt',
  'runtime.txt',
  'server.py',
  'setup.cfg',
  'setup.py',
  'uv.lock',
];

const bp = (name: string, commit: string) => `heroku/heroku-buildpack-${name}@${commit} bin/detect`;

/**
 * The classic buildpacks in Heroku's default detection order (domain.md section 3, devcenter "Buildpacks": Ruby,
 * Node.js, Clojure, Python, Java, Gradle, Scala, PHP, Go), each with the root files its `bin/detect` looks for.
 * Herokuish (Dokku) runs the same buildpacks in the same order.
 */
export const HEROKU_CLASSIC_GROUPS: readonly BuildGroup[] = [
  { id: 'heroku/ruby', language: 'ruby', markers: [{ file: 'Gemfile' }], source: bp('ruby', '0c80c93d') },
  { id: 'heroku/nodejs', language: 'node', markers: [{ file: 'package.json' }], source: bp('nodejs', '4f394e95') },
  { id: 'heroku/clojure', language: 'clojure', markers: [{ file: 'project.clj' }], source: 'heroku/heroku-buildpack-clojure bin/detect' },
  {
    id: 'heroku/python',
    language: 'python',
    // KNOWN_PYTHON_PROJECT_FILES, misspellings of requirements.txt included.
    markers: [
      ...PYTHON_PROJECT_FILES,
      'requeriments.txt',
      'requirement.txt',
      'requirements',
      'requirements.text',
      'Requirements.txt',
      'requirements.txt.txt',
      'requirments.txt',
      '__pycache__',
      '.venv',
      'venv',
    ].map((file) => ({ file })),
    source: bp('python', 'b4e7e721'),
  },
  {
    id: 'heroku/java',
    language: 'java',
    markers: ['pom.xml', 'pom.atom', 'pom.clj', 'pom.groovy', 'pom.rb', 'pom.scala', 'pom.yaml', 'pom.yml'].map((file) => ({ file })),
    source: 'heroku/heroku-buildpack-java bin/detect',
  },
  {
    id: 'heroku/gradle',
    language: 'java',
    markers: ['build.gradle', 'build.gradle.kts', 'gradlew', 'settings.gradle', 'settings.gradle.kts'].map((file) => ({ file })),
    source: 'heroku/heroku-buildpack-gradle bin/detect',
  },
  {
    id: 'heroku/scala',
    language: 'scala',
    markers: [{ rootSuffix: '.sbt' }, { file: 'project/build.properties' }],
    source: 'heroku/heroku-buildpack-scala bin/detect',
  },
  { id: 'heroku/php', language: 'php', markers: [{ file: 'composer.json' }, { file: 'index.php' }], source: bp('php', 'ff95c90e') },
  {
    id: 'heroku/go',
    language: 'go',
    markers: ['go.mod', 'Gopkg.lock', 'Godeps/Godeps.json', 'vendor/vendor.json', 'glide.yaml'].map((file) => ({ file })),
    source: bp('go', '1bc788f'),
  },
];

/** Heroku's router sends traffic to `$PORT`, which it picks per dyno (devcenter "Runtime": R10 boot timeout otherwise). */
export const HEROKU_PORT: PortContract = {
  variable: 'PORT',
  random: true,
  defaultValue: null,
  setting: null,
  source: 'devcenter.heroku.com/articles/dynos#local-environment-variables',
};

export const HEROKU_PROCESS_TYPES: ProcessTypeFacts = {
  release: true,
  others: true,
  source: 'devcenter.heroku.com/articles/release-phase',
};

/**
 * Heroku classic scales a new app's `web` to one dyno and every other type to none until `heroku ps:scale`
 * (heroku/heroku-buildpack-nodejs issue #335, the maintainer's answer). The slug compiler merges the buildpack's
 * bin/release `default_process_types` with the Procfile, so a Procfile without `web` still gets the buildpack's:
 * heroku-buildpack-nodejs bin/release always prints `web: npm start` (with or without a start script: issue #335 shows
 * a `worker:`-only app running it), except beside an `mcp` process (CHANGELOG v293, PR #1404);
 * heroku-buildpack-ruby lib/language_pack/base.rb `build_release` always writes them (commit 70530caa "When a
 * Procfile is present, default process types should still be added": rails4.rb's server, rack.rb's rackup, none for
 * plain Ruby); heroku-buildpack-python bin/release declares none. Whether `Web` is `web` is not documented.
 */
export const HEROKU_CLASSIC_WITHOUT_WEB: WithoutWebFacts = {
  scale: (type, count) => `heroku ps:scale ${type}=${count}`,
  othersWaitForScale: true,
  buildpackWeb: {
    node: {
      commands: 'defaults',
      unlessType: 'mcp',
      source: 'heroku/heroku-buildpack-nodejs bin/release, CHANGELOG.md v293 (PR #1404); issue #335',
    },
    ruby: { commands: 'defaults', source: 'heroku/heroku-buildpack-ruby lib/language_pack/base.rb (build_release), commit 70530caa' },
    python: 'none',
  },
  buildpackWebStarts: true,
  caseSensitive: 'unverified',
  source: 'heroku/heroku-buildpack-nodejs issue #335; heroku-buildpack-{nodejs,ruby,python} bin/release',
};

/** What the classic buildpacks put in the slug: the Go binaries under `bin/`, each named after its package. */
const NODEJS_CLASSIC = 'heroku/heroku-buildpack-nodejs@4f394e95';

/**
 * heroku-buildpack-nodejs installs devDependencies (lib/package_managers/npm.sh `--production=${NPM_CONFIG_PRODUCTION:-false}`,
 * yarn.sh `--production=${YARN_PRODUCTION:-false}`, pnpm.sh `--prod=false`), then prunes them after the build
 * (bin/compile `prune_devdependencies`) because NODE_ENV defaults to production (lib/environment.sh). Each package
 * manager's prune is skipped by NODE_ENV other than production, or by its own variable: any NPM_CONFIG_PRODUCTION or
 * YARN_PRODUCTION value (Yarn 2+ fails the build on YARN_PRODUCTION and reads YARN2_SKIP_PRUNING=true), PNPM_SKIP_PRUNING=true.
 * There is no bun support: an app with only bun.lock is installed and pruned by npm.
 */
export function herokuClassicDevDependencies(buildpack: string, keptByFile: DevDependencyFacts['keptByFile'] = null): DevDependencyFacts {
  const nodeEnv = { name: 'NODE_ENV', keeps: (value: string) => value !== 'production' };
  const configVar = (name: string, value: string, keeps: (set: string) => boolean): DevDependencyKeep => ({
    setting: `the config var \`${name}=${value}\` is set`,
    variables: [{ name, keeps }, nodeEnv],
  });
  const anyValue = (set: string) => set !== '';
  const isTrue = (set: string) => set === 'true';
  const npm = configVar('NPM_CONFIG_PRODUCTION', 'false', anyValue);
  return {
    removed: {
      npm,
      bun: npm,
      yarn: configVar('YARN_PRODUCTION', 'false', anyValue),
      'yarn-berry': configVar('YARN2_SKIP_PRUNING', 'true', isTrue),
      pnpm: configVar('PNPM_SKIP_PRUNING', 'true', isTrue),
    },
    keptByFile,
    source: `${buildpack} bin/compile, lib/environment.sh, lib/package_managers/{npm,yarn,pnpm}.sh (prune_devdependencies)`,
  };
}

const RUBY_CLASSIC = 'heroku/heroku-buildpack-ruby@0c80c93d';

/**
 * The Ruby buildpacks of both generations install the bundle with `BUNDLE_WITHOUT=development:test` unless the app
 * sets `BUNDLE_WITHOUT` itself, and leave that value in the processes' environment. Bundler reads a `.bundle/config`
 * the repository holds before the environment (bundler lib/bundler/settings.rb: local config, then ENV).
 */
export function herokuGemGroups(source: string, keptByFile: GemGroupFacts['keptByFile'] = null): GemGroupFacts {
  return {
    without: ['development', 'test'],
    keep: {
      setting: 'the config var `BUNDLE_WITHOUT` names only the groups to leave out (`BUNDLE_WITHOUT=test` installs `development`)',
      // Any value replaces the default; one that still leaves out both groups keeps nothing.
      variables: [
        {
          name: 'BUNDLE_WITHOUT',
          keeps: (value) => !['development', 'test'].every((group) => value.replaceAll(' ', ':').split(':').includes(group)),
        },
      ],
    },
    readsBundleConfig: true,
    keptByFile,
    source,
  };
}

export const HEROKU_CLASSIC_RUNTIME: RuntimeFacts = {
  goBuild: {
    // bin/compile: GOBIN=$BUILD_DIR/bin; `go install` of $GO_INSTALL_PACKAGE_SPEC, else the first `// +heroku install`
    // line of go.mod (awk ... exit), else every main package (`go list ./...`); .profile.d/go.sh puts $HOME/bin on PATH.
    fixedName: null,
    binDir: 'bin',
    installLine: 'first',
    packagesSetting: 'GO_INSTALL_PACKAGE_SPEC',
    hooks: ['bin/go-pre-compile', 'bin/go-post-compile'],
    source: 'heroku/heroku-buildpack-go@1bc788f bin/compile',
  },
  // bin/compile -> lib/package_manager.sh: a Pipfile without Pipfile.lock exits (an error since v292), then exactly one
  // of these must exist (several exit since v325, 2025-12-10; none exits, a lone setup.py too since v325). herokuish,
  // hence Dokku, bundles v349 (gliderlabs/herokuish@fbc485e2 buildpacks/buildpack-python/buildpack-version), whose
  // lib/package_manager.sh is the same.
  pythonInstall: {
    managerFiles: [
      { file: 'Pipfile.lock', manager: 'Pipenv' },
      { file: 'requirements.txt', manager: 'pip' },
      { file: 'poetry.lock', manager: 'Poetry' },
      { file: 'uv.lock', manager: 'uv' },
    ],
    needsLock: [{ file: 'Pipfile', lock: 'Pipfile.lock', error: "No 'Pipfile.lock' found!" }],
    noneError: "Couldn't find any supported Python package manager files.",
    multipleError: 'Multiple Python package manager files were found.',
    source: 'heroku/heroku-buildpack-python@b4e7e721 (v351) lib/package_manager.sh, CHANGELOG.md v325',
  },
  devDependencies: herokuClassicDevDependencies(NODEJS_CLASSIC),
  // bin/support/ruby_compile.rb `bundle_default_without: "development:test"`; lib/language_pack/ruby.rb
  // `ENV["BUNDLE_WITHOUT"] ||= user_env_hash["BUNDLE_WITHOUT"] || bundle_default_without` (the config var wins),
  // `build_bundler` runs `BUNDLE_WITHOUT='...' bundle install`, and `set_env_default` exports it for the dynos.
  gemGroups: herokuGemGroups(`${RUBY_CLASSIC} bin/support/ruby_compile.rb, lib/language_pack/ruby.rb`),
  // Installs without a lock file too: `npm install` then (heroku/heroku-buildpack-nodejs lib/package_managers/npm.sh).
  nodeInstallNeedsLock: null,
  absentPrograms: [],
  onlyWinnerRuntime: null,
};

/**
 * Heroku's classic (Cedar) generation, what most Heroku apps run on. Its Procfile parser is private; Heroku
 * documents `^([A-Za-z0-9_-]+):\s*(.+)$` per line (devcenter "The Procfile"), which is what the `heroku-classic`
 * reader applies.
 */
/** What both generations do alike with an app once built: its port, process types, Dockerfile and extra languages. */
export const HEROKU_APP_FACTS = {
  port: HEROKU_PORT,
  processTypes: HEROKU_PROCESS_TYPES,
  languagesNeedingProcfile: ['python'],
  startCommandElsewhere: null,
  dockerfileAlternative: null,
  dockerfileStartsApp: false,
  // A git push builds with the buildpacks, whatever Dockerfile the app has, unless the app is on the container stack:
  // then heroku.yml's `build.docker` Dockerfile is built instead (and without a heroku.yml that build fails, "Your app
  // does not include a heroku.yml build manifest"). Whether a Fir app can be built from heroku.yml is unverified (the
  // devcenter page names only the container stack): it gets the same warning, never a silence.
  otherBuilders: [
    {
      files: ['heroku.yml'],
      setting: 'the app is on the container stack (`heroku stack:set container`)',
      instead: '`heroku.yml` builds the Dockerfile',
      unless: { files: [], dotenv: null },
      source: 'devcenter.heroku.com/articles/build-docker-images-heroku-yml',
    },
  ],
  extraLanguage: 'add its buildpack too (`heroku buildpacks:add`)',
} satisfies Partial<PlatformProfile>;

export const heroku: PlatformProfile = {
  id: 'heroku',
  name: 'Heroku',
  parser: 'heroku-classic',
  builder: {
    name: "Heroku's classic buildpacks",
    unverified: null,
    source: 'devcenter.heroku.com/articles/buildpacks#buildpack-detection',
  },
  missingWebError: null,
  withoutWeb: HEROKU_CLASSIC_WITHOUT_WEB,
  processTypeName: {
    isValid: (name) => /^[A-Za-z0-9_-]+$/.test(name),
    rule: 'use only ASCII letters, digits, `_` and `-` (Heroku documents `^([A-Za-z0-9_-]+):`)',
    key: (name) => name,
    suggest: dnsLabel,
  },
  groups: HEROKU_CLASSIC_GROUPS,
  walkSkips: [],
  defaults: 'heroku-classic',
  // devcenter "The Procfile": each command runs in a dyno through bash.
  execution: { kind: 'bash-c', label: 'bash -c', source: 'devcenter.heroku.com/articles/procfile' },
  runtime: HEROKU_CLASSIC_RUNTIME,
  ...HEROKU_APP_FACTS,
};

export { DNS_LABEL };
