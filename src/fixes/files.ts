/**
 * Writing fixes to disk, confined like reading (src/engine/workspace.ts): the real path of every file must be inside
 * the workspace and outside `.git`, a link is never followed out of it, and a file is replaced atomically (a temporary
 * file beside it, then a rename) with its mode kept, so a crash leaves the old file or the new one, never half of one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { entryExists, isInside, readFileInside, replaceByRename } from '../engine/workspace.js';

export class FixWriteError extends Error {
  override name = 'FixWriteError';
}

export function readForFix(workspace: string, file: string): Buffer {
  const outcome = readFileInside(workspace, path.join(workspace, file));
  if (!outcome.ok) throw new FixWriteError(`cannot read ${file} to fix it (${outcome.problem}).`);
  return outcome.bytes;
}

/** Replaces the content of the existing file `file` (relative to `workspace`), or creates it when `create`. */
export function writeInside(workspace: string, file: string, bytes: Uint8Array, create = false): void {
  const target = confined(workspace, file, create);
  const mode = create ? 0o644 : fs.statSync(target).mode & 0o7777;
  replaceByRename(target, bytes, {
    mode,
    chmod: true,
    fsync: true,
    beforeRename: () => {
      if (create && entryExists(target)) throw new FixWriteError(`${file} appeared while it was being created; left alone.`);
    },
  });
}

/** Renames `from` to `to` (both relative to `workspace`); refuses to replace anything at `to`. */
export function renameInside(workspace: string, from: string, to: string): void {
  const source = confined(workspace, from, false);
  if (fs.lstatSync(source).isSymbolicLink()) throw new FixWriteError(`${from} is a symbolic link; rename it yourself.`);
  const target = confined(workspace, to, true);
  // A case-only rename on a case-insensitive file system finds the source itself at the target.
  if (entryExists(target) && !sameFile(source, target)) throw new FixWriteError(`${to} already exists; ${from} was not renamed.`);
  fs.renameSync(source, target);
}

/**
 * The real path to write for `file`: its directory resolved through links and inside the workspace; an existing
 * file must be a regular file whose real path is inside too (a link to it is followed only within the workspace).
 */
function confined(workspace: string, file: string, mayBeMissing: boolean): string {
  const joined = path.resolve(workspace, file);
  let directory: string;
  try {
    directory = fs.realpathSync(path.dirname(joined));
  } catch {
    throw new FixWriteError(`the directory of ${file} does not exist.`);
  }
  const lexical = path.join(directory, path.basename(joined));
  let real = lexical;
  if (entryExists(lexical)) {
    real = fs.realpathSync(lexical);
    if (!fs.statSync(real).isFile()) throw new FixWriteError(`${file} is not a regular file.`);
  } else if (!mayBeMissing) {
    throw new FixWriteError(`${file} does not exist.`);
  }
  if (!isInside(workspace, real) || path.relative(workspace, real).split(path.sep).includes('.git')) {
    throw new FixWriteError(`${file} leads outside the workspace (or into .git); not written.`);
  }
  return real;
}

function sameFile(a: string, b: string): boolean {
  const [x, y] = [fs.statSync(a), fs.statSync(b)];
  return x.ino === y.ino && x.dev === y.dev;
}
