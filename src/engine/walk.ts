/**
 * The walk of the whole app tree that platforms detecting a language "anywhere" need (Google's buildpacks:
 * pkg/gcpbuildpack/filepath.go HasAtLeastOneOutsideDependencyDirectories, a `filepath.Walk` matching every entry's
 * name). It looks for the first entry whose name ends in each wanted suffix, never follows a symlink (as
 * `filepath.Walk`, which uses Lstat), skips only what it is told to skip, stops as soon as every suffix is found, and
 * lists at most `maxEntries` entries: a bound on work, not on time, so the answer never depends on the machine.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface WalkRequest {
  /** Extensions (`.py`) to look for in entry names, lower-case when `caseInsensitive` lists them. */
  suffixes: readonly string[];
  /** Suffixes matched without regard to case (`.csproj`: pkg/dotnet/dotnet.go uses `(?i)`). */
  caseInsensitive?: readonly string[];
  /** Directory names not entered at all. */
  skip: ReadonlySet<string>;
}

export interface WalkResult {
  /** The first entry found for each suffix, relative to the app root, `/`-separated (breadth-first, sorted). */
  found: ReadonlyMap<string, string>;
  /** Entries listed. */
  entries: number;
  /** The walk stopped at the entry limit before it had seen the whole tree: a suffix not found may still exist. */
  limitHit: boolean;
  /** Every suffix was found, so the walk stopped early. */
  stoppedEarly: boolean;
}

/**
 * Enough for large monorepos; the walk stops there and says so. Directories deeper than `maxDepth` are not entered
 * (a cycle is impossible without symlinks, but a pathological tree is not).
 */
export const WALK_LIMITS = { maxEntries: 300_000, maxDepth: 64 };

export function walkTree(root: string, request: WalkRequest, limits = WALK_LIMITS): WalkResult {
  const found = new Map<string, string>();
  // Every suffix is an extension (`.py`): one lookup per entry instead of one comparison per suffix.
  const exact = new Set(request.suffixes.filter((suffix) => !request.caseInsensitive?.includes(suffix)));
  const folded = new Set(request.caseInsensitive ?? []);
  const wanted = exact.size + folded.size;
  const walk = walkDirectories(
    root,
    (name) => request.skip.has(name),
    limits,
    (dir, listed) => {
      for (const { name } of listed) {
        const dot = name.lastIndexOf('.');
        if (dot === -1) continue;
        const extension = name.slice(dot);
        const key = exact.has(extension)
          ? extension
          : folded.size > 0 && folded.has(extension.toLowerCase())
            ? extension.toLowerCase()
            : null;
        // The first name in sorted order within a directory, so the evidence does not depend on the file system.
        if (key !== null && !(found.has(key) && !isEarlierHere(found.get(key) as string, dir, name))) found.set(key, join(dir, name));
      }
      return found.size !== wanted;
    },
  );
  return { found, entries: walk.entries, limitHit: walk.limitHit, stoppedEarly: walk.stopped };
}

export interface DirectoryWalk {
  /** Entries listed. */
  entries: number;
  /** The walk stopped at the entry limit or the depth limit before it had seen the whole tree. */
  limitHit: boolean;
  /** `visit` asked to stop. */
  stopped: boolean;
}

/**
 * Lists the tree below `root` breadth-first, each level in sorted order, calling `visit` with each directory (relative
 * to `root`, `''` for the root) and its entries; `visit` returns false to stop. Symbolic links are never entered (a
 * Dirent of a link is not a directory), directories `skip` names are not entered, and no more than the limits are
 * listed.
 */
export function walkDirectories(
  root: string,
  skip: (name: string) => boolean,
  limits: typeof WALK_LIMITS,
  visit: (dir: string, entries: fs.Dirent[]) => boolean,
): DirectoryWalk {
  let entries = 0;
  let level: string[] = [''];
  for (let depth = 0; level.length > 0 && depth <= limits.maxDepth; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      const listed = list(path.join(root, dir));
      if (entries + listed.length > limits.maxEntries) return { entries, limitHit: true, stopped: false };
      entries += listed.length;
      if (!visit(dir, listed)) return { entries, limitHit: false, stopped: true };
      const subdirectories = listed.filter((entry) => entry.isDirectory() && !skip(entry.name)).map((entry) => join(dir, entry.name));
      next.push(...subdirectories.sort());
    }
    level = next;
  }
  return { entries, limitHit: level.length > 0, stopped: false };
}

/** Whether `name` in `dir` sorts before `current`, when `current` was found in that same directory. */
function isEarlierHere(current: string, dir: string, name: string): boolean {
  const prefix = dir === '' ? '' : `${dir}/`;
  return current.startsWith(prefix) && !current.slice(prefix.length).includes('/') && name < current.slice(prefix.length);
}

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

function list(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** What `walkTree` would find in a tree made of these paths (`/`-separated, relative to the app root). */
export function findInPaths(paths: readonly string[], request: WalkRequest | null): Map<string, string> {
  const found = new Map<string, string>();
  if (!request) return found;
  const folded = new Set(request.caseInsensitive ?? []);
  const sorted = [...paths].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
  for (const file of sorted) {
    const segments = file.replace(/\/$/, '').split('/');
    if (segments.slice(0, -1).some((segment) => request.skip.has(segment))) continue;
    const name = segments.at(-1) ?? '';
    const dot = name.lastIndexOf('.');
    if (dot === -1) continue;
    const extension = name.slice(dot);
    const key =
      request.suffixes.includes(extension) && !folded.has(extension)
        ? extension
        : folded.has(extension.toLowerCase())
          ? extension.toLowerCase()
          : null;
    if (key !== null && !found.has(key)) found.set(key, segments.join('/'));
  }
  return found;
}
