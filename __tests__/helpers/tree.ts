/** Temporary directory trees for tests that need real files. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export type Tree = Record<string, string | Uint8Array>;

const made: string[] = [];

/** Creates `files` (path -> content; a path ending in `/` is an empty directory) under a new temp directory. */
export function makeTree(files: Tree = {}): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'procfile-lint-')));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(root, name);
    if (name.endsWith('/')) {
      fs.mkdirSync(target, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return root;
}

export function removeTrees(): void {
  for (const root of made.splice(0)) fs.rmSync(root, { recursive: true, force: true });
}
