/**
 * The app's own files, as the rules read them: inside the workspace only, and small files only (what a rule makes of
 * a manifest over the limit is in __tests__/rules/server-undeclared.test.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diskAppFiles, MAX_APP_FILE_BYTES } from '../src/engine/app-files.js';
import { resolveAppRoot } from '../src/engine/workspace.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

/** The app at `api/` of a workspace, with a file beside the workspace that no lookup may reach. */
function appWithNeighbour() {
  const outside = makeTree({ 'secret.py': 'TOKEN = 1\n', 'requirements.txt': 'gunicorn\n' });
  const workspace = makeTree({ 'api/app.py': '', 'top.py': '' });
  fs.symlinkSync(path.join(outside, 'secret.py'), path.join(workspace, 'api', 'linked.py'));
  fs.symlinkSync(outside, path.join(workspace, 'api', 'linked-dir'));
  const root = resolveAppRoot(workspace, 'api');
  const files = diskAppFiles(root, fs.readdirSync(root.absolute));
  return { files, outsideFromApp: path.relative(root.absolute, outside) };
}

describe('app-file lookups', () => {
  it('find files of the app and of the workspace above it', () => {
    const { files } = appWithNeighbour();
    expect(files.exists('app.py')).toBe(true);
    expect(files.exists('../top.py')).toBe(true);
    expect(files.readText('app.py')).toBe('');
  });

  it('never reach outside the workspace, by a relative path or a symbolic link', () => {
    const { files, outsideFromApp } = appWithNeighbour();
    for (const escape of [`${outsideFromApp}/secret.py`, '../../secret.py', 'linked.py', 'linked-dir/secret.py']) {
      expect([escape, files.exists(escape), files.readText(escape)]).toEqual([escape, false, null]);
    }
    expect(files.isDirectory('linked-dir')).toBe(false);
  });
});

describe('the app-file size limit', () => {
  it('reads a file of exactly the limit, and treats a larger one as there but unreadable', () => {
    const workspace = makeTree({ 'limit.txt': 'x'.repeat(MAX_APP_FILE_BYTES), 'over.txt': 'x'.repeat(MAX_APP_FILE_BYTES + 1) });
    const root = resolveAppRoot(workspace, '.');
    const files = diskAppFiles(root, fs.readdirSync(root.absolute));
    expect(files.readText('limit.txt')?.length).toBe(MAX_APP_FILE_BYTES);
    expect([files.exists('over.txt'), files.readText('over.txt')]).toEqual([true, null]);
  });
});
