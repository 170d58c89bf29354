import { findingsInTree } from '../helpers/lint.js';
import { removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

describe('dockerfile-present', () => {
  it('warns on Code Capsules that the Procfile is ignored beside a Dockerfile', async () => {
    const [finding] = await findingsInTree('dockerfile-present', { Procfile: 'web: gunicorn app:app\n', Dockerfile: 'FROM python\n' });
    expect(finding).toMatchObject({ severity: 'warning', file: 'Procfile', line: 1 });
    expect(finding?.message).toContain('Docker capsule');
  });

  it('does not apply where a Dockerfile deploy still reads the Procfile, or without a Procfile', async () => {
    expect(await findingsInTree('dockerfile-present', { Procfile: 'web: x\n', Dockerfile: '' }, '.', { platform: 'dokku' })).toEqual([]);
    expect(await findingsInTree('dockerfile-present', { Dockerfile: '' })).toEqual([]);
  });
});
