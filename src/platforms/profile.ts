/**
 * What a platform does with an app: how it reads the Procfile, which builder takes the app, what it starts without
 * a Procfile, how it runs a command, what exists at run time, the port it routes to and the process types it runs.
 * Rules read these facts; they never test which platform it is. Every fact names its source in the profile.
 */
import type { BuildGroup } from './detection.js';
import type { Language, ParserId } from './ids.js';

export type PlatformId = 'codecapsules' | 'heroku' | 'heroku-fir' | 'dokku';

export interface Execution {
  /** `bash -c <command>`, or herokuish's `exec $(eval echo "$cmd")`, which runs no shell syntax as written. */
  kind: 'bash-c' | 'herokuish-exec';
  /** In words, for the plan: "bash -c". */
  label: string;
  source: string;
}

export interface PortContract {
  /** The variable the platform sets. */
  variable: 'PORT';
  /** The router sends traffic to a port the platform picks at random: no fixed port can work. */
  random: boolean;
  /** The value `$PORT` has by default when it is not random. */
  defaultValue: number | null;
  /** The setting that changes it, if any ("the Network Port setting"). */
  setting: string | null;
  source: string;
}

/** What the platform's Go buildpack installs and where, for `web: <binary>` (read by src/apps/go-build.ts). */
export interface GoBuildFacts {
  /** The one name every build's binary gets, whatever package it builds (GCP's `main`); `null`: `go install` names each after its package. */
  fixedName: string | null;
  /** The app directory the binaries are written to (`bin`), on PATH at run time; `null`: a layer outside the app, on PATH. */
  binDir: string | null;
  /** Which `// +heroku install` line of go.mod chooses the packages when there are several; `null`: such lines are not read. */
  installLine: 'first' | 'last' | null;
  /** A setting the repository does not show that can choose other packages (`GO_INSTALL_PACKAGE_SPEC`). */
  packagesSetting: string | null;
  /** Scripts of the app the build runs around `go install`, which may write other binaries. */
  hooks: readonly string[];
  source: string;
}

/** How the Python build picks its package manager from the app root (read by the python-package-manager rule). */
export interface PythonInstallFacts {
  /** The files that each select a package manager, in the order the build lists them: it fails unless exactly one is there. */
  managerFiles: readonly { file: string; manager: string }[];
  /** A file that fails the build when its lock file is missing (Pipenv's `Pipfile` without `Pipfile.lock`), with the build's words. */
  needsLock: readonly { file: string; lock: string; error: string }[];
  /** The build's words when it finds none of `managerFiles`, and when it finds several. */
  noneError: string;
  multipleError: string;
  source: string;
}

/** The package manager a Node.js build uses, as the app's lock file tells it (`yarn-berry`: a Yarn 2+ yarn.lock). */
export type NodePackageManager = 'npm' | 'yarn' | 'yarn-berry' | 'pnpm' | 'bun';

/** How a build that removes devDependencies by default can be told to keep them. */
export interface DevDependencyKeep {
  /** The setting, completing "unless ...": "the config var `NPM_CONFIG_PRODUCTION=false` is set". */
  setting: string;
  /** The variables that keep them, and with which values: what a `.env` (`keptByFile`) is checked for. */
  variables: readonly { name: string; keeps(value: string): boolean }[];
}

/** What the Node.js build leaves of package.json's `devDependencies` for the processes to run. */
export interface DevDependencyFacts {
  /** The package managers whose builds leave no devDependencies by default, each with what keeps them; one left out keeps them, or is not modelled. */
  removed: Partial<Record<NodePackageManager, DevDependencyKeep>>;
  /** A root file of the app the build reads that can keep them: a TOML key set to `value`, or a `.env` whose variables the build sees (checked against each `variables`). */
  keptByFile: { kind: 'toml'; file: string; key: readonly string[]; value: boolean } | { kind: 'env'; file: string } | null;
  source: string;
}

/**
 * What the Ruby build leaves out of the Gemfile's groups: it installs the bundle without them, and sets the same
 * `BUNDLE_WITHOUT` for the processes, so `bundle exec` does not find their executables either.
 */
export interface GemGroupFacts {
  /** The groups left out by default (`BUNDLE_WITHOUT=development:test`). */
  without: readonly string[];
  /** How the user installs them anyway; `null` where no setting does. */
  keep: DevDependencyKeep | null;
  /** The build reads the app's own `.bundle/config` (which can set the groups to leave out) instead of deleting it. */
  readsBundleConfig: boolean;
  /** A root file of the app whose variables the build sees (checked against `keep.variables`). */
  keptByFile: { kind: 'env'; file: string } | null;
  source: string;
}

export interface RuntimeFacts {
  goBuild: GoBuildFacts;
  /** `null` where the Python build does not insist on one package manager file (or that is not modelled). */
  pythonInstall: PythonInstallFacts | null;
  devDependencies: DevDependencyFacts;
  /** `null` where what the Ruby build leaves out is not modelled. */
  gemGroups: GemGroupFacts | null;
  /** The Node build installs the app's dependencies only when one of these lock files is at its root; `null`: always. */
  nodeInstallNeedsLock: { lockFiles: readonly string[]; source: string } | null;
  /** Programs a command may name that this platform's builds never install, with why. */
  absentPrograms: readonly { name: RegExp; why: string; fix: string; source: string }[];
  /** Only the runtime of the builder group that takes the app is installed (no Node in a Python build). */
  onlyWinnerRuntime: { source: string; alsoInstalled?: Partial<Record<Language, readonly Language[]>> } | null;
}

export interface ProcessTypeFacts {
  /** Whether a `release:` line is run before each release: `true`, or `'unverified'`. */
  release: true | 'unverified';
  /** Whether process types other than `web` (and `release`) are started: `true`, or `'unverified'`. */
  others: true | 'unverified';
  source: string;
}

/** A `web` command a buildpack declares beside the Procfile's processes: the first whose conditions the app meets. */
export interface BuildpackWebCommand {
  command: string;
  /** Declared only when this root file exists. */
  ifFile?: string;
  /** Declared only when the app's bundle has one of these gems. */
  ifGem?: readonly string[];
}

/** The `web` process a language's buildpack adds to a Procfile that declares none. */
export interface BuildpackWeb {
  /** `'defaults'`: the command it declares without a Procfile (src/commands/defaults.ts); else the first that applies. */
  commands: 'defaults' | readonly BuildpackWebCommand[];
  /** Not added when the Procfile declares this process type (heroku-buildpack-nodejs skips it beside `mcp`). */
  unlessType?: string;
  source: string;
}

/** What the platform runs from a Procfile that declares processes but no `web`, where the build does not fail. */
export interface WithoutWebFacts {
  /** The command that runs `count` processes of a type (`heroku ps:scale worker=1`). */
  scale(type: string, count: number): string;
  /** Whether the declared process types start only once scaled: `true`, or `'unverified'`. */
  othersWaitForScale: true | 'unverified';
  /** `'none'`: the Procfile alone is used; else per language what its buildpack adds (`'none'`: nothing; left out: not known). */
  buildpackWeb: 'none' | Partial<Record<Language, BuildpackWeb | 'none'>>;
  /** Whether a buildpack's `web` starts without being scaled: `true`, or `'unverified'`. */
  buildpackWebStarts: true | 'unverified';
  /** Whether `Web` or `WEB` stays a process type other than `web` (which alone gets HTTP traffic): `'unverified'` where no source says. */
  caseSensitive: boolean | 'unverified';
  source: string;
}

/** A builder that takes the app instead of the buildpacks when a file at the app root asks for it. */
export interface OtherBuilder {
  /** Any of these files at the app root brings it in (`Dockerfile`, `heroku.yml`). */
  files: readonly string[];
  /**
   * `null`: the platform then picks this builder by itself (only a setting the repository does not show could bring
   * the buildpacks back); else the setting it takes, completing "unless ...": the app is then built one way or the other.
   */
  setting: string | null;
  /** What builds the app then, completing "then ... instead": "`heroku.yml` builds the Dockerfile". */
  instead: string;
  /** The buildpacks run after all when one of these files is at the app root, or when the root `.env` holds `dotenv` anywhere. */
  unless: { files: readonly string[]; dotenv: string | null };
  source: string;
}

export interface PlatformProfile {
  id: PlatformId;
  /** Display name used in messages: "Code Capsules". */
  name: string;
  /** Whose parser reads the Procfile there (engine/readers). */
  parser: ParserId;
  /** The builder, and why it is only assumed when it is. */
  builder: { name: string; unverified: string | null; source: string };
  /** The error the platform fails the build with when there is no `web` process; `null` if it needs none. */
  missingWebError: string | null;
  /** What runs from a Procfile without `web` where the build does not fail; `null` where it fails (`missingWebError`). */
  withoutWeb: WithoutWebFacts | null;
  processTypeName: {
    isValid(name: string): boolean;
    /** The accepted names in words, completing "names must ...". */
    rule: string;
    /** The name two process types must not share: `Web` and `web` collide where names are lower-cased. */
    key(name: string): string;
    /** A valid name close to `name`, to suggest. */
    suggest(name: string): string;
  };
  /** The builder groups in the order the platform tries them. */
  groups: readonly BuildGroup[];
  /** Directory names detection never looks in (for groups that look at any depth). */
  walkSkips: readonly string[];
  /** Whose defaults give the `web` command without a Procfile (src/commands/defaults.ts); `null` where they are not modelled. */
  defaults: 'gcp' | 'heroku-classic' | null;
  execution: Execution;
  runtime: RuntimeFacts;
  port: PortContract;
  processTypes: ProcessTypeFacts;
  /** Languages the platform cannot start without a Procfile (it has no default command for them). */
  languagesNeedingProcfile: readonly Language[];
  /** Where else the start command can be set, for apps that have none in a Procfile. */
  startCommandElsewhere: string | null;
  /** A root `Dockerfile` may be deployed instead of buildpacks, and then the Procfile is not used (a separate capsule type). */
  dockerfileAlternative: string | null;
  /** A root `Dockerfile` gives the start command (its CMD) when there is no Procfile. */
  dockerfileStartsApp: boolean;
  /**
   * What may build the app instead of the platform's buildpacks, brought in by a file at the app root: the rules about
   * what the buildpacks install, build or refuse read it through `buildpackReports()` (src/rules/rule.ts).
   */
  otherBuilders: readonly OtherBuilder[];
  /** How to get a second language's runtime installed, when the platform allows it. */
  extraLanguage: string | null;
}
