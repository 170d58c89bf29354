import { findingsInTree } from '../helpers/lint.js';
import { removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

describe('dockerfile-present', () => {
  it('notes on Code Capsules that a Docker Capsule, if chosen, would not use the Procfile, and advises deleting nothing', async () => {
    const [finding] = await findingsInTree('dockerfile-present', { Procfile: 'web: gunicorn app:app\n', Dockerfile: 'FROM python\n' });
    // A Docker Capsule is a capsule type of its own (codecapsules-io/docusaurus-docs docs/backend/docker).
    expect(finding).toMatchObject({ severity: 'notice', file: 'Procfile', line: 1 });
    expect(finding?.message).toContain('A backend capsule builds with buildpacks and uses this Procfile');
    expect(finding?.message).toContain('a Docker Capsule');
    expect(finding?.message).not.toMatch(/[Dd]elete/);
  });

  it('does not apply where a Dockerfile deploy still reads the Procfile, or without a Procfile', async () => {
    expect(await findingsInTree('dockerfile-present', { Procfile: 'web: x\n', Dockerfile: '' }, '.', { platform: 'dokku' })).toEqual([]);
    expect(await findingsInTree('dockerfile-present', { Dockerfile: '' })).toEqual([]);
  });
});
