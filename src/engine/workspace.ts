/**
 * File access confined to the workspace: every path is resolved through symlinks and refused when it lands
 * outside, nothing but regular files is opened (a FIFO would block), and nothing over the size limit is read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { crypto } from './crypto.js';
import { UsageError } from './types.js';

/** Larger Procfiles are refused, not read: real ones are a few hundred bytes. */
export const MAX_PROCFILE_BYTES = 1024 * 1024;

export interface AppRoot {
  /** Real path of the workspace. */
  workspace: string;
  /** Real path of the app root, inside the workspace. */
  absolute: string;
  /** The app root relative to the workspace as configured (normalised, links not resolved), `/`-separated; `''` for the workspace itself. */
  relative: string;
}

export function resolveAppRoot(workspace: string, appPath: string): AppRoot {
  const workspaceReal = realDirectory(workspace, `The workspace ${workspace}`);
  const requested = path.resolve(workspaceReal, appPath);
  const absolute = realDirectory(requested, `The path '${appPath}'`);
  if (!isInside(workspaceReal, absolute)) {
    throw new UsageError(`The path '${appPath}' is outside the workspace; give a directory inside it.`);
  }
  // Paths in findings and outputs are the configured path, normalised, not the name of a link's target: a pull
  // request could name that target anything (`$(id)`, `::error::`), and a `run:` script may use the outputs.
  const named = isInside(workspaceReal, requested) ? requested : absolute;
  return { workspace: workspaceReal, absolute, relative: toPosix(path.relative(workspaceReal, named)) };
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
  const confinement = confine(workspace, real);
  if (confinement === 'outside') return { ok: false, problem: 'link-outside' };
  if (confinement === 'git') return { ok: false, problem: 'link-into-git' };
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
 * Where a real path (symbolic links resolved) lies: inside the workspace and outside `.git` (`'inside'`), or not.
 * `.git` holds git's own files, never a Procfile, and actions/checkout writes the job's token into `.git/config`: a
 * Procfile linked there would have its lines quoted in findings, and a report written there would rewrite git's
 * configuration. `.GIT` is the same folder on the case-insensitive file systems of macOS and Windows runners.
 */
export function confine(workspace: string, real: string): 'inside' | 'outside' | 'git' {
  if (!isInside(workspace, real)) return 'outside';
  const segments = path.relative(workspace, real).split(path.sep);
  return segments.some((segment) => segment.toLowerCase() === '.git') ? 'git' : 'inside';
}

/** Why a report file was not written. */
export type WriteProblem = 'outside' | 'into-git' | 'not-a-folder' | 'directory' | 'not-regular' | 'permission' | 'io-error';

export type WriteOutcome = { ok: true } | { ok: false; problem: WriteProblem };

/**
 * Writes `content` to `file` (relative to `workspace`) as confined as a read: each folder on the way is resolved
 * through its symbolic links and must stay inside the workspace and outside `.git`; missing folders are created
 * one at a time (so `mkdir -p` cannot follow a link out); an existing target must be a regular file or a symbolic
 * link, which is replaced, never followed. The content goes to a new temporary file in the same folder, created
 * exclusively without following links, then renamed over the target.
 */
export function writeFileInside(workspace: string, file: string, content: string): WriteOutcome {
  try {
    const root = fs.realpathSync(workspace);
    const target = path.resolve(root, file);
    if (confine(root, target) !== 'inside') return { ok: false, problem: confine(root, target) === 'git' ? 'into-git' : 'outside' };
    const folder = makeFolderInside(root, path.relative(root, path.dirname(target)));
    if (typeof folder !== 'string') return folder;
    const final = path.join(folder, path.basename(target));
    const existing = lstatOrNull(final);
    if (existing?.isDirectory()) return { ok: false, problem: 'directory' };
    if (existing && !existing.isFile() && !existing.isSymbolicLink()) return { ok: false, problem: 'not-regular' };
    replaceByRename(final, content, { mode: 0o644 });
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: classifyWrite(error) };
  }
}

/** The real path of `relative` below `root`, creating what is missing, or why it cannot be used. */
function makeFolderInside(root: string, relative: string): string | { ok: false; problem: WriteProblem } {
  let folder = root;
  for (const segment of relative === '' ? [] : relative.split(path.sep)) {
    const next = path.join(folder, segment);
    const stat = lstatOrNull(next);
    if (!stat) fs.mkdirSync(next);
    const real = fs.realpathSync(next);
    const where = confine(root, real);
    if (where !== 'inside') return { ok: false, problem: where === 'git' ? 'into-git' : 'outside' };
    if (!fs.statSync(real).isDirectory()) return { ok: false, problem: 'not-a-folder' };
    folder = real;
  }
  return folder;
}

/**
 * Replaces `final` with `content`: a new file beside it, created exclusively without following a link (so nothing
 * planted at its name is written through), is renamed over it, so a reader sees the old content or the new, never
 * half of it. The new file is removed when anything fails. `chmod` sets `mode` exactly (not masked by the umask);
 * `fsync` flushes the content before the rename; `beforeRename` may still refuse.
 */
export function replaceByRename(
  final: string,
  content: string | Uint8Array,
  { mode, chmod = false, fsync = false, beforeRename }: { mode: number; chmod?: boolean; fsync?: boolean; beforeRename?: () => void },
): void {
  const temporary = path.join(path.dirname(final), `.${path.basename(final)}.${crypto().randomBytes(6).toString('hex')}.tmp`);
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW;
  const fd = fs.openSync(temporary, flags, mode);
  try {
    try {
      fs.writeFileSync(fd, content);
      if (chmod) fs.fchmodSync(fd, mode);
      if (fsync) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    beforeRename?.();
    fs.renameSync(temporary, final);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Whether anything is at `file`, a dangling symbolic link included (it is not followed); `false` when it cannot be seen. */
export function entryExists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function lstatOrNull(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

function classifyWrite(error: unknown): WriteProblem {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'not-a-folder';
    case 'EISDIR':
      return 'directory';
    default:
      return 'io-error';
  }
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
