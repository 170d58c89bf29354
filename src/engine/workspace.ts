/**
 * File access confined to the workspace: every path is resolved through symlinks and refused when it lands
 * outside, nothing but regular files is opened (a FIFO would block), and nothing over the size limit is read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './types.js';

/** Larger Procfiles are refused, not read: real ones are a few hundred bytes. */
export const MAX_PROCFILE_BYTES = 1024 * 1024;

export interface AppRoot {
  /** Real path of the workspace. */
  workspace: string;
  /** Real path of the app root, inside the workspace. */
  absolute: string;
  /** The app root relative to the workspace, `/`-separated; `''` for the workspace itself. */
  relative: string;
}

export function resolveAppRoot(workspace: string, appPath: string): AppRoot {
  const workspaceReal = realDirectory(workspace, `The workspace ${workspace}`);
  const requested = path.resolve(workspaceReal, appPath);
  const absolute = realDirectory(requested, `The path '${appPath}'`);
  if (!isInside(workspaceReal, absolute)) {
    throw new UsageError(`The path '${appPath}' is outside the workspace (${workspaceReal}); give a directory inside it.`);
  }
  return { workspace: workspaceReal, absolute, relative: toPosix(path.relative(workspaceReal, absolute)) };
}

function realDirectory(target: string, what: string): string {
  let real: string;
  try {
    real = fs.realpathSync(target);
  } catch {
    throw new UsageError(`${what} does not exist.`);
  }
  if (!fs.statSync(real).isDirectory()) throw new UsageError(`${what} is not a directory.`);
  return real;
}

export function isInside(parent: string, child: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
}

export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}

export function joinRelative(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** Why a file was not read. */
export type ReadProblem =
  | 'missing'
  | 'dangling-link'
  | 'link-outside'
  | 'link-into-git'
  | 'link-loop'
  | 'directory'
  | 'not-regular'
  | 'too-large'
  | 'permission'
  | 'io-error';

export type ReadOutcome = { ok: true; bytes: Buffer } | { ok: false; problem: ReadProblem };

/** Reads a regular file inside `workspace`, or says why it will not. */
export function readFileInside(workspace: string, file: string, maxBytes = MAX_PROCFILE_BYTES): ReadOutcome {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch (error) {
    return { ok: false, problem: isLink(file) && errorCode(error) === 'ENOENT' ? 'dangling-link' : classify(error) };
  }
  if (!isInside(workspace, real)) return { ok: false, problem: 'link-outside' };
  if (isInGitDirectory(workspace, real)) return { ok: false, problem: 'link-into-git' };
  let fd: number;
  try {
    fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, problem: classify(error) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, problem: 'directory' };
    if (!stat.isFile()) return { ok: false, problem: 'not-regular' };
    if (stat.size > maxBytes) return { ok: false, problem: 'too-large' };
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) return { ok: false, problem: 'too-large' };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, problem: classify(error) };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * `.git` holds git's own files, never a Procfile, and actions/checkout writes the job's token into `.git/config`: a
 * Procfile linked there would have its lines quoted in findings.
 */
function isInGitDirectory(workspace: string, real: string): boolean {
  return path.relative(workspace, real).split(path.sep).includes('.git');
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

function classify(error: unknown): ReadProblem {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'ELOOP':
      return 'link-loop';
    case 'ENOENT':
      return 'missing';
    case 'EISDIR':
      return 'directory';
    default:
      return 'io-error';
  }
}

/**
 * The names in `dir`, sorted, at most `max` of them, when `dir` is a directory whose real path is inside `workspace`;
 * otherwise none. Entries are read one at a time, so a huge folder costs no more than `max` reads.
 */
export function listDirectoryInside(workspace: string, dir: string, max: number): string[] {
  try {
    const real = fs.realpathSync(dir);
    if (!isInside(workspace, real)) return [];
    const names: string[] = [];
    const handle = fs.opendirSync(real);
    try {
      for (let entry = handle.readSync(); entry && names.length < max; entry = handle.readSync()) names.push(entry.name);
    } finally {
      handle.closeSync();
    }
    return names.sort();
  } catch {
    return [];
  }
}
