import { findingsOf } from '../helpers/lint.js';

describe('missing-web', () => {
  it('reports a Procfile without web, with the build error', () => {
    const [finding] = findingsOf('missing-web', 'worker: celery\nclock: python clock.py\n');
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 1 });
    expect(finding?.message).toContain('web process not found in Procfile');
  });

  it('points at a `Web` written in the wrong case', () => {
    expect(findingsOf('missing-web', 'worker: a\nWeb: b\n')[0]?.message).toContain('Line 2 declares `Web`');
  });

  it('suggests renaming a lone process', () => {
    expect(findingsOf('missing-web', 'server: node index.js\n')[0]?.message).toContain('If `server` on line 1 is the process to run, name it `web`');
  });

  it('stays quiet when web is declared (even on a line other rules flag) or nothing is declared', () => {
    expect(findingsOf('missing-web', 'web : gunicorn app:app\n')).toEqual([]);
    expect(findingsOf('missing-web', '# nothing\n')).toEqual([]);
  });
});
