import type { BuildGroup } from './detection.js';
import type { PlatformProfile } from './profile.js';

/** The snapshot of Google's buildpacks these facts were read from. */
export const GCP_SOURCE = 'GoogleCloudPlatform/buildpacks@21f28de8';
const ORDER = `${GCP_SOURCE} builders/gcp/base/builder.toml`;

const GCP_NODE_ENV_KEEP = {
  setting: 'the build sets `NODE_ENV` to a value other than `production` (which the app then runs with too)',
  variables: [],
};
/** `HasAtLeastOneOutsideDependencyDirectories`: a `filepath.Walk` of the whole tree that skips only `node_modules`. */
const ANYWHERE = 'pkg/gcpbuildpack/filepath.go';

/**
 * Google's builder order (builders/gcp/base/builder.toml, `[[order]]`), with each group's detection: the first group
 * whose buildpacks all opt in builds the app.
 */
export const GCP_GROUPS: readonly BuildGroup[] = [
  {
    id: 'google.dotnet',
    language: 'dotnet',
    // pkg/dotnet/dotnet.go ProjectFiles: `(?i)\.(cs|fs|vb)proj$` anywhere (a WalkDir of the whole tree).
    markers: [
      { anywhere: '.csproj', caseInsensitive: true },
      { anywhere: '.fsproj', caseInsensitive: true },
      { anywhere: '.vbproj', caseInsensitive: true },
    ],
    source: `${ORDER}; cmd/dotnet/sdk/lib/lib.go`,
  },
  {
    id: 'google.dotnet.runtime + google.config.entrypoint',
    language: 'dotnet',
    markers: [{ rootSuffix: 'runtimeconfig.json' }],
    needsProcfile: true,
    source: `${ORDER}; cmd/dotnet/runtime/lib/lib.go`,
  },
  { id: 'google.dart', language: 'dart', markers: [{ file: 'pubspec.yaml' }], source: `${ORDER}; cmd/dart/sdk` },
  { id: 'google.go', language: 'go', markers: [{ anywhere: '.go' }], source: `${ORDER}; cmd/go/runtime/lib/lib.go, ${ANYWHERE}` },
  {
    id: 'google.java',
    language: 'java',
    markers: [
      { file: 'pom.xml' },
      { file: '.mvn/extensions.xml' },
      { file: 'build.gradle' },
      { file: 'build.gradle.kts' },
      { file: 'settings.gradle.kts' },
      { file: 'settings.gradle' },
      { file: 'META-INF/MANIFEST.MF' },
      { rootSuffix: '.java' },
      { rootSuffix: '.jar' },
    ],
    source: `${ORDER}; cmd/java/runtime/lib/lib.go`,
  },
  {
    id: 'google.python.runtime + google.config.entrypoint',
    language: 'python',
    markers: [{ anywhere: '.py' }],
    needsProcfile: true,
    source: `${ORDER}; cmd/python/runtime/lib/lib.go, ${ANYWHERE}`,
  },
  {
    id: 'google.ruby.runtime + google.config.entrypoint',
    language: 'ruby',
    markers: [{ file: 'Gemfile' }, { file: 'gems.rb' }, { anywhere: '.rb' }],
    needsProcfile: true,
    source: `${ORDER}; cmd/ruby/runtime/lib/lib.go, ${ANYWHERE}`,
  },
  {
    id: 'google.php',
    language: 'php',
    markers: [{ file: 'composer.json' }, { anywhere: '.php' }],
    source: `${ORDER}; cmd/php/runtime/lib/lib.go, ${ANYWHERE}`,
  },
  {
    id: 'google.nodejs',
    language: 'node',
    // A root *.ts counts too when the requested Node.js is 24 or later: not followed here.
    markers: [{ file: 'package.json' }, { rootSuffix: '.js' }],
    source: `${ORDER}; cmd/nodejs/runtime/lib/lib.go`,
  },
  {
    id: 'google.python.runtime + google.python.missing-entrypoint',
    language: 'python',
    markers: [{ anywhere: '.py' }],
    source: `${ORDER}; cmd/python/missing_entrypoint/lib/lib.go`,
  },
  {
    id: 'google.ruby.missing-entrypoint',
    language: 'ruby',
    markers: [{ anywhere: '.rb' }],
    fails: 'for Ruby, an entrypoint must be manually set, either with "GOOGLE_ENTRYPOINT" env var or by creating a "Procfile" file',
    source: `${ORDER}; cmd/ruby/missing_entrypoint/lib/lib.go`,
  },
];

/**
 * Code Capsules backend capsules, modelled as Google Cloud buildpacks (domain.md section 1: the only source naming
 * the builder is codecapsules-io/codecapsules-docs docs/deployment/index.md, 2022, so the builder is unverified).
 */
export const codecapsules: PlatformProfile = {
  id: 'codecapsules',
  name: 'Code Capsules',
  parser: 'gcp',
  builder: {
    name: 'Google Cloud buildpacks',
    unverified:
      'Code Capsules names Google Cloud buildpacks only in its 2022 docs (codecapsules-io/codecapsules-docs docs/deployment/index.md)',
    source: ORDER,
  },
  // pkg/entrypoint/procfile.go
  missingWebError: 'web process not found in Procfile',
  withoutWeb: null,
  processTypeName: {
    isValid: (name) => /^[A-Za-z0-9_]+$/.test(name),
    rule: 'use only ASCII letters, digits and `_` (the buildpack matches `\\w+`)',
    key: (name) => name,
    suggest: (name) => name.replace(/[^A-Za-z0-9_]/g, '_'),
  },
  groups: GCP_GROUPS,
  // filepath.go skips `node_modules`. `.git` is skipped too: it holds no file named like a source file.
  walkSkips: ['node_modules', '.git'],
  defaults: 'gcp',
  execution: { kind: 'bash-c', label: 'bash -c', source: `${GCP_SOURCE} cmd/config/entrypoint/lib/lib_test.go` },
  runtime: {
    goBuild: {
      // `go build -o <bin layer>/main`, the layer prepended to PATH; GOOGLE_BUILDABLE chooses the package, not the name.
      fixedName: 'main',
      binDir: null,
      installLine: null,
      packagesSetting: null,
      hooks: [],
      source: `${GCP_SOURCE} pkg/golang/golang.go (OutBin = "main", PerformBuild), cmd/go/build/lib/lib.go`,
    },
    // Not modelled: what Google's Python buildpacks do with no package manager file, or with several.
    pythonInstall: null,
    // Without a package-lock.json it writes one, then installs (pkg/nodejs/npm.go EnsureLockfile).
    nodeInstallNeedsLock: null,
    // npm and pnpm install devDependencies only for a build script, with NODE_ENV=development, then prune them
    // (`npm prune --production`, `pnpm prune --prod`); without one they install with NODE_ENV=production (pnpm with
    // `--prod`), which leaves them out. A NODE_ENV the user sets (to other than production) keeps them. Not modelled:
    // Yarn, which prunes only after a gcp-build script (Yarn 1) or with the workspace-tools plugin (Yarn 2+), and bun,
    // whose install without a build script is `bun install` with NODE_ENV=production.
    devDependencies: {
      removed: Object.fromEntries((['npm', 'pnpm'] as const).map((manager) => [manager, GCP_NODE_ENV_KEEP])),
      keptByFile: null,
      source: `${GCP_SOURCE} cmd/nodejs/npm/lib/lib.go (shouldPrune), cmd/nodejs/pnpm/lib/lib.go, pkg/nodejs/nodejs.go (ShouldPrunePnpmBun, NodeEnv)`,
    },
    // cmd/ruby/bundle/lib/lib.go deletes the app's `.bundle`, then runs `bundle config --local without "development
    // test"` (pkg/ruby/ruby.go PrepareLockfile, InstallAndSymlink) before `bundle install`: a local setting, which
    // bundler reads before BUNDLE_WITHOUT from the environment, so no setting of the user's installs those groups.
    gemGroups: {
      without: ['development', 'test'],
      keep: null,
      readsBundleConfig: false,
      keptByFile: null,
      source: `${GCP_SOURCE} cmd/ruby/bundle/lib/lib.go, pkg/ruby/ruby.go (PrepareLockfile, InstallAndSymlink)`,
    },
    absentPrograms: [
      {
        name: /^(?:vendor\/bin\/)?heroku-php-(?:apache2|nginx)$/,
        why: "the PHP buildpack serves the app with nginx and php-fpm itself; heroku-php-* come only with Heroku's PHP buildpack",
        fix: 'The buildpack adds its nginx and php-fpm `web` process only when there is no Procfile: delete the Procfile if this is its only line, or start another server',
        source: `${GCP_SOURCE} cmd/php/webconfig/lib/lib.go`,
      },
      {
        name: /^bin\/start-(?:pgbouncer|pgbouncer-stunnel|nginx|nginx-debug|nginx-solo|stunnel)$/,
        why: "it is installed by a Heroku buildpack (pgbouncer, nginx), which Google's buildpacks do not run",
        fix: 'Start the app without it',
        source: `${ORDER}`,
      },
    ],
    onlyWinnerRuntime: {
      // stacks/google_22/run-packages.txt has no language runtime; each group installs its own (the Ruby group may add Node).
      source: `${ORDER}; stacks/google_22/run-packages.txt`,
      alsoInstalled: { ruby: ['node'] },
    },
  },
  port: {
    variable: 'PORT',
    random: false,
    defaultValue: 3000,
    setting: 'the Network Port setting of the capsule',
    source: 'codecapsules-io/docusaurus-docs docs/products/backend-capsule/configure.md',
  },
  processTypes: {
    release: 'unverified',
    others: 'unverified',
    source: 'codecapsules-io/docusaurus-docs docs/products/database-capsule/migrations.md (no release phase documented)',
  },
  languagesNeedingProcfile: ['python', 'ruby'],
  startCommandElsewhere: "a Run Command in the capsule's settings",
  // A Docker Capsule is a capsule type of its own (docusaurus-docs docs/backend/docker): a Dockerfile never changes
  // what a backend capsule does with its Procfile.
  dockerfileAlternative: 'a Docker Capsule',
  // Without a Procfile, an app with a Dockerfile is most likely deployed as a Docker Capsule.
  dockerfileStartsApp: true,
  // The capsule type, chosen when the capsule is created, decides the build: a Backend Capsule runs the buildpacks
  // and never reads the Dockerfile, a Docker Capsule builds the Dockerfile (codecapsules-io/docusaurus-docs
  // docs/backend/docker/flask-docker-app.md, "Choose Docker Capsule").
  otherBuilders: [
    {
      files: ['Dockerfile'],
      setting: 'the app is deployed as a Docker Capsule',
      instead: 'Code Capsules builds the Dockerfile',
      unless: { files: [], dotenv: null },
      source: 'codecapsules-io/docusaurus-docs docs/backend/docker/flask-docker-app.md',
    },
  ],
  extraLanguage: null,
};
