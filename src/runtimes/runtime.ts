/**
 * Which language version a builder family would install for an app, from which pin, and what in those pins it
 * refuses. Pure functions of the app's files and the tables; the rules and the result read them.
 */
import type { AppFiles } from '../engine/app-files.js';
import { languageName, type Language } from '../engine/languages.js';
import { quote } from '../engine/quote.js';
import type { Severity } from '../engine/types.js';
import { dotnetProblems, dotnetVersionOf } from './dotnet.js';
import { encodingProblems, unreadablePin } from './encodings.js';
import type { BuilderFamily } from './families.js';
import { goProblems, goVersionOf } from './go.js';
import { isEmptyVersionFile, type Pin, type PinSource } from './pins.js';
import { phpProblems, phpVersionOf } from './php.js';
import { pinsOf, SOURCE_FILES, START, type RuntimeProblem } from './problem.js';
import { rubyProblems, rubyVersionOf } from './ruby.js';
import { DOTNET_INVENTORY } from './tables/dotnet-inventory.js';
import { GO_INVENTORIES } from './tables/go-inventory.js';
import { JAVA_TABLE } from './tables/java.js';
import { NODE_INVENTORIES } from './tables/node-inventory.js';
import { PHP_TABLE } from './tables/php.js';
import { PYTHON_TABLES, type PythonTable } from './tables/python.js';
import { readsOf, type ReadsRow } from './tables/reads.js';
import { RUBY_TABLES } from './tables/ruby.js';
import { semver } from '../apps/libraries.cjs';

export type { RuntimeProblem } from './problem.js';

export interface RuntimeChoice {
  language: Language;
  /** The pin the builder uses; `null` when none of the files it reads pins a version. */
  pin: Pin | null;
  /** The exact version the table resolves the pin to (`3.12.14`); `null` when it cannot tell. */
  version: string | null;
  /** What the builder installs when nothing is pinned. */
  fallback: string;
  /** The row the choice comes from, and the date it was read. */
  table: { source: string; checked: string | null };
}

/** The version `family` installs for `language`, and the pin it comes from. */
export function chooseRuntime(files: AppFiles, family: BuilderFamily, language: Language): RuntimeChoice | null {
  const row = readsOf(family, language);
  if (!row) return null;
  const pins = pinsOf(files, language);
  const pin = row.reads.map((source) => pins.find((candidate) => candidate.source === source)).find((found) => found !== undefined) ?? null;
  return {
    language,
    pin,
    version: pin && !unreadablePin(files, family, pin) ? resolve(files, family, language, pin) : null,
    fallback: row.fallback,
    table: { source: row.source, checked: checkedOf(family, language) },
  };
}

/** The date of the version list the verdicts on `language` rest on; `null` where procfile-lint has none. */
function checkedOf(family: BuilderFamily, language: Language): string | null {
  if (language === 'python') return PYTHON_TABLES[family].checked;
  if (language === 'node') return NODE_INVENTORIES[family]?.checked ?? null;
  if (language === 'ruby') return RUBY_TABLES[family].checked;
  if (language === 'php') return family === 'gcp' ? null : PHP_TABLE.checked;
  if (language === 'dotnet') return family === 'heroku-cnb' ? DOTNET_INVENTORY.checked : null;
  if (language === 'go') return GO_INVENTORIES[family === 'herokuish' ? 'heroku-classic' : family]?.checked ?? null;
  return null;
}

function resolve(files: AppFiles, family: BuilderFamily, language: Language, pin: Pin): string | null {
  if (language === 'python') {
    const table = PYTHON_TABLES[family];
    const version = pythonVersionOf(pin);
    if (!table.minors || !version || (table.format && !table.format.test(version))) return null;
    return version.split('.').length === 3 ? version : (table.latest[version] ?? null);
  }
  if (language === 'node') return resolveNode(family, pin.value);
  if (language === 'ruby') return rubyVersionOf(pin);
  if (language === 'go') return goVersionOf(family, pin);
  if (language === 'php') return family === 'gcp' ? null : phpVersionOf(pin.value);
  if (language === 'dotnet') return dotnetVersionOf(files, family, pin);
  return null;
}

/** The version a Python pin asks for, as the builder reads it: `runtime.txt` holds `python-3.12`. */
function pythonVersionOf(pin: Pin): string | null {
  if (pin.source !== 'runtime-txt') return pin.value;
  const match = /^python-(.*)$/.exec(pin.values.join('\n'));
  return match ? (match[1] as string) : null;
}

/** Problems with the pins `family` reads for `language`, each on the file and line of the pin. */
export function runtimeProblems(files: AppFiles, family: BuilderFamily, language: Language, builder: string): RuntimeProblem[] {
  const settings = language === 'python' ? PYTHON_TABLES[family].settings : null;
  const unreadable = encodingProblems(files, family, language, builder, settings);
  const unreadableFiles = new Set(unreadable.map((problem) => problem.file));
  return [...unreadable, ...languageProblems(files, family, language, builder).filter((problem) => !unreadableFiles.has(problem.file))];
}

function languageProblems(files: AppFiles, family: BuilderFamily, language: Language, builder: string): RuntimeProblem[] {
  if (language === 'python') return pythonProblems(files, PYTHON_TABLES[family], builder);
  if (language === 'node') return nodeProblems(files, family, builder);
  if (language === 'ruby') return rubyProblems(files, family, builder);
  if (language === 'go') return goProblems(files, family, builder);
  if (language === 'php') return phpProblems(files, family, builder);
  if (language === 'dotnet') return dotnetProblems(files, family, builder);
  if (language === 'java' && (family === 'heroku-classic' || family === 'herokuish')) return javaProblems(files, builder);
  if (language === 'java' && family === 'gcp') return gcpJavaProblems(files, builder);
  return [];
}

/** Ruby, Python, ...: the builder's name in messages ("Heroku's Python buildpack"). */
export function builderName(platformName: string, language: Language): string {
  return `${platformName}'s ${languageName(language)} buildpack`;
}

const PYTHON_VERSION_FILE_HINT = 'put the major version alone (such as `3.13`) in `.python-version`';

function pythonProblems(files: AppFiles, table: PythonTable, builder: string): RuntimeProblem[] {
  const problems: RuntimeProblem[] = [];
  const pins = pinsOf(files, 'python');
  for (const refused of table.refuses) {
    const file = SOURCE_FILES[refused];
    if (files.exists(file)) {
      problems.push({
        severity: 'error',
        file,
        range: pins.find((pin) => pin.source === refused)?.range ?? START,
        message: `${builder} refuses ${quote(file)}: the build fails whatever it holds (source: ${table.source}). Delete it and ${PYTHON_VERSION_FILE_HINT}.`,
      });
    }
  }
  const readable = table.reads.filter((source) => !table.refuses.includes(source));
  const used = readable.map((source) => pins.find((pin) => pin.source === source)).find((pin) => pin !== undefined);
  const emptyFirst = readable.find((source) => files.exists(SOURCE_FILES[source]));
  if (emptyFirst === 'python-version' && !used?.source.startsWith('python-version') && isEmptyVersionFile(files, '.python-version')) {
    const unless = table.settings ? ` unless ${table.settings} is set` : '';
    problems.push({
      severity: table.settings ? 'warning' : 'error',
      file: '.python-version',
      range: START,
      message: `\`.python-version\` holds no version (only blank or \`#\` lines), and ${builder} fails the build on it${unless}. Write the major version in it, such as \`3.13\`.`,
    });
  }
  const withUv = table.uvNeedsPythonVersionFile && usesUv(files);
  if (withUv) {
    if (used?.source === 'runtime-txt') {
      problems.push({
        severity: 'error',
        file: used.file,
        range: used.range,
        message: `${builder} refuses \`runtime.txt\` in an app that uses uv (\`uv.lock\`); delete it and run \`uv python pin 3.13\` (your major version) to write \`.python-version\`.`,
      });
    } else if (!used && !files.exists('.python-version')) {
      problems.push({
        severity: 'error',
        file: 'uv.lock',
        range: START,
        message: `${builder} needs a \`.python-version\` file in an app that uses uv (\`uv.lock\`), and fails without one. Run \`uv python pin 3.13\` (your major version) and commit \`.python-version\`.`,
      });
    }
  }
  // With uv, the buildpack stops on runtime.txt before it would warn that the file is deprecated.
  if (used) problems.push(...pythonPinProblems(used, table, builder, !(withUv && used.source === 'runtime-txt')));
  return problems;
}

/** Exactly one package manager file and it is uv.lock: heroku-buildpack-python lib/package_manager.sh. */
function usesUv(files: AppFiles): boolean {
  return files.exists('uv.lock') && !['requirements.txt', 'poetry.lock', 'Pipfile.lock'].some((file) => files.exists(file));
}

function pythonPinProblems(pin: Pin, table: PythonTable, builder: string, warnDeprecated: boolean): RuntimeProblem[] {
  const at = (severity: Severity, message: string): RuntimeProblem => ({ severity, file: pin.file, range: pin.range, message });
  const problems: RuntimeProblem[] = [];
  const version = pythonVersionOf(pin);
  if (pin.source === 'runtime-txt') {
    const replacement = table.deprecated['runtime-txt'];
    if (version === null || (table.format && !table.format.test(version))) {
      return [
        at(
          'error',
          `${quote(pin.values.join(' '))} in \`runtime.txt\` is not a version ${builder} accepts there (\`python-3.N\` or \`python-3.N.N\`, no wildcards), so the build fails. \`runtime.txt\` is deprecated: delete it and ${PYTHON_VERSION_FILE_HINT}.`,
        ),
      ];
    }
    if (replacement && warnDeprecated) {
      const major = version.split('.').slice(0, 2).join('.');
      problems.push(
        at(
          'warning',
          `\`runtime.txt\` is deprecated: ${builder} still reads it but asks for \`${replacement}\` instead (source: ${table.source}). Delete \`runtime.txt\` and put ${quote(major)} in \`${replacement}\`.`,
        ),
      );
    }
  } else if (pin.values.length > 1 && pin.source === 'python-version' && table.format) {
    return [
      at(
        'error',
        `\`.python-version\` lists ${pin.values.length} versions (${pin.values
          .slice(0, 3)
          .map((value) => quote(value))
          .join(', ')}); ${builder} accepts exactly one and fails the build. Keep one line, such as \`3.13\`.`,
      ),
    ];
  } else if (table.format && !table.format.test(pin.value)) {
    return [
      at(
        'error',
        `${quote(pin.value)} in ${pin.label} is not a version ${builder} accepts (\`3.N\` or \`3.N.N\`: ${formatHint(pin.value)}), so the build fails. Write the major version alone, such as \`3.13\`.`,
      ),
    ];
  }
  if (version !== null && table.minors) problems.push(...pythonSupportProblems(version, pin, table, builder));
  return problems;
}

function formatHint(value: string): string {
  if (/^python/i.test(value)) return 'no `python-` prefix';
  if (/[x*]/i.test(value)) return 'no wildcards';
  if (/[<>=~^]/.test(value)) return 'no ranges';
  return 'digits and dots only';
}

function pythonSupportProblems(version: string, pin: Pin, table: PythonTable, builder: string): RuntimeProblem[] {
  const minors = table.minors as { oldest: number; newest: number };
  const [major = 0, minor = 0, patch] = version.split('.').map(Number);
  const at = (severity: Severity, message: string): RuntimeProblem => ({ severity, file: pin.file, range: pin.range, message });
  const supported = `3.${minors.oldest} to 3.${minors.newest}`;
  if (major < 3 || (major === 3 && minor < minors.oldest)) {
    return [
      at(
        'error',
        `Python ${major}.${minor} (${pin.label}) has reached end of life and ${builder} no longer installs it: the build fails. It installs ${supported} (source: ${table.source}); upgrade, and set ${quote(`3.${minors.newest}`)} in ${pin.label}.`,
      ),
    ];
  }
  const key = `${major}.${minor}`;
  if (major > 3 || minor > minors.newest) {
    return [
      at(
        'notice',
        `Python ${key} (${pin.label}) is newer than the versions procfile-lint's table knows for ${builder} (${supported}, as of ${table.checked}); check that the buildpack supports it.`,
      ),
    ];
  }
  const latest = table.latest[key];
  const latestPatch = latest ? Number(latest.split('.')[2]) : undefined;
  if (patch !== undefined && latestPatch !== undefined && patch > latestPatch) {
    return [
      at(
        'notice',
        `Python ${version} (${pin.label}) is newer than the latest ${key} procfile-lint's table knows for ${builder} (${latest}, as of ${table.checked}); check that it has been released. Pinning only ${quote(key)} gets the latest patch.`,
      ),
    ];
  }
  const sunset = table.sunset[key];
  return sunset
    ? [
        at(
          'warning',
          `Python ${key} (${pin.label}) is deprecated on ${builder}: ${sunset} (source: ${table.source}). Upgrade to a newer major.`,
        ),
      ]
    : [];
}

function inventoryOf(family: BuilderFamily): string[] | null {
  const inventory = NODE_INVENTORIES[family];
  return inventory && inventory.versions ? inventory.versions.split(' ') : null;
}

/** The version `range` resolves to when every match has one major; a wider range may be capped at the LTS. */
function resolveNode(family: BuilderFamily, range: string): string | null {
  const versions = inventoryOf(family);
  if (!versions || semver().validRange(range) === null) return null;
  const matching = versions.filter((version) => semver().satisfies(version, range));
  const majors = new Set(matching.map((version) => version.split('.')[0]));
  return majors.size === 1 ? (semver().maxSatisfying(matching, range) ?? null) : null;
}

function nodeProblems(files: AppFiles, family: BuilderFamily, builder: string): RuntimeProblem[] {
  const inventory = NODE_INVENTORIES[family];
  const versions = inventoryOf(family);
  const pin = pinsOf(files, 'node').find((candidate) => candidate.source === 'engines-node');
  if (!inventory || !versions || !pin || pin.value.trim() === '') return [];
  const at = (severity: Severity, message: string): RuntimeProblem => ({ severity, file: pin.file, range: pin.range, message });
  if (semver().validRange(pin.value) === null) {
    return [
      at(
        'error',
        `${quote(pin.value)} in ${pin.label} is not a semver range, so ${builder} cannot pick a Node.js version and the build fails. Use a major range such as \`24.x\`.`,
      ),
    ];
  }
  if (versions.some((version) => semver().satisfies(version, pin.value))) return [];
  const newest = versions[0] as string;
  if (semver().intersects(pin.value, `>${newest}`)) {
    return [
      at(
        'notice',
        `${quote(pin.value)} in ${pin.label} matches no Node.js version in the inventory procfile-lint's table has for ${builder} (newest ${newest}, as of ${inventory.checked}); check that the version has been released.`,
      ),
    ];
  }
  return [
    at(
      'error',
      `${quote(pin.value)} in ${pin.label} matches no published Node.js version, so ${builder} fails the build (source: ${inventory.source}). Use a major range such as \`24.x\`.`,
    ),
  ];
}

/** The Heroku stacks (`22`, `24`) an OpenJDK selector installs on; `null` for a distribution other than Zulu. */
function javaStacks(selector: string): string[] | null {
  const dash = selector.indexOf('-');
  const distribution = dash === -1 ? 'zulu' : selector.slice(0, dash);
  if (distribution !== 'zulu') return null;
  const wanted = selector.slice(dash + 1);
  // Aliases are followed twice (`21.0.0` -> `21` -> `21.0.12`), more leniently than the buildpack's single jq lookup.
  const once = JAVA_TABLE.aliases[wanted] ?? wanted;
  const version = JAVA_TABLE.aliases[once] ?? once;
  const entry = JAVA_TABLE.versions.split(' ').find((item) => item.slice(0, item.indexOf(':')) === version);
  return entry ? entry.slice(entry.indexOf(':') + 1).split(',') : [];
}

/** The Java cmd/java/runtime/lib/lib.go installs by default on google-22: a newer build target fails on it. */
const GCP_JAVA_DEFAULT = 21;

function gcpJavaProblems(files: AppFiles, builder: string): RuntimeProblem[] {
  const pin = pinsOf(files, 'java').find((candidate) => candidate.source === 'system-properties');
  const major = pin ? Number(/^(?:1\.)?(\d{1,3})/.exec(pin.value.replace(/^[a-z]+-/, ''))?.[1] ?? NaN) : NaN;
  if (!pin || !(major > GCP_JAVA_DEFAULT)) return [];
  return [
    {
      severity: 'warning',
      file: pin.file,
      range: pin.range,
      message: `${builder} does not read ${pin.label} (${quote(pin.value)}): it installs Java ${GCP_JAVA_DEFAULT} on the google-22 builder (25 on google-24) unless \`GOOGLE_RUNTIME_VERSION\` is set, and a build for Java ${major} fails on an older one (source: GoogleCloudPlatform/buildpacks cmd/java/runtime/lib/lib.go). Set \`GOOGLE_RUNTIME_VERSION=${major}\` in the app's environment.`,
    },
  ];
}

function javaProblems(files: AppFiles, builder: string): RuntimeProblem[] {
  const pin = pinsOf(files, 'java').find((candidate) => candidate.source === 'system-properties');
  if (!pin) return [];
  const stacks = javaStacks(pin.value);
  const at = (severity: Severity, message: string): RuntimeProblem => ({ severity, file: pin.file, range: pin.range, message });
  const source = `(source: ${JAVA_TABLE.source}, as of ${JAVA_TABLE.checked})`;
  if (stacks === null) {
    return [
      at(
        'error',
        `${quote(pin.value)} in ${pin.label} asks for a Java distribution ${builder} does not offer (the Heroku OpenJDK builds were discontinued), so the build fails ${source}. Drop the prefix: ${quote(pin.value.slice(pin.value.indexOf('-') + 1))}.`,
      ),
    ];
  }
  if (stacks.length === 0) {
    return [
      at(
        'error',
        `${quote(pin.value)} in ${pin.label} is not a Java version ${builder} installs ("Unsupported Java version") ${source}. Use a major version alone, such as \`21\` or \`17\`.`,
      ),
    ];
  }
  if (!JAVA_TABLE.currentStacks.some((stack) => stacks.includes(stack))) {
    const on = stacks.map((stack) => `heroku-${stack}`).join(', ');
    return [
      at(
        'warning',
        `Java ${quote(pin.value)} (${pin.label}) is installed only on ${on}, not on the current stacks (${JAVA_TABLE.currentStacks.map((s) => `heroku-${s}`).join(', ')}): the build fails there ${source}. Upgrade to a version they offer, such as \`21\`.`,
      ),
    ];
  }
  return [];
}

/**
 * Pins that say another version than the one the builder uses: overridden by a pin of higher precedence (a warning:
 * the builder silently takes the other), ignored by this builder (a notice: tools and other platforms read it), or
 * contradicting a pin they must agree with (an error: the build fails).
 */
export function pinConflicts(files: AppFiles, family: BuilderFamily, language: Language, builder: string): RuntimeProblem[] {
  const row = readsOf(family, language);
  const choice = chooseRuntime(files, family, language);
  if (!row || !choice) return [];
  const used = choice.pin;
  const installs = used ? `${quote(used.value)} from ${used.label}` : choice.fallback;
  const moveTo = row.reads.find((source) => !row.deprecated?.includes(source));
  const problems: RuntimeProblem[] = [];
  for (const pin of pinsOf(files, language)) {
    if (pin === used || row.refuses?.includes(pin.source) || unreadablePin(files, family, pin)) continue;
    const at = (severity: Severity, message: string) => problems.push({ severity, file: pin.file, range: pin.range, message });
    if (used && row.mustAgree?.pin === pin.source && row.mustAgree.with.includes(used.source)) {
      const mismatch = storedMismatch(files, row, used, pin, builder);
      if (mismatch) at('error', mismatch);
      continue;
    }
    const bundlerStops = used ? bundlerRubyMismatch(used, pin, builder) : null;
    if (bundlerStops) {
      at('error', bundlerStops);
      continue;
    }
    if (!used && pin.value === row.fallbackVersion?.version) continue; // the Ruby it installs anyway
    const defaultStops = used ? null : bundlerRubyDefaultMismatch(row, pin, builder);
    if (defaultStops) {
      at(defaultStops.severity, defaultStops.message);
      continue;
    }
    if (used && agree(used, pin)) continue;
    if (!used && row.fallbackAtLeast && atMost(pin, row.fallbackAtLeast)) continue;
    if (row.reads.includes(pin.source)) {
      at(
        'warning',
        `${quote(pin.value)} in ${pin.label} is not used: ${builder} installs ${installs}, which takes precedence. Remove one of them or make them agree.`,
      );
    } else if (used || isVersion(pin)) {
      at(
        'notice',
        `${builder} does not read ${pin.label} (${quote(pin.value)}); it installs ${installs}. Other tools read it, so make the pins agree${moveTo ? ` or ${moveAdvice(moveTo)}` : ''}.`,
      );
    }
  }
  return problems;
}

/**
 * Google Cloud compares `.ruby-version`'s bytes, line break included, with the lockfile's version
 * (pkg/ruby/ruby.go `DetectVersion`): the message for a difference, or `null` when they are the same string.
 */
function storedMismatch(files: AppFiles, row: ReadsRow, used: Pin, pin: Pin, builder: string): string | null {
  const locked = /^[^p\s]+/.exec(used.value)?.[0] ?? used.value;
  const stored = files.readText(pin.file) ?? '';
  if (stored === locked) return null;
  const what =
    stored.trim() === locked
      ? `holds ${quote(locked)} followed by a line break or spaces, and ${builder} compares the file's text as it is with ${quote(locked)} from ${used.label}`
      : `says ${quote(pin.value)} and ${used.label} says ${quote(locked)}, and ${builder} requires the same text in both`;
  return `${quote(pin.file)} ${what}: the build fails ("There is a conflict between the Ruby version ...", source: ${row.source}). Delete ${quote(pin.file)} (the lockfile already pins the version), or write exactly ${quote(locked)} in it, with no line break.`;
}

/**
 * `bundle install` first checks that the Ruby it runs on is the Gemfile's `ruby "X.Y.Z"`, and stops with "Your Ruby
 * version is ..., but your Gemfile specified ..." when it is not (rubygems/rubygems bundler/lib/bundler/definition.rb
 * `validate_ruby!`, called by `validate_runtime!` in bundler/lib/bundler/cli/install.rb). Every builder installs the
 * Ruby it read elsewhere (the lockfile, or .ruby-version) before it runs `bundle install`, so an exact Gemfile version
 * that differs from it stops the build. Only `X.Y.Z` is judged: `ruby "~> 3.3"` and other requirements are not.
 */
function bundlerRubyMismatch(used: Pin, pin: Pin, builder: string): string | null {
  if (pin.language !== 'ruby' || pin.source !== 'gemfile' || !/^\d{1,4}\.\d{1,4}\.\d{1,4}$/.test(pin.value)) return null;
  const installed = partsOf(used)?.slice(0, 3);
  if (!installed || installed.length < 3) return null;
  const wanted = pin.value.split('.').map(Number);
  if (wanted.every((part, i) => part === installed[i])) return null;
  return (
    `${quote(pin.value)} in ${pin.label} is not the Ruby ${builder} installs (${quote(used.value)} from ${used.label}), so ` +
    `\`bundle install\` stops the build: "Your Ruby version is ${installed.join('.')}, but your Gemfile specified ${pin.value}". ` +
    `Put the Ruby you want in the Gemfile and run \`bundle update --ruby\`, so that ${used.label} says the same.`
  );
}

/**
 * The same check when no file the builder reads pins Ruby (a Gemfile.lock without `RUBY VERSION`, written by an old
 * Bundler or by hand): the builder installs its default, and `bundle install` then compares that with the Gemfile's
 * exact `ruby "X.Y.Z"`. A warning where an app built before keeps the Ruby it was first built with (Heroku classic:
 * the cached version); nothing is said where the default's patch is not known and its `X.Y` is the pin's.
 */
function bundlerRubyDefaultMismatch(row: ReadsRow, pin: Pin, builder: string): { severity: Severity; message: string } | null {
  const fallback = row.fallbackVersion;
  if (!fallback || pin.language !== 'ruby' || pin.source !== 'gemfile' || !/^\d{1,4}\.\d{1,4}\.\d{1,4}$/.test(pin.value)) return null;
  const installed = fallback.version.split('.').map(Number);
  const wanted = pin.value.split('.').map(Number);
  if (installed.every((part, i) => part === wanted[i])) return null;
  const shown = installed.length === 3 ? fallback.version : `${fallback.version}.x`;
  const cached = fallback.cached
    ? ' (an app built before keeps the Ruby it was first built with, which may be the one the Gemfile asks for)'
    : '';
  return {
    severity: fallback.cached ? 'warning' : 'error',
    message:
      `${quote(pin.value)} in ${pin.label} is not the Ruby ${builder} installs: nothing it reads pins Ruby (${row.reads.map(labelOf).join(', ')}), so it ` +
      `installs ${row.fallback}, and \`bundle install\` stops the build: "Your Ruby version is ${shown}, but your Gemfile specified ` +
      `${pin.value}"${cached}. Run \`bundle update --ruby\` to write the Gemfile's Ruby to Gemfile.lock, and pick a Ruby ${builder} offers.`,
  };
}

/** How to put the version where the builder reads it: Bundler writes a lockfile's `RUBY VERSION` from the Gemfile. */
function moveAdvice(source: PinSource): string {
  if (source === 'gemfile-lock' || source === 'gems-locked') {
    return `set it in the Gemfile and run \`bundle update --ruby\`, which writes it to ${labelOf(source)}`;
  }
  return `move the version to ${labelOf(source)}`;
}

function labelOf(source: PinSource): string {
  return source === 'engines-node' ? '`engines.node` in package.json' : `\`${SOURCE_FILES[source]}\``;
}

/** The pin is a plain version no newer than `version` (`1.22` against `1.26`, `1.8` or `17` against `21`). */
function atMost(pin: Pin, version: string): boolean {
  const parts = partsOf(pin);
  if (!parts) return false;
  const mine = parts[0] === 1 && pin.language === 'java' ? parts.slice(1) : parts;
  const limit = version.split('.').map(Number);
  for (let i = 0; i < limit.length; i++) {
    const difference = (mine[i] ?? 0) - (limit[i] ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return true;
}

/** A plain version (not a range such as `requires-python = ">=3.9"`), which says something when nothing else is pinned. */
function isVersion(pin: Pin): boolean {
  return partsOf(pin) !== null;
}

/** `3.12`, `python-3.12.1`, `v20`, `go1.22`, `3.3.0p0` as numbers; `null` for ranges and words. */
function partsOf(pin: Pin): number[] | null {
  const text = (pin.source === 'runtime-txt' ? pin.values.join('\n') : pin.value).replace(/^(python-|v|go|net)/, '').replace(/p\d+$/, '');
  return /^\d{1,6}(\.\d{1,6}){0,3}$/.test(text) ? text.split('.').map(Number) : null;
}

/** The two pins can name the same version: one is a prefix of the other, or a version satisfies a range. */
function agree(a: Pin, b: Pin): boolean {
  const [x, y] = [partsOf(a), partsOf(b)];
  if (x && y) return x.slice(0, y.length).every((part, i) => part === y[i]) || y.slice(0, x.length).every((part, i) => part === x[i]);
  const range = x ? rangeOf(b) : y ? rangeOf(a) : null;
  const version = x ?? y;
  if (!range || !version) return true;
  return semver().intersects(range, version.join('.'));
}

/** A semver range from an npm range or a PEP 440 specifier (`>=3.9,<3.13`, `~=3.11`); `null` when it is neither. */
function rangeOf(pin: Pin): string | null {
  const text = pin.value.replace(/,/g, ' ').replace(/~=/g, '~').replace(/==/g, '=');
  return semver().validRange(text);
}
