/**
 * Writes a report to the file an `--output` names, as the action writes its own files: a folder inside the root
 * (the repository, whose links a pull request controls) must really be inside it, never a link out of it or into
 * `.git`; an existing link or non-file at the target is refused, not followed; and the report is written to a new
 * file beside the target (exclusive create) that is then renamed over it, so a reader never sees half a report.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../engine/types.js';
import { isInside, replaceByRename } from '../engine/workspace.js';

export function writeOutput(cwd: string, root: string, file: string, content: string): void {
  const target = path.resolve(cwd, file);
  const realRoot = fs.realpathSync(root);
  const refuse = (why: string) => new UsageError(`cannot write --output ${file}: ${why}.`);
  const folder = makeFolder(path.dirname(target), { lexical: path.resolve(root), real: realRoot }, refuse);
  const destination = path.join(folder, path.basename(target));
  const existing = lstat(destination);
  if (existing && !existing.isFile())
    throw refuse(
      existing.isSymbolicLink() ? 'it is a symbolic link, which procfile-lint does not write through' : 'it is not a regular file',
    );
  try {
    replaceByRename(destination, content, { mode: existing ? existing.mode & 0o777 : 0o666 });
  } catch (error) {
    throw refuse((error as NodeJS.ErrnoException).code ?? String(error));
  }
}

/**
 * The real path of `folder`, created when missing. Its deepest existing ancestor is checked before anything is
 * created, so no folder is made through a link that leads out of the root.
 */
function makeFolder(folder: string, root: { lexical: string; real: string }, refuse: (why: string) => Error): string {
  const missing: string[] = [];
  let existing = folder;
  while (!lstat(existing)) {
    missing.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  let real: string;
  try {
    real = fs.realpathSync(existing);
  } catch {
    throw refuse('its folder cannot be resolved');
  }
  if (!fs.statSync(real).isDirectory()) throw refuse(`${path.basename(existing)} is not a folder`);
  const lexicallyInside = isInside(root.lexical, existing) || isInside(root.real, existing);
  if (lexicallyInside && !isInside(root.real, real)) throw refuse('its folder is a link that leads out of the root');
  const created = path.join(real, ...missing);
  if (
    isInside(root.real, created) &&
    path
      .relative(root.real, created)
      .split(path.sep)
      .some((part) => part.toLowerCase() === '.git')
  ) {
    throw refuse('it is inside .git');
  }
  if (missing.length > 0) fs.mkdirSync(created, { recursive: true });
  return created;
}

function lstat(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file);
  } catch {
    return null;
  }
}
