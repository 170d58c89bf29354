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
  /** Suffixes to look for in entry names, lower-case when `caseInsensitive` lists them. */
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
  const wanted = request.suffixes.filter((suffix, index, all) => all.indexOf(suffix) === index);
  const folded = new Set(request.caseInsensitive ?? []);
  let entries = 0;
  let level: string[] = [''];
  for (let depth = 0; level.length > 0 && depth <= limits.maxDepth; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      const listed = list(path.join(root, dir));
      if (entries + listed.length > limits.maxEntries) return { found, entries, limitHit: true, stoppedEarly: false };
      entries += listed.length;
      listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of listed) {
        const name = entry.name;
        for (const suffix of wanted) {
          if (found.has(suffix)) continue;
          const matches = folded.has(suffix) ? name.toLowerCase().endsWith(suffix) : name.endsWith(suffix);
          if (matches) found.set(suffix, dir === '' ? name : `${dir}/${name}`);
        }
        if (entry.isDirectory() && !request.skip.has(name)) next.push(dir === '' ? name : `${dir}/${name}`);
      }
      if (found.size === wanted.length) return { found, entries, limitHit: false, stoppedEarly: true };
    }
    level = next;
  }
  return { found, entries, limitHit: level.length > 0, stoppedEarly: false };
}

function list(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
