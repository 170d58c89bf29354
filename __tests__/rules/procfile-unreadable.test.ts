import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../src/lint.js';
import { procfileUnreadable } from '../../src/rules/procfile-unreadable.js';
import { testRule } from '../helpers/rule-tester.js';
import { makeTree, removeTrees } from '../helpers/tree.js';

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

testRule(procfileUnreadable, {
  valid: [{ tree: { Procfile: 'web: x\n' } }, { tree: { 'package.json': '{}' } }],
  invalid: [
    {
      tree: { 'Procfile/': '' },
      errors: [
        {
          ...START,
          severity: 'error',
          message: (platform) =>
            `\`Procfile\` is a directory, not a file, so it was not checked and ${platform.name} cannot use it either. Commit the Procfile as a plain text file at the app root.`,
        },
      ],
    },
    {
      name: 'a Procfile over the size limit',
      tree: { Procfile: Buffer.alloc(1024 * 1024 + 1, 0x61) },
      errors: [
        {
          ...START,
          severity: 'error',
          message:
            '`Procfile` is larger than 1024 KiB, the most procfile-lint reads (a real Procfile is a few lines), so it was not checked. Commit the Procfile as a plain text file at the app root.',
        },
      ],
    },
  ],
});

describe('procfile-unreadable and symbolic links', () => {
  afterEach(removeTrees);

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
