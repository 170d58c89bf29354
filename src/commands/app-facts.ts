/** What the app's own files say: declared Python packages, package.json scripts, whether a module or script exists. */
import * as posixPath from 'node:path/posix';
import type { AppFiles } from '../engine/app-files.js';
import { PYTHON_MANIFESTS } from '../engine/languages.js';
import { readGemfile, readGemLock, type GemDeclaration, type GemLock } from './gemfile.js';

export { PYTHON_MANIFESTS };

/** PEP 503 normalisation: `Flask_SQLAlchemy` and `flask-sqlalchemy` are the same package. */
export function normalizePackage(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export interface PythonDependencies {
  /** The manifests found. */
  manifests: string[];
  /** Whether `name` is declared in any of them. */
  declares(name: string): boolean;
  /** Something is declared in a way procfile-lint does not follow (`-e .`, a setup.py, an unreadable include). */
  incomplete: boolean;
  /** The files among them, and the included ones, that could not be read (missing, too large, outside the app). */
  unread: string[];
  /** `-r` / `-c` lines whose file, inside the app, does not exist: pip stops on them. */
  missingIncludes: MissingInclude[];
}

export interface MissingInclude {
  /** The requirements file that holds the line, relative to the app root. */
  file: string;
  /** 1-based line, and the columns of the included path on it. */
  line: number;
  column: number;
  endColumn: number;
  /** The path as written, and as pip resolves it (relative to the including file's folder). */
  written: string;
  resolved: string;
}

const MAX_INCLUDES = 10;

export function pythonDependencies(files: AppFiles): PythonDependencies {
  const names = new Set<string>();
  const texts: string[] = [];
  const unread: string[] = [];
  const missingIncludes: MissingInclude[] = [];
  let incomplete = false;
  const manifests = PYTHON_MANIFESTS.filter((file) => files.exists(file));
  const pending = manifests.includes('requirements.txt') ? ['requirements.txt'] : [];
  const seen = new Set<string>();
  while (pending.length > 0 && seen.size < MAX_INCLUDES) {
    const file = pending.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = files.readText(file);
    if (text === null) {
      incomplete = true;
      unread.push(file);
      continue;
    }
    text.split('\n').forEach((raw, index) => {
      const line = withoutComment(raw).trim();
      const at = includeIn(line);
      if (at) {
        const include = line.slice(at.start, at.end);
        const resolved = posixPath.join(posixPath.dirname(file), include);
        if (isPlainInsidePath(include, resolved) && !files.exists(resolved)) {
          const column = raw.indexOf(line) + at.start + 1;
          missingIncludes.push({ file, line: index + 1, column, endColumn: column + include.length, written: include, resolved });
        }
        pending.push(resolved);
      } else if (/^(-e|--editable)\b|^\.|^git\+|:\/\//.test(line)) incomplete = true;
      else {
        const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
        if (name) names.add(normalizePackage(name));
      }
    });
  }
  for (const file of manifests.filter((manifest) => manifest !== 'requirements.txt')) {
    const text = files.readText(file);
    if (text === null) {
      incomplete = true;
      unread.push(file);
    } else texts.push(text.toLowerCase().replace(/[_.]/g, '-'));
    if (file === 'setup.py') incomplete = true;
  }
  return {
    manifests,
    incomplete,
    unread,
    missingIncludes,
    declares(name) {
      const normalized = normalizePackage(name);
      return names.has(normalized) || texts.some((text) => containsWord(text, normalized));
    },
  };
}

/**
 * A requirements line without its comment: pip's `#` at the start or after a blank, to the end of the line. A scan,
 * not `/(^|\s)#.*$/`: that one restarts at every `#` and rescans the rest, quadratic on ` # # # ...` before a CR.
 */
export function withoutComment(line: string): string {
  for (let at = line.indexOf('#'); at !== -1; at = line.indexOf('#', at + 1)) {
    if (at === 0 || isBlank(line[at - 1] as string)) return line.slice(0, at);
  }
  return line;
}

const INCLUDE_OPTIONS = ['--requirement', '--constraint', '-r', '-c'];

/**
 * An include whose file is certainly looked for in the app: a relative path without a URL scheme or a `${VAR}` (which
 * pip expands from the environment), that stays inside the app root once joined to the including file's folder.
 */
function isPlainInsidePath(written: string, resolved: string): boolean {
  if (written.startsWith('/') || written.includes('://') || written.includes('${')) return false;
  return resolved !== '..' && !resolved.startsWith('../');
}

/** Where in `line` the file of a `-r file`, `-c file`, `--requirement=file` line is, or null. */
function includeIn(line: string): { start: number; end: number } | null {
  const option = INCLUDE_OPTIONS.find((each) => line.startsWith(each));
  if (!option) return null;
  let start = option.length;
  while (start < line.length && isBlank(line[start] as string)) start++;
  if (line[start] === '=') start++;
  while (start < line.length && isBlank(line[start] as string)) start++;
  let end = start;
  while (end < line.length && !isBlank(line[end] as string)) end++;
  return end === start ? null : { start, end };
}

function isBlank(char: string): boolean {
  return char.trim() === '';
}

/** `word` occurs in `text` with no package-name character (`a-z`, `0-9`, `-`) right before or after it. */
function containsWord(text: string, word: string): boolean {
  const isNameChar = (char: string | undefined) => char !== undefined && /[a-z0-9-]/.test(char);
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isNameChar(text[at - 1]) && !isNameChar(text[at + word.length])) return true;
  }
  return false;
}

export interface PackageJson {
  scripts: Readonly<Record<string, string>>;
  /** The `main` field, when it is a string. */
  main: string | null;
  /** Names in `dependencies` and `devDependencies`. */
  dependencies: ReadonlySet<string>;
  /** Names in `devDependencies` that neither `dependencies` nor `optionalDependencies` lists: a production install leaves them out. */
  devOnly: ReadonlySet<string>;
}

/** package.json at the app root: `null` when there is none, `'invalid'` when it is not a JSON object. */
export function packageJson(files: AppFiles): PackageJson | null | 'invalid' {
  const text = files.readText('package.json');
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'invalid';
    const scripts = (parsed as { scripts?: unknown }).scripts;
    const valid = typeof scripts === 'object' && scripts !== null && !Array.isArray(scripts);
    const fields = parsed as { main?: unknown; dependencies?: unknown; devDependencies?: unknown; optionalDependencies?: unknown };
    const namesIn = (deps: unknown) => (typeof deps === 'object' && deps !== null ? Object.keys(deps) : []);
    const production = new Set([...namesIn(fields.dependencies), ...namesIn(fields.optionalDependencies)]);
    const dev = namesIn(fields.devDependencies);
    const main = fields.main;
    return {
      scripts: valid ? Object.fromEntries(Object.entries(scripts).filter(([, value]) => typeof value === 'string')) : {},
      main: typeof main === 'string' && main.trim() !== '' ? main : null,
      dependencies: new Set([...namesIn(fields.dependencies), ...dev]),
      devOnly: new Set(dev.filter((name) => !production.has(name))),
    };
  } catch {
    return 'invalid';
  }
}

/** Scripts that build the app during deployment, so files it starts may not be in the repository. */
export const BUILD_SCRIPTS = ['build', 'heroku-postbuild', 'postinstall', 'prestart', 'gcp-build', 'vercel-build'];

/** Whether `module` (`app`, `mysite.wsgi`) can be imported from `dir`: `app.py`, `app/__init__.py` or `app/`. */
export function pythonModuleExists(files: AppFiles, dir: string, module: string): boolean {
  const base = posixPath.join(dir, ...module.split('.'));
  return files.exists(`${base}.py`) || files.isDirectory(base);
}

/** Where an app declares the packages of one ecosystem, and whether it declares one. */
export interface DeclaredPackages {
  /** The manifests and lock files found, in the order they are read. */
  manifests: string[];
  declares(name: string): boolean;
  /** `declares` can miss a package (no lock file: a dependency may bring it), so an answer of "no" is not certain. */
  incomplete: boolean;
  /** Files that could not be read, so `declares` did not look in them. */
  unread?: readonly string[];
}

export interface RubyGems extends DeclaredPackages {
  /** `Gemfile` or `gems.rb`, and its lock file (`Gemfile.lock`, `gems.locked`) whether or not it exists. */
  manifest: string;
  lockfile: string;
  /** The `gem` calls of the manifest, with their positions and groups. */
  declared: GemDeclaration[];
  /** The reader followed every statement of the manifest (gemfile.ts), so `declared` is all it declares. */
  groupsReadable: boolean;
  /** The lock file's gems, dependencies of dependencies included; `null` without a lock file or with one that lists no gem. */
  lock: GemLock | null;
}

const MAX_MANIFEST_LINES = 20_000;

/**
 * The gems of a Ruby app: the `gem` calls of `Gemfile` or `gems.rb` (bundler's two names for it, each with its lock
 * file, `Gemfile.lock` / `gems.locked`), read by commands/gemfile.ts, and every gem of the lock file's `specs:` lists.
 * `null` when the app has no Gemfile: the Ruby buildpacks build no bundle then.
 */
export function rubyGems(files: AppFiles): RubyGems | null {
  const manifest = ['Gemfile', 'gems.rb'].find((file) => files.exists(file));
  if (!manifest) return null;
  const lockfile = manifest === 'Gemfile' ? 'Gemfile.lock' : 'gems.locked';
  const text = files.readText(manifest);
  const gemfile = text === null ? { gems: [], readable: false } : readGemfile(text, manifest);
  const lockText = files.readText(lockfile);
  const read = lockText === null ? null : readGemLock(lockText, MAX_MANIFEST_LINES * 5);
  // A lock file that lists no gem (empty, cut short, not bundler's format) says nothing certain about the bundle.
  const lock = read !== null && read.specs.size > 0 ? read : null;
  const names = new Set(gemfile.gems.map((gem) => gem.name));
  return {
    manifest,
    lockfile,
    manifests: lock === null ? [manifest] : [manifest, lockfile],
    declared: gemfile.gems,
    groupsReadable: gemfile.readable,
    lock,
    incomplete: lock === null,
    declares: (name) => names.has(name) || lock?.specs.has(name) === true,
  };
}

/** Lock files of the Node package managers, each of which lists every installed package by name. */
const NODE_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock'];

/**
 * The packages a Node app declares: package.json's `dependencies` and `devDependencies`, and any package its lock
 * file mentions (a dependency's dependency may provide the command). `null` without a valid package.json.
 */
export function nodePackages(files: AppFiles, pkg: PackageJson | null | 'invalid' = packageJson(files)): DeclaredPackages | null {
  if (pkg === null || pkg === 'invalid') return null;
  const locks = NODE_LOCKFILES.filter((file) => files.exists(file));
  const texts = locks.map((file) => files.readText(file));
  return {
    manifests: ['package.json', ...locks],
    // An empty lock file (a placeholder, a failed install) lists nothing: not a complete list of what is installed.
    incomplete: locks.length === 0 || texts.some((text) => text === null || text.trim() === ''),
    declares: (name) => pkg.dependencies.has(name) || texts.some((text) => text !== null && mentionsPackage(text, name)),
  };
}

/** `name` occurs in a lock file's text with no package-name character right before or after it. */
function mentionsPackage(text: string, name: string): boolean {
  const isNameChar = (char: string | undefined) => char !== undefined && /[A-Za-z0-9_.-]/.test(char);
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!isNameChar(text[at - 1]) && !isNameChar(text[at + name.length]) && text[at - 1] !== '@') return true;
  }
  return false;
}
