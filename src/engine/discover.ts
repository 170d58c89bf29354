/**
 * Finds the root Procfile and the files that look as if they were meant to be it. Only the root directory and a
 * bounded number of directories below it are listed, so the cost does not grow with the size of the repository.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PLATFORMS, type PlatformProfile } from '../platforms/index.js';
import { anywhereSuffixes } from '../platforms/detection.js';
import { walkTree, type WalkRequest, type WalkResult } from './walk.js';
import { joinRelative, type AppRoot } from './workspace.js';

export const PROCFILE = 'Procfile';

/**
 * How a file name relates to `Procfile`:
 * - `case`: other letter case (`procfile`, `ProcFile`);
 * - `extension`: an extension an editor or OS adds (`Procfile.txt`, `Procfile.yml`, `Procfile.`);
 * - `whitespace`: stray spaces around the name (`Procfile `);
 * - `typo`: one letter off (`Procfle`, `Porcfile`, `Procfiles`);
 * - `variant`: a deliberate sibling such as `Procfile.dev`, which platforms never read.
 */
export type NameKind = 'case' | 'extension' | 'whitespace' | 'typo' | 'variant';

export interface NearMiss {
  /** Path relative to the workspace. */
  path: string;
  kind: NameKind;
}

export interface Discovery {
  root: AppRoot;
  /** Names of the entries of the app root: what language detection looks at. */
  rootEntries: string[];
  /** Path of the root entry named exactly `Procfile` (whatever it is), relative to the workspace. */
  procfile: string | null;
  nearMisses: NearMiss[];
  /** Procfiles (or near misses of the `case`/`extension` kind) in directories below the root. */
  nested: string[];
  /** The first entry found for each suffix the platforms look for at any depth (path relative to the app root). */
  deepFiles: ReadonlyMap<string, string>;
  /** How the walk for `deepFiles` went; `null` when no platform checked looks below the root. */
  walk?: Omit<WalkResult, 'found'> | null;
}

/**
 * Limits of the search below the root, so that its cost stays flat in large repositories: a misplaced Procfile sits
 * one or two folders down (`backend/Procfile`), found long before these are reached.
 */
export const NESTED_SEARCH = { maxDepth: 3, maxDirectories: 200, maxEntries: 5_000 };

const EDITOR_EXTENSIONS = new Set([
  '',
  'txt',
  'text',
  'md',
  'rtf',
  'doc',
  'docx',
  'yml',
  'yaml',
  'json',
  'toml',
  'ini',
  'cfg',
  'conf',
  'config',
  'sh',
  'bash',
  'cmd',
  'bat',
  'ps1',
  'py',
  'js',
  'rb',
  'procfile',
  'file',
]);

/** Directories of dependencies, virtualenvs and build output: not searched at all (nor by the buildpacks' detection). */
export const DEPENDENCY_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'venv',
  'env',
  'virtualenv',
  'virtualenvs',
  '__pycache__',
  'site-packages',
  'target',
]);

/** Directories of tests and samples: searched, but a Procfile there is never the one the app deploys with. */
export const SAMPLE_DIRECTORIES: ReadonlySet<string> = new Set([
  'test',
  'tests',
  '__tests__',
  'spec',
  'fixtures',
  'testdata',
  'example',
  'examples',
  'sample',
  'samples',
  'docs',
]);

export function classifyName(name: string): NameKind | 'exact' | null {
  if (name === PROCFILE) return 'exact';
  const lower = name.toLowerCase();
  if (lower === 'procfile') return 'case';
  if (lower.trim() === 'procfile') return 'whitespace';
  if (lower.startsWith('procfile.')) {
    return EDITOR_EXTENSIONS.has(lower.slice('procfile.'.length).trim()) ? 'extension' : 'variant';
  }
  if (lower !== 'profile' && isOneEditAway(lower, 'procfile')) return 'typo';
  return null;
}

/** What the walk of the tree looks for, for these platforms; `null` when none of them looks below the root. */
export function walkRequestFor(platforms: readonly PlatformProfile[]): WalkRequest | null {
  const deep = platforms.filter((platform) => anywhereSuffixes(platform.groups).suffixes.length > 0);
  if (deep.length === 0) return null;
  const { suffixes, caseInsensitive } = anywhereSuffixes(deep.flatMap((platform) => platform.groups));
  // A directory is skipped only when every platform that walks skips it.
  const skip = new Set(deep[0]?.walkSkips.filter((name) => deep.every((platform) => platform.walkSkips.includes(name))));
  return { suffixes, caseInsensitive, skip };
}

export function discover(root: AppRoot, request: WalkRequest | null = walkRequestFor(PLATFORMS)): Discovery {
  const entries = listDirectory(root.absolute).sort((a, b) => compare(a.name, b.name));
  let procfile: string | null = null;
  const nearMisses: NearMiss[] = [];
  for (const entry of entries) {
    const kind = classifyName(entry.name);
    if (kind === 'exact') procfile = joinRelative(root.relative, entry.name);
    else if (kind && !entry.isDirectory()) nearMisses.push({ path: joinRelative(root.relative, entry.name), kind });
  }
  const rootEntries = entries.map((entry) => entry.name);
  const walked = request ? walkTree(root.absolute, request) : null;
  const walk = walked ? { entries: walked.entries, limitHit: walked.limitHit, stoppedEarly: walked.stoppedEarly } : null;
  return { root, rootEntries, procfile, nearMisses, nested: searchBelow(root, entries), deepFiles: walked?.found ?? new Map(), walk };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function listDirectory(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Procfiles out of place: breadth-first, not following symlinks, skipping dependency folders, hidden folders and virtualenvs. */
function searchBelow(root: AppRoot, rootEntries: fs.Dirent[]): string[] {
  const nested: string[] = [];
  let level = subdirectories('', rootEntries);
  let directories = NESTED_SEARCH.maxDirectories;
  let entriesLeft = NESTED_SEARCH.maxEntries;
  for (let depth = 1; depth <= NESTED_SEARCH.maxDepth && level.length > 0 && directories > 0 && entriesLeft > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      if (directories-- <= 0 || entriesLeft <= 0) break;
      const entries = listDirectory(path.join(root.absolute, dir));
      entriesLeft -= entries.length;
      if (entries.some((entry) => entry.name === 'pyvenv.cfg')) continue;
      const sample = dir.split('/').some((segment) => SAMPLE_DIRECTORIES.has(segment));
      for (const entry of entries) {
        if (entry.isDirectory()) continue;
        const relative = joinRelative(dir, entry.name);
        if (!sample && isNestedCandidate(entry.name)) nested.push(joinRelative(root.relative, relative));
      }
      next.push(...subdirectories(dir, entries));
    }
    level = next.sort(compare);
  }
  return nested.sort(compare);
}

function subdirectories(dir: string, entries: fs.Dirent[]): string[] {
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !DEPENDENCY_DIRECTORIES.has(entry.name))
    .map((entry) => joinRelative(dir, entry.name));
}

function isNestedCandidate(name: string): boolean {
  const kind = classifyName(name);
  return kind === 'exact' || kind === 'case' || kind === 'extension';
}

/** Damerau-Levenshtein distance of exactly one: one insertion, deletion, substitution or swap of neighbours. */
export function isOneEditAway(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
