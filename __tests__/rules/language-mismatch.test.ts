import { findingsIn } from '../helpers/lint.js';

describe('language-mismatch', () => {
  it('is an error on Code Capsules where the build installs only the other runtime (stacks/google_22/run-packages.txt)', () => {
    const [finding] = findingsIn('language-mismatch', 'web: node server.js\n', { 'requirements.txt': '', 'app.py': '' });
    expect(finding).toMatchObject({ severity: 'error', column: 6, endColumn: 10 });
    expect(finding?.message).toContain('a Node.js program');
    expect(finding?.message).toContain('builds it as Python');
    expect(finding?.message).toContain('"command not found"');
  });

  it('warns where another buildpack may add the runtime, and stays quiet when the app lists its buildpacks', () => {
    const files = { 'requirements.txt': '', 'app.py': '' };
    expect(findingsIn('language-mismatch', 'web: node server.js\n', files, { platform: 'heroku' })[0]?.severity).toBe('warning');
    expect(findingsIn('language-mismatch', 'web: node server.js\n', { ...files, '.buildpacks': 'heroku/nodejs\n' }, { platform: 'dokku' })).toEqual([]);
  });

  it('is only a warning when the sources that would change the build may be missing (a requirements.txt, no .py)', () => {
    const [finding] = findingsIn('language-mismatch', 'web: gunicorn app.main:app\n', { 'requirements.txt': '', 'package.json': '{}' });
    expect(finding?.severity).toBe('warning');
  });

  it('names the platform order when both languages are present', () => {
    const files = { 'requirements.txt': '', 'app.py': '', 'package.json': '{}' };
    expect(findingsIn('language-mismatch', 'web: node server.js\n', files)[0]?.message).toContain(
      'Code Capsules builds this app as Python (`app.py`), which it tries before Node.js',
    );
    expect(findingsIn('language-mismatch', 'web: gunicorn app:app\n', files, { platform: 'heroku' })[0]?.message).toContain(
      'Heroku builds this app as Node.js (`package.json`), which it tries before Python',
    );
  });

  it('respects the language setting and matching languages', () => {
    expect(findingsIn('language-mismatch', 'web: gunicorn app:app\n', { 'requirements.txt': '', 'app.py': '' })).toEqual([]);
    expect(findingsIn('language-mismatch', 'web: gunicorn app:app\n', {}, { language: 'python' })).toEqual([]);
  });
});
