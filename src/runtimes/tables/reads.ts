/**
 * Which files each builder family reads a language's version from, highest precedence first, and which pins it
 * ignores. Python's rows live in tables/python.ts with its version lists; the other languages' version lists are in
 * the tables beside this one (node-inventory, ruby, go-inventory, php, dotnet-inventory, java).
 * Rows marked unverified rest on docs or on the buildpack's general behaviour, not on a line of its source.
 */
import type { Language } from '../../engine/languages.js';
import type { BuilderFamily } from '../families.js';
import type { PinSource } from '../pins.js';
import { PYTHON_TABLES } from './python.js';

export interface ReadsRow {
  /** Read, highest precedence first. */
  reads: readonly PinSource[];
  source: string;
  /** Files that fail the build whatever they hold (reported as such, not as ignored pins). */
  refuses?: readonly PinSource[];
  /** Read, but deprecated: never the place to move a version to. */
  deprecated?: readonly PinSource[];
  /**
   * A pin whose file, as stored, must equal the version of whichever of `with` the builder uses, or the build fails
   * (GCP: .ruby-version and the lockfile's Ruby version).
   */
  mustAgree?: { pin: PinSource; with: readonly PinSource[] };
  /** What is installed when nothing is pinned. */
  fallback: string;
  /**
   * The fallback as a version to compare pins with, where the builder documents one: `3.3.9`, or `3.4` for "the latest
   * 3.4". `cached`: an app built before keeps the version it was first built with, which may be another.
   */
  fallbackVersion?: { version: string; cached: boolean };
  /**
   * The oldest version the fallback can be (Go `1.26` on GCP): a pin this builder ignores that asks for no more is
   * satisfied anyway (go.mod's `go` is a minimum), so it is not reported.
   */
  fallbackAtLeast?: string;
}

type Rows = Readonly<Partial<Record<Language, ReadsRow>>>;

const HEROKU_CLASSIC: Rows = {
  // heroku/heroku-buildpack-nodejs @ 4f394e954b4e (2026-08-20): engines.node resolved by resolve-version/src/main.rs
  // against inventory/node.toml; .nvmrc and .node-version are not read (no mention in bin/ or lib/).
  node: { reads: ['engines-node'], source: 'heroku/heroku-buildpack-nodejs lib/runtimes/nodejs.sh @ 4f394e954b4e', fallback: 'the recommended LTS' },
  // heroku/heroku-buildpack-ruby lib/language_pack.rb, lib/language_pack/ruby.rb @ 0c80c93dc4fb (2026-07-20)
  // `get_ruby_version`: the Gemfile.lock RUBY VERSION (lib/language_pack/helpers/gemfile_lock.rb), else the default
  // 3.3.9; .ruby-version is parsed only for the build report, and gems.locked is not read ("Gemfile.lock required").
  ruby: {
    reads: ['gemfile-lock'],
    source: 'heroku/heroku-buildpack-ruby lib/language_pack/ruby.rb @ 0c80c93dc4fb',
    fallback: 'Ruby 3.3.9 (the buildpack default; later builds keep the cached version)',
    fallbackVersion: { version: '3.3.9', cached: true },
  },
  // heroku/heroku-buildpack-jvm-common bin/java @ 922540cb0623 (2026-07-22): system.properties java.runtime.version.
  // heroku/heroku-buildpack-java lib/openjdk.sh (v81, which herokuish bundles, too) downloads the latest jvm-common.
  java: { reads: ['system-properties'], source: 'heroku/heroku-buildpack-jvm-common bin/java @ 922540cb0623', fallback: 'OpenJDK 25 (the latest LTS; 1.8 on heroku-22)' },
  // heroku/heroku-buildpack-go lib/common.sh @ 1bc788f74bd8 (2026-07-14): GOVERSION, else `// +heroku goVersion`,
  // else the go directive (awk over go.mod); the toolchain directive is not read.
  go: {
    reads: ['go-mod-heroku', 'go-mod-go'],
    source: 'heroku/heroku-buildpack-go lib/common.sh @ 1bc788f74bd8',
    fallback: 'Go 1.25 (data.json `DefaultVersion`, with a warning)',
  },
  // heroku/heroku-buildpack-php bin/compile, bin/util/platform.php @ ff95c90e7024 (2026-07-21): composer.lock's
  // `platform` requirements (and its packages'), resolved against Heroku's platform repository; composer.json
  // itself only has to agree with the lock. Nothing required: `^8.1.0 <8.6` (HEROKU_PHP_DEFAULT_RUNTIME_VERSION).
  php: {
    reads: ['composer-lock-php'],
    source: 'heroku/heroku-buildpack-php bin/util/platform.php @ ff95c90e7024',
    fallback: 'the latest PHP 8.1 to 8.5 (`^8.1.0 <8.6`)',
  },
};

export const READS: Readonly<Record<BuilderFamily, Rows>> = {
  'heroku-classic': HEROKU_CLASSIC,
  // gliderlabs/herokuish @ fbc485e2de50 bundles the classic buildpacks (buildpacks/buildpack-*/buildpack-version).
  herokuish: HEROKU_CLASSIC,
  'heroku-cnb': {
    // heroku/buildpacks-nodejs src/package_json.rs @ f56d560ddd27 (2026-07-14): engines.node against inventory/nodejs.toml.
    node: { reads: ['engines-node'], source: 'heroku/buildpacks-nodejs src/package_json.rs @ f56d560ddd27', fallback: 'the recommended LTS' },
    // heroku/buildpacks-ruby buildpacks/ruby/src/main.rs @ 98e80c0ee1c0 (2026-08-19): Gemfile.lock only
    // (commons/src/gemfile_lock.rs `RUBY VERSION`), else 3.3.9; neither .ruby-version nor gems.locked is read.
    ruby: {
      reads: ['gemfile-lock'],
      source: 'heroku/buildpacks-ruby buildpacks/ruby/src/main.rs @ 98e80c0ee1c0',
      fallback: 'Ruby 3.3.9 (the buildpack default)',
      fallbackVersion: { version: '3.3.9', cached: false },
    },
    // Unverified: heroku/buildpacks-jvm was not read; modelled on the classic buildpack.
    java: { reads: ['system-properties'], source: 'heroku/buildpacks-jvm (unverified)', fallback: 'the buildpack default OpenJDK' },
    // heroku/buildpacks-go buildpacks/go/src/cfg.rs @ 5e28eebf417b (2026-08-20) `read_gomod_config`: the
    // `// +heroku goVersion` comment, else a `go` line of exactly two words; the toolchain directive is not read.
    go: {
      reads: ['go-mod-heroku', 'go-mod-go'],
      source: 'heroku/buildpacks-go buildpacks/go/src/cfg.rs @ 5e28eebf417b',
      fallback: 'the newest Go of its inventory (requirement `*`)',
    },
    // heroku/buildpacks-php buildpacks/php/src/platform/generator.rs @ 46648198b0d2 (2026-05-26): the lock's
    // `platform` requirements against the same repository; nothing required: `php: *` (package_manager/composer.rs).
    php: {
      reads: ['composer-lock-php'],
      source: 'heroku/buildpacks-php buildpacks/php/src/platform/generator.rs @ 46648198b0d2',
      fallback: 'the latest PHP of the platform repository (`*`)',
    },
    // heroku/buildpacks-dotnet buildpacks/dotnet/src/main.rs @ d99b5ff6ea69 (2026-07-15)
    // `detect_sdk_version_requirement`: global.json's sdk, else the TargetFramework of the project.
    dotnet: {
      reads: ['global-json', 'target-framework'],
      source: 'heroku/buildpacks-dotnet buildpacks/dotnet/src/main.rs @ d99b5ff6ea69',
      fallback: 'the newest SDK of the target framework',
    },
  },
  gcp: {
    // GoogleCloudPlatform/buildpacks @ 21f28de8c499 (2026-08-22): pkg/nodejs/nodejs.go reads engines.node (after
    // GOOGLE_NODEJS_VERSION / GOOGLE_RUNTIME_VERSION); .nvmrc / .node-version are not read.
    node: { reads: ['engines-node'], source: 'GoogleCloudPlatform/buildpacks pkg/nodejs/nodejs.go @ 21f28de8c499', fallback: 'the latest Node.js LTS of the stack' },
    // pkg/ruby/ruby.go `DetectVersion`: Gemfile.lock, else gems.locked, RUBY VERSION (a Gemfile.lock without one
    // ends the search), else .ruby-version (its bytes as they are), else `3.4.*`; a lockfile version and a
    // .ruby-version that differ as strings are a user error ("There is a conflict between the Ruby version ...").
    ruby: {
      reads: ['gemfile-lock', 'gems-locked', 'ruby-version'],
      source: 'GoogleCloudPlatform/buildpacks pkg/ruby/ruby.go @ 21f28de8c499',
      mustAgree: { pin: 'ruby-version', with: ['gemfile-lock', 'gems-locked'] },
      fallback: 'the latest Ruby 3.4 (`3.4.*`, the buildpack default)',
      fallbackVersion: { version: '3.4', cached: false },
    },
    // pkg/golang/golang.go `RuntimeVersion`: GOOGLE_GO_VERSION / GOOGLE_RUNTIME_VERSION, else the latest for the
    // stack (`latestGoVersionPerStack`: 1.26.*): go.mod's go directive does not choose the version installed.
    go: {
      reads: [],
      source: 'GoogleCloudPlatform/buildpacks pkg/golang/golang.go @ 21f28de8c499',
      fallback: 'the latest Go 1.26 (`1.26.*`), unless `GOOGLE_GO_VERSION` or `GOOGLE_RUNTIME_VERSION` is set',
      fallbackAtLeast: '1.26',
    },
    // pkg/php/php.go `ExtractVersion`: GOOGLE_RUNTIME_VERSION, else composer.json require.php (`composerVersionKey`),
    // resolved against a list fetched at build time (pkg/runtime/install.go).
    php: { reads: ['composer-php'], source: 'GoogleCloudPlatform/buildpacks pkg/php/php.go @ 21f28de8c499', fallback: 'the latest PHP of the stack' },
    // pkg/dotnet/dotnet.go `GetSDKVersion`: GOOGLE_DOTNET_SDK_VERSION / GOOGLE_RUNTIME_VERSION, then global.json
    // sdk.version, else the latest SDK of the stack (the project's TargetFramework does not choose it).
    dotnet: { reads: ['global-json'], source: 'GoogleCloudPlatform/buildpacks pkg/dotnet/dotnet.go @ 21f28de8c499', fallback: 'the latest .NET SDK of the stack' },
    // cmd/java/runtime/lib/lib.go `defaultFeatureVersion`: GOOGLE_RUNTIME_VERSION, else 21 on google-22 and 25 on
    // google-24; system.properties is not read.
    java: {
      reads: [],
      source: 'GoogleCloudPlatform/buildpacks cmd/java/runtime/lib/lib.go @ 21f28de8c499',
      fallback: 'Java 21 on google-22, 25 on google-24 (the stack default), unless `GOOGLE_RUNTIME_VERSION` is set',
      fallbackAtLeast: '21',
    },
  },
};

/** What `family` reads for `language`, Python included. */
export function readsOf(family: BuilderFamily, language: Language): ReadsRow | null {
  if (language === 'python') {
    const table = PYTHON_TABLES[family];
    const deprecated = table.reads.filter((source) => table.deprecated[source] !== undefined);
    return { reads: table.reads, refuses: table.refuses, deprecated, source: table.source, fallback: table.fallback };
  }
  return READS[family][language] ?? null;
}
