import { findingsInTree } from '../helpers/lint.js';
import { removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

describe('procfile-not-root', () => {
  it('is an error when the only Procfile is in a subdirectory, with both fixes', async () => {
    const [finding] = await findingsInTree('procfile-not-root', { 'backend/Procfile': 'web: x\n', 'README.md': '' });
    expect(finding).toMatchObject({ severity: 'error', file: 'backend/Procfile', line: 1, column: 1 });
    expect(finding?.message).toContain('`git mv backend/Procfile Procfile`');
    expect(finding?.message).toContain('`path: backend`');
  });

  it('is a warning when a root Procfile exists', async () => {
    const findings = await findingsInTree('procfile-not-root', { Procfile: 'web: x\n', 'old/Procfile': '' });
    expect(findings).toMatchObject([{ severity: 'warning', file: 'old/Procfile' }]);
  });

  it('also reports near-miss names below the root', async () => {
    const findings = await findingsInTree('procfile-not-root', { 'app/procfile.txt': '' });
    expect(findings.map((finding) => finding.file)).toEqual(['app/procfile.txt']);
  });

  it('says nothing about Procfiles in dependency folders', async () => {
    expect(await findingsInTree('procfile-not-root', { 'node_modules/foreman/Procfile': '' })).toEqual([]);
  });
});
