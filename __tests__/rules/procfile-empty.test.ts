import { findingsOf } from '../helpers/lint.js';

describe('procfile-empty', () => {
  it.each([[''], ['\n\n  \n'], ['# web: gunicorn app:app\n\n']])('reports %j with the platform error', (content) => {
    const [finding, ...rest] = findingsOf('procfile-empty', content);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 1 });
    expect(finding?.message).toContain('did not find any processes in Procfile');
  });

  it('says whether the file is empty or only has comments', () => {
    expect(findingsOf('procfile-empty', '')[0]?.message).toContain('is empty');
    expect(findingsOf('procfile-empty', '# x\n')[0]?.message).toContain('only comments and blank lines');
  });

  it('leaves files with any process or invalid line to the other rules', () => {
    expect(findingsOf('procfile-empty', 'web: x\n')).toEqual([]);
    expect(findingsOf('procfile-empty', 'python app.py\n')).toEqual([]);
  });
});
