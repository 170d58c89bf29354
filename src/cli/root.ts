/**
 * Which folder the CLI reports paths from, and which app it lints. Paths are relative to `--root`, by default the
 * git top level (found by walking up to a `.git` entry: a folder, or the file of a worktree or submodule; git itself
 * is never run), else the current folder: so `procfile-lint .` in a `run:` step with `working-directory: backend`
 * reports `backend/Procfile`, the path GitHub annotates.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../engine/types.js';
import { entryExists, isInside, toPosix } from '../engine/workspace.js';

export interface Placement {
  /** The folder paths are reported relative to: the engine's workspace (which refuses an app that a link takes out of it). */
  root: string;
  /** The app root relative to `root`, `/`-separated (`.` for the root itself). */
  appPath: string;
}

/** Where the app in `appDir` sits, for `--root` (undefined: the default) given on the command line in `cwd`. */
export function placeApp(cwd: string, appDir: string, rootOption: string | undefined): Placement {
  // Lexical paths: a link in the app's path must not choose the root; the engine resolves links and refuses one out.
  const app = path.resolve(cwd, appDir);
  const root = rootOption === undefined ? defaultRoot(cwd, app) : checkedDirectory(path.resolve(cwd, rootOption), rootOption);
  if (!isInside(root, app)) {
    throw new UsageError(`The app '${appDir}' is outside --root '${rootOption}'; give a --root that holds it.`);
  }
  return { root, appPath: toPosix(path.relative(root, app)) || '.' };
}

/** The folder of a file argument (a Procfile, or any file of the app), else the argument itself. */
export function appDirectoryOf(cwd: string, target: string): string {
  try {
    return fs.statSync(path.resolve(cwd, target)).isDirectory() ? target : path.dirname(target);
  } catch {
    return target; // The engine says it does not exist.
  }
}

function defaultRoot(cwd: string, app: string): string {
  return gitTopLevel(app) ?? (isInside(cwd, app) ? cwd : app);
}

/** The nearest folder at or above `start` that holds a `.git` entry, or null. */
export function gitTopLevel(start: string): string | null {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (entryExists(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

function checkedDirectory(dir: string, given: string): string {
  try {
    if (fs.statSync(dir).isDirectory()) return dir;
  } catch {
    // reported below
  }
  throw new UsageError(`--root '${given}' is not a directory.`);
}
