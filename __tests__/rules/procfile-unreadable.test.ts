import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../src/lint.js';
import { makeTree, removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

describe('procfile-unreadable', () => {
  it('reports a directory named Procfile, and lints nothing', async () => {
    const result = await lint({ workspace: makeTree({ 'Procfile/': '' }) });
    expect(result.procfile).toBeNull();
    expect(result.findings).toMatchObject([
      { rule: 'procfile-unreadable', severity: 'error', file: 'Procfile', message: expect.stringContaining('is a directory') },
    ]);
  });

  it('reports a symlink out of the repository without reading its target', async () => {
    const outside = makeTree({ target: 'web: leaked\n' });
    const workspace = makeTree();
    fs.symlinkSync(path.join(outside, 'target'), path.join(workspace, 'Procfile'));
    const result = await lint({ workspace });
    expect(result.processes).toEqual([]);
    expect(JSON.stringify(result)).not.toContain('leaked');
    expect(result.findings[0]?.message).toContain('symbolic link to a file outside the repository');
  });
});

describe('procfile-unreadable wording', () => {
  it('does not blame the platform for a limit of procfile-lint', async () => {
    const result = await lint({ workspace: makeTree({ Procfile: Buffer.alloc(1024 * 1024 + 1, 0x61) }) });
    expect(result.findings[0]?.message).toContain('larger than 1024 KiB, the most procfile-lint reads (a real Procfile is a few lines), so it was not checked');
    expect(result.findings[0]?.message).not.toContain('cannot use it either');
  });
});
