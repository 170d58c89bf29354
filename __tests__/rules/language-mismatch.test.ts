import { findingsIn } from '../helpers/lint.js';

describe('language-mismatch', () => {
  it('warns when a process needs a runtime the app does not get', () => {
    const [finding] = findingsIn('language-mismatch', 'web: node server.js\n', { 'requirements.txt': '', 'app.py': '' });
    expect(finding).toMatchObject({ severity: 'warning', column: 6, endColumn: 10 });
    expect(finding?.message).toContain('a Node.js program');
    expect(finding?.message).toContain('builds it as Python');
  });

  it('names the platform order when both languages are present', () => {
    const files = { 'requirements.txt': '', 'package.json': '{}' };
    expect(findingsIn('language-mismatch', 'web: node server.js\n', files)[0]?.message).toContain(
      'Code Capsules builds this app as Python (`requirements.txt`), which it tries before Node.js',
    );
    expect(findingsIn('language-mismatch', 'web: gunicorn app:app\n', files, { platform: 'heroku' })[0]?.message).toContain(
      'Heroku builds this app as Node.js (`package.json`), which it tries before Python',
    );
  });

  it('respects the language setting and matching languages', () => {
    expect(findingsIn('language-mismatch', 'web: gunicorn app:app\n', { 'requirements.txt': '' })).toEqual([]);
    expect(findingsIn('language-mismatch', 'web: gunicorn app:app\n', {}, { language: 'python' })).toEqual([]);
  });
});
