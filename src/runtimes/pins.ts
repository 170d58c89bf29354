/**
 * The language versions an app pins, read from every file some builder reads one from, with the position of the
 * version in its file. Which of them a platform honours, and in which order, is in the tables (runtimes/tables):
 * this module only reads. JSON through jsonc-parser (for offsets), TOML through smol-toml, line formats with
 * bounded scans; every file through AppFiles (confined to the workspace, size-limited), each at most once. Never throws.
 */
import type { ParseError } from 'jsonc-parser';
import type { AppFiles } from '../engine/app-files.js';
import type { Language } from '../engine/languages.js';
import { columnAt } from '../engine/source.js';
import type { Range } from '../engine/types.js';
import { jsonc, toml } from '../apps/libraries.cjs';

export type PinSource =
  | 'python-version'
  | 'runtime-txt'
  | 'pipfile'
  | 'pipfile-lock'
  | 'pyproject'
  | 'engines-node'
  | 'nvmrc'
  | 'node-version'
  | 'ruby-version'
  | 'gemfile'
  | 'gemfile-lock'
  | 'gems-locked'
  | 'system-properties'
  | 'go-mod-heroku'
  | 'go-mod-toolchain'
  | 'go-mod-go'
  | 'composer-php'
  | 'composer-lock-php'
  | 'global-json'
  | 'target-framework';

export interface Pin {
  source: PinSource;
  language: Language;
  /** Path relative to the app root. */
  file: string;
  /** How messages name the pin: `` `.python-version` ``, `` `engines.node` in package.json ``. */
  label: string;
  /** The version as written (the first one, for files that list several). */
  value: string;
  /** Every version the file lists, for files that must hold exactly one (`.python-version`, `runtime.txt`). */
  values: readonly string[];
  range: Range;
}

interface Found {
  value: string;
  values?: string[];
  range: Range;
}

interface SourceInfo {
  source: PinSource;
  language: Language;
  file: string | ((files: AppFiles) => string | undefined);
  label: string;
  read(text: string): Found | null;
}

/** More lines than this in a version file are not looked at (the files are a line or two). */
const MAX_VERSION_LINES = 1000;
const MAX_VALUE_LENGTH = 200;

const SOURCES: readonly SourceInfo[] = [
  { source: 'python-version', language: 'python', file: '.python-version', label: '`.python-version`', read: versionLines },
  { source: 'runtime-txt', language: 'python', file: 'runtime.txt', label: '`runtime.txt`', read: versionLines },
  {
    source: 'pipfile',
    language: 'python',
    file: 'Pipfile',
    label: '`[requires]` in Pipfile',
    read: (text) => tomlString(text, 'requires', ['python_full_version', 'python_version']),
  },
  {
    source: 'pipfile-lock',
    language: 'python',
    file: 'Pipfile.lock',
    label: '`_meta.requires` in Pipfile.lock',
    // jq '._meta.requires.python_full_version // ._meta.requires.python_version' (heroku-buildpack-python lib/python_version.sh).
    read: (text) =>
      jsonString(text, ['_meta', 'requires', 'python_full_version']) ?? jsonString(text, ['_meta', 'requires', 'python_version']),
  },
  {
    source: 'pyproject',
    language: 'python',
    file: 'pyproject.toml',
    label: '`requires-python` in pyproject.toml',
    read: (text) => tomlString(text, 'project', ['requires-python']),
  },
  {
    source: 'engines-node',
    language: 'node',
    file: 'package.json',
    label: '`engines.node` in package.json',
    read: (text) => jsonString(text, ['engines', 'node']),
  },
  { source: 'nvmrc', language: 'node', file: '.nvmrc', label: '`.nvmrc`', read: versionLines },
  { source: 'node-version', language: 'node', file: '.node-version', label: '`.node-version`', read: versionLines },
  { source: 'gemfile-lock', language: 'ruby', file: 'Gemfile.lock', label: '`RUBY VERSION` in Gemfile.lock', read: gemfileLockRuby },
  // Bundler's other lockfile name, beside gems.rb: the same format (GoogleCloudPlatform/buildpacks pkg/ruby/ruby.go `lockFiles`).
  { source: 'gems-locked', language: 'ruby', file: 'gems.locked', label: '`RUBY VERSION` in gems.locked', read: gemfileLockRuby },
  { source: 'ruby-version', language: 'ruby', file: '.ruby-version', label: '`.ruby-version`', read: versionLines },
  { source: 'gemfile', language: 'ruby', file: 'Gemfile', label: '`ruby` in Gemfile', read: gemfileRuby },
  {
    source: 'system-properties',
    language: 'java',
    file: 'system.properties',
    label: '`java.runtime.version` in system.properties',
    read: javaRuntimeVersion,
  },
  {
    source: 'go-mod-heroku',
    language: 'go',
    file: 'go.mod',
    label: '`// +heroku goVersion` in go.mod',
    read: (text) => lineDirective(text, '// +heroku goVersion'),
  },
  {
    source: 'go-mod-toolchain',
    language: 'go',
    file: 'go.mod',
    label: '`toolchain` in go.mod',
    read: (text) => lineDirective(text, 'toolchain'),
  },
  { source: 'go-mod-go', language: 'go', file: 'go.mod', label: '`go` in go.mod', read: (text) => lineDirective(text, 'go') },
  {
    source: 'composer-php',
    language: 'php',
    file: 'composer.json',
    label: '`require.php` in composer.json',
    read: (text) => jsonString(text, ['require', 'php']),
  },
  {
    // heroku/heroku-buildpack-php bin/util/platform.php: the lock's `platform` (the root requirements) decides.
    source: 'composer-lock-php',
    language: 'php',
    file: 'composer.lock',
    label: '`platform.php` in composer.lock',
    read: (text) => jsonString(text, ['platform', 'php']),
  },
  {
    source: 'global-json',
    language: 'dotnet',
    file: 'global.json',
    label: '`sdk.version` in global.json',
    read: (text) => jsonString(text, ['sdk', 'version']),
  },
  {
    source: 'target-framework',
    language: 'dotnet',
    file: (files) => files.rootEntries.filter((name) => /\.(cs|fs|vb)proj$/.test(name)).sort()[0],
    label: '`TargetFramework` in the project file',
    read: targetFramework,
  },
];

const cache = new WeakMap<AppFiles, readonly Pin[]>();

/** Every pin the app's root files hold, in the order of SOURCES; read once per set of files. */
export function readPins(files: AppFiles): readonly Pin[] {
  const cached = cache.get(files);
  if (cached) return cached;
  const pins = SOURCES.flatMap((info): Pin[] => {
    const file = typeof info.file === 'string' ? info.file : info.file(files);
    const text = file === undefined ? null : files.readText(file);
    if (file === undefined || text === null) return [];
    const found = safely(() => info.read(text));
    if (!found) return [];
    const value = found.value.slice(0, MAX_VALUE_LENGTH);
    return [
      { source: info.source, language: info.language, file, label: info.label, value, values: found.values ?? [value], range: found.range },
    ];
  });
  cache.set(files, pins);
  return pins;
}

/** Whether `file` exists but holds no version (an empty `.python-version`), which some builders refuse. */
export function isEmptyVersionFile(files: AppFiles, file: string): boolean {
  const text = files.readText(file);
  return text !== null && versionLines(text) === null;
}

function safely(read: () => Found | null): Found | null {
  try {
    return read();
  } catch {
    return null;
  }
}

interface Line {
  number: number;
  text: string;
}

function* lines(text: string): Generator<Line> {
  let start = 0;
  for (let number = 1; number <= MAX_VERSION_LINES * 100 && start <= text.length; number++) {
    const end = text.indexOf('\n', start);
    const raw = text.slice(start, end === -1 ? text.length : end);
    yield { number, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw };
    if (end === -1) return;
    start = end + 1;
  }
}

function rangeIn(line: Line, index: number, length: number): Range {
  return { line: line.number, column: columnAt(line.text, index), endLine: line.number, endColumn: columnAt(line.text, index + length) };
}

/** Lines that are neither blank nor `#` comments, trimmed, as heroku-buildpack-python reads `.python-version` and `runtime.txt`. */
function versionLines(text: string): Found | null {
  const found: { value: string; range: Range }[] = [];
  for (const line of lines(text)) {
    if (found.length >= MAX_VERSION_LINES) break;
    const value = line.text.trim();
    if (value === '' || value.startsWith('#')) continue;
    found.push({ value, range: rangeIn(line, line.text.indexOf(value), value.length) });
  }
  const first = found[0];
  return first ? { value: first.value, values: found.map((entry) => entry.value), range: first.range } : null;
}

/** A `directive value` line (go.mod's `go 1.22`, `toolchain go1.22.3`): the first word after the directive. */
function lineDirective(text: string, directive: string): Found | null {
  for (const line of lines(text)) {
    const trimmed = line.text.trimStart();
    if (!trimmed.startsWith(directive) || !/^[ \t]/.test(trimmed.slice(directive.length))) continue;
    const rest = trimmed.slice(directive.length).trimStart();
    const value = rest.split(/[ \t]/, 1)[0] as string;
    if (value === '' || value.startsWith('//')) continue;
    return { value, range: rangeIn(line, line.text.indexOf(rest, line.text.length - trimmed.length + directive.length), value.length) };
  }
  return null;
}

/** `java.runtime.version = 17`, as heroku-buildpack-jvm-common lib/java_properties.sh greps it. */
function javaRuntimeVersion(text: string): Found | null {
  const key = 'java.runtime.version';
  for (const line of lines(text)) {
    if (!line.text.startsWith(key) || !/^[\s=]/.test(line.text.slice(key.length))) continue;
    const after = line.text.slice(key.length);
    const offset = key.length + (after.length - after.replace(/^[ \t]*=?[ \t]*/, '').length);
    const value = /^[_A-Za-z0-9.-]*/.exec(line.text.slice(offset))?.[0] ?? '';
    return value ? { value, range: rangeIn(line, offset, value.length) } : null;
  }
  return null;
}

/** The line after `RUBY VERSION` in Gemfile.lock: `   ruby 3.3.0p0`. */
function gemfileLockRuby(text: string): Found | null {
  let inSection = false;
  for (const line of lines(text)) {
    if (line.text === 'RUBY VERSION') inSection = true;
    else if (inSection) {
      const match = /^(\s*ruby\s+)(\S+)/.exec(line.text);
      return match ? { value: match[2] as string, range: rangeIn(line, (match[1] as string).length, (match[2] as string).length) } : null;
    }
  }
  return null;
}

/** `ruby "3.3.0"` (or `ruby '3.3.0'`, `ruby("3.3.0")`) in a Gemfile. */
function gemfileRuby(text: string): Found | null {
  for (const line of lines(text)) {
    const match = /^(\s*ruby[\s(]+["'])([^"'\s]{1,40})["']/.exec(line.text);
    if (match) return { value: match[2] as string, range: rangeIn(line, (match[1] as string).length, (match[2] as string).length) };
  }
  return null;
}

/** `<TargetFramework>net8.0</TargetFramework>` (or the first of `<TargetFrameworks>`) in an MSBuild project file. */
function targetFramework(text: string): Found | null {
  for (const tag of ['TargetFramework', 'TargetFrameworks']) {
    const open = `<${tag}>`;
    const start = text.indexOf(open);
    const end = start === -1 ? -1 : text.indexOf(`</${tag}>`, start);
    if (end === -1) continue;
    const inner = text.slice(start + open.length, end);
    const value = inner.split(';')[0]?.trim() ?? '';
    if (value) return { value, range: rangeAtOffset(text, start + open.length + inner.indexOf(value), value.length) };
  }
  return null;
}

/** The string at `path` in a JSON document, with its range (inside the quotes). */
function jsonString(text: string, path: string[]): Found | null {
  const errors: ParseError[] = [];
  const tree = jsonc().parseTree(text, errors, { disallowComments: true });
  if (!tree || errors.length > 0) return null;
  const node = jsonc().findNodeAtLocation(tree, path);
  if (node?.type !== 'string' || typeof node.value !== 'string') return null;
  return { value: node.value, range: rangeAtOffset(text, node.offset + 1, Math.max(0, node.length - 2)) };
}

/** The first of `keys` that is a string in TOML table `table`, with the line that sets it found by a bounded scan. */
function tomlString(text: string, table: string, keys: readonly string[]): Found | null {
  const document = toml().parse(text) as Record<string, unknown>;
  const section = document[table];
  if (typeof section !== 'object' || section === null) return null;
  for (const key of keys) {
    const value = (section as Record<string, unknown>)[key];
    if (typeof value === 'string') return { value, range: tomlValueRange(text, table, key, value) };
  }
  return null;
}

/** Where `key = "value"` sits under `[table]`; the table's header (or line 1) when the scan cannot tell. */
function tomlValueRange(text: string, table: string, key: string, value: string): Range {
  let inTable = false;
  let header: Range | null = null;
  for (const line of lines(text)) {
    const trimmed = line.text.trim();
    if (trimmed.startsWith('[')) {
      inTable = trimmed.replace(/\s+/g, '').startsWith(`[${table}]`);
      if (inTable) header = rangeIn(line, line.text.indexOf('['), trimmed.length);
      continue;
    }
    if (!inTable || (!trimmed.startsWith(key) && !trimmed.startsWith(`"${key}"`))) continue;
    const at = line.text.indexOf(value, line.text.indexOf('='));
    if (line.text.indexOf('=') !== -1 && at !== -1) return rangeIn(line, at, value.length);
  }
  return header ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function rangeAtOffset(text: string, offset: number, length: number): Range {
  let lineStart = 0;
  let number = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    lineStart = at + 1;
    number++;
  }
  const end = text.indexOf('\n', lineStart);
  const line = { number, text: text.slice(lineStart, end === -1 ? text.length : end) };
  return rangeIn(line, offset - lineStart, length);
}
