/**
 * Ruby: what Heroku's Ruby buildpacks and the Google Cloud Ruby buildpack do with the version an app pins. Heroku
 * reads only Gemfile.lock's `RUBY VERSION`; Google Cloud also reads gems.locked and `.ruby-version`, and compares
 * them as strings (tables/reads.ts, tables/ruby.ts).
 */
import type { AppFiles } from '../engine/app-files.js';
import { quote } from '../engine/quote.js';
import type { BuilderFamily } from './families.js';
import type { Pin } from './pins.js';
import { pinsOf, problemAt, type RuntimeProblem } from './problem.js';
import { RUBY_TABLES, type RubyTable } from './tables/ruby.js';

/** `3.3.0` from `3.3.0p0`, as Heroku's lib/language_pack/helpers/gemfile_lock.rb reads `ruby 3.3.0p0`. */
const HEROKU_LOCK_VERSION = /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})/;

/** pkg/ruby/gemfile.go `rubyVersionRe`, GoogleCloudPlatform/buildpacks @ 21f28de8c499. */
const GCP_LOCK_LINE = /^\s*ruby\s+([^p^\s]+)(p\d+)?\s*$/;

export function rubyProblems(files: AppFiles, family: BuilderFamily, builder: string): RuntimeProblem[] {
  const table = RUBY_TABLES[family];
  const pins = pinsOf(files, 'ruby');
  if (family === 'gcp') return gcpProblems(files, pins, table, builder);
  const pin = pins.find((candidate) => candidate.source === 'gemfile-lock');
  if (!pin || isJruby(files, pin)) return [];
  const match = HEROKU_LOCK_VERSION.exec(pin.value);
  if (!match) {
    return [
      problemAt(
        pin,
        'warning',
        `${quote(pin.value)} in ${pin.label} is not a Ruby version ${builder} reads (\`N.N.N\`), so it installs its default Ruby instead (source: ${table.source}). Set \`ruby "3.4.9"\` (your version) in the Gemfile and run \`bundle update --ruby\`.`,
      ),
    ];
  }
  return versionProblems(pin, match.slice(1, 4).map(Number) as [number, number, number], table, builder);
}

/** The exact version Heroku installs for the lockfile's pin (`3.3.0p0` -> `3.3.0`), or Google Cloud's lock version. */
export function rubyVersionOf(pin: Pin): string | null {
  if (pin.source === 'ruby-version') return /^\d{1,6}\.\d{1,6}\.\d{1,6}$/.test(pin.value) ? pin.value : null;
  return HEROKU_LOCK_VERSION.exec(pin.value)?.[0] ?? null;
}

function isJruby(files: AppFiles, pin: Pin): boolean {
  return (lineOf(files, pin) ?? '').includes('(jruby');
}

function lineOf(files: AppFiles, pin: Pin): string | null {
  const text = files.readText(pin.file);
  return text === null ? null : (text.split('\n', pin.range.line)[pin.range.line - 1]?.replace(/\r$/, '') ?? null);
}

function versionProblems(pin: Pin, [major, minor, patch]: [number, number, number], table: RubyTable, builder: string): RuntimeProblem[] {
  const key = `${major}.${minor}`;
  const known = Object.keys(table.latest);
  const newest = known[0];
  const byNumber = (version: string) => version.split('.').map(Number) as [number, number];
  if (table.oldest) {
    const [oldMajor, oldMinor] = byNumber(table.oldest.minor);
    if (major < oldMajor || (major === oldMajor && minor < oldMinor)) {
      const upgrade = `Upgrade to Ruby ${newest ?? table.oldest.minor}, set it in the Gemfile and run \`bundle update --ruby\`.`;
      return [
        table.oldest.anyStack
          ? problemAt(
              pin,
              'error',
              `Ruby ${key} (${pin.label}) is end-of-life for ${builder}: ${table.oldest.why}, so the build fails (source: ${table.source}). ${upgrade}`,
            )
          : problemAt(
              pin,
              'warning',
              `Ruby ${key} (${pin.label}) is end-of-life for ${builder}: ${table.oldest.why}, so the build fails unless the app is on an old stack that still has it (unverified; source: ${table.source}). ${upgrade}`,
            ),
      ];
    }
  }
  if (!newest) return [];
  const [newMajor, newMinor] = byNumber(newest);
  const latest = table.latest[key];
  const beyondMinor = major > newMajor || (major === newMajor && minor > newMinor);
  const beyondPatch = latest !== undefined && patch > Number(latest.split('.')[2]);
  if (!beyondMinor && !beyondPatch) return [];
  const knows = beyondMinor ? `Ruby ${newest} and older` : `Ruby ${key} up to ${latest}`;
  return [
    problemAt(
      pin,
      'notice',
      `Ruby ${major}.${minor}.${patch} (${pin.label}) is newer than the versions procfile-lint's table knows for ${builder} (${knows}, as of ${table.checked}); check that it has been released there.`,
    ),
  ];
}

/** GoogleCloudPlatform/buildpacks pkg/ruby/ruby.go `DetectVersion` and pkg/ruby/gemfile.go `ParseRubyVersion`. */
function gcpProblems(files: AppFiles, pins: readonly Pin[], table: RubyTable, builder: string): RuntimeProblem[] {
  const lock = pins.find((pin) => pin.source === 'gemfile-lock') ?? pins.find((pin) => pin.source === 'gems-locked');
  const line = lock ? lineOf(files, lock) : null;
  if (lock && line !== null && !GCP_LOCK_LINE.test(line)) {
    return [
      problemAt(
        lock,
        'error',
        `${builder} cannot parse the line after \`RUBY VERSION\` in ${quote(lock.file)} (${quote(line.trim())}; it reads \`ruby N.N.N\` with an optional \`pN\`), and fails the build (source: ${table.source}, pkg/ruby/gemfile.go). Run \`bundle update --ruby\` with a plain MRI version in the Gemfile.`,
      ),
    ];
  }
  const dotFile = pins.find((pin) => pin.source === 'ruby-version');
  if (!lock && dotFile && !/^\d/.test(dotFile.value)) {
    return [
      problemAt(
        dotFile,
        'error',
        `${quote(dotFile.value)} in \`.ruby-version\` is not a version constraint ${builder} can resolve (it passes the file's text on as is), so the build fails (source: ${table.source}). Write the version alone, such as \`3.4.9\`.`,
      ),
    ];
  }
  return [];
}
