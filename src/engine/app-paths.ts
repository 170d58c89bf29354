/**
 * Which app folders one run lints: the lines of the `path` input (or the CLI's arguments), each a folder or a glob
 * (`apps/*`), or, with `apps: auto`, every folder below them that holds a Procfile. Globs and the search stay inside
 * the workspace: no absolute path, no `..`, no symbolic link entered, no hidden or dependency folder matched by a
 * wildcard, and a bounded number of entries listed and of apps returned, with a note when a bound is hit.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEPENDENCY_DIRECTORIES, PROCFILE, SAMPLE_DIRECTORIES } from './discover.js';
import { isGlob, matchesSegment, parseGlob, type GlobSegment } from './glob.js';
import { quote } from './quote.js';
import { UsageError } from './types.js';
import { walkDirectories, WALK_LIMITS } from './walk.js';
import { confine, joinRelative, toPosix } from './workspace.js';

/**
 * More apps than this in one run are not linted: each is a summary section, a check run and a SARIF run, and code
 * scanning rejects a SARIF file of more than 20 runs (docs.github.com, code-security/code-scanning/troubleshooting-
 * sarif-uploads/results-exceed-limit: "Runs per file 20"; github/codeql-action#2000 "more runs than allowed (21 > 20)").
 */
export const MAX_APPS = 20;

export interface AppRequest {
  /** The lines of the `path` input or the CLI's directories, each a folder or a glob, relative to the workspace. */
  paths: readonly string[];
  /** `apps: auto`: every folder at or below those that holds a Procfile. */
  auto: boolean;
  /** Names the setting in messages (`Input 'path'`). */
  source: string;
}

export interface AppSelection {
  /** App roots relative to the workspace, `/`-separated, `.` for the workspace itself; no two alike. */
  paths: string[];
  /** One plain folder, as before globs and `auto` existed: reporters keep their single-app names then. */
  single: boolean;
  /** Why the list may be short of what the repository holds (a bound was hit): each a sentence to warn with. */
  notes: string[];
}

export function selectApps(workspace: string, request: AppRequest): AppSelection {
  const root = fs.realpathSync(workspace);
  const lines = request.paths.map((line) => line.trim()).filter(Boolean);
  const given = lines.length > 0 ? lines : ['.'];
  const notes: string[] = [];
  const found: string[] = [];
  for (const line of given) {
    const bases = isGlob(line) ? expandGlob(root, parseGlob(line, request.source), notes) : [line];
    if (bases.length === 0) throw new UsageError(`${request.source}: the glob ${quote(line)} matches no folder.`);
    for (const base of bases) found.push(...(request.auto ? appsBelow(root, base, notes) : [base]));
  }
  const paths = [...new Set(found.map(normalized))];
  if (paths.length > MAX_APPS) {
    notes.push(
      `${request.source} selects more than ${MAX_APPS} apps; only the first ${MAX_APPS} are linted (each is a summary section, a check run and a SARIF run). Split them over several steps, each with its own \`path\`.`,
    );
  }
  const single = !request.auto && given.length === 1 && !isGlob(given[0] as string);
  return { paths: paths.slice(0, MAX_APPS), single, notes };
}

function normalized(relative: string): string {
  // normalize leaves at most one trailing slash (`a/` stays `a/`, `a//` becomes `a/`).
  const posix = path.posix.normalize(relative.replace(/\\/g, '/'));
  const trimmed = posix.length > 1 && posix.endsWith('/') ? posix.slice(0, -1) : posix;
  return trimmed === '' ? '.' : trimmed;
}

/** Folder names a wildcard or the search never enters: dependencies, virtualenvs and build output, and hidden folders. */
function isSkipped(name: string): boolean {
  return name.startsWith('.') || DEPENDENCY_DIRECTORIES.has(name);
}

/** The folders the glob matches, sorted; a symbolic link is never entered, so nothing outside the workspace is listed. */
function expandGlob(root: string, segments: readonly GlobSegment[], notes: string[]): string[] {
  let level = new Set(['']);
  const budget = { entries: WALK_LIMITS.maxEntries };
  for (const segment of segments) {
    const next = new Set<string>();
    for (const dir of level) for (const match of matchSegment(root, dir, segment, budget)) next.add(match);
    level = next;
  }
  if (budget.entries < 0) notes.push(`A glob listed over ${WALK_LIMITS.maxEntries} entries and stopped: it may match more folders.`);
  return [...level].sort().map((dir) => dir || '.');
}

function matchSegment(root: string, dir: string, segment: GlobSegment, budget: { entries: number }): string[] {
  if (segment.kind === 'literal') {
    const candidate = joinRelative(dir, segment.name);
    return isRealDirectory(root, candidate) ? [candidate] : [];
  }
  if (segment.kind === 'wildcard') {
    return subdirectories(root, dir, budget)
      .filter((name) => !isSkipped(name) && matchesSegment(name, segment.pieces))
      .map((name) => joinRelative(dir, name));
  }
  const all: string[] = [];
  walkDirectories(path.join(root, dir), isSkipped, WALK_LIMITS, (below, entries) => {
    budget.entries -= entries.length;
    all.push(below === '' ? dir : joinRelative(dir, below));
    return budget.entries >= 0;
  });
  return all;
}

function subdirectories(root: string, dir: string, budget: { entries: number }): string[] {
  if (budget.entries < 0) return [];
  try {
    const entries = fs.readdirSync(path.join(root, dir), { withFileTypes: true });
    budget.entries -= entries.length;
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** A folder that is no symbolic link and lies inside the workspace, outside `.git`. */
function isRealDirectory(root: string, relative: string): boolean {
  const absolute = path.join(root, relative);
  try {
    return fs.lstatSync(absolute).isDirectory() && confine(root, absolute) === 'inside';
  } catch {
    return false;
  }
}

/**
 * `apps: auto` below `base`: every folder holding a file named `Procfile`, breadth-first and sorted, skipping what a
 * wildcard skips and the folders of tests and samples (their Procfiles are fixtures, not apps). When none holds one,
 * `base` itself is the app, so that its missing Procfile is reported.
 */
function appsBelow(root: string, base: string, notes: string[]): string[] {
  const start = realPath(path.resolve(root, base), base);
  if (confine(root, start) !== 'inside')
    throw new UsageError(`The path ${quote(base)} is outside the workspace; give a directory inside it.`);
  const apps: string[] = [];
  const skip = (name: string) => isSkipped(name) || SAMPLE_DIRECTORIES.has(name);
  const walk = walkDirectories(start, skip, WALK_LIMITS, (dir, entries) => {
    if (entries.some((entry) => entry.name === PROCFILE && !entry.isDirectory())) apps.push(joinRelative(toPosix(base), dir) || '.');
    return apps.length <= MAX_APPS;
  });
  if (walk.limitHit)
    notes.push(`apps: auto stopped after listing ${walk.entries} entries below ${quote(base)}: an app further down may be missed.`);
  return apps.length > 0 ? apps : [base];
}

function realPath(absolute: string, given: string): string {
  try {
    return fs.realpathSync(absolute);
  } catch {
    throw new UsageError(`The path ${quote(given)} does not exist.`);
  }
}
