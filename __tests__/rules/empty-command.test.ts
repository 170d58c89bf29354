import { findingsOf } from '../helpers/lint.js';

describe('empty-command', () => {
  it('says when Code Capsules takes the next process line as the command, losing that process', () => {
    const [finding] = findingsOf('empty-command', 'web:\nworker: celery -A app worker\n');
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 1, endColumn: 5 });
    expect(finding?.message).toContain('takes line 2 as its command');
    expect(finding?.message).toContain('would run `worker: celery -A app worker`');
  });

  it('is a warning when the next line is a command that happens to work on Code Capsules only', () => {
    const [finding] = findingsOf('empty-command', 'web:\n    gunicorn app:app\n');
    expect(finding).toMatchObject({ severity: 'warning', line: 1 });
    expect(finding?.message).toContain('works there by accident');
  });

  it('says the line is ignored when nothing follows', () => {
    const [finding] = findingsOf('empty-command', 'worker: celery\nweb:\n');
    expect(finding).toMatchObject({ severity: 'error', line: 2 });
    expect(finding?.message).toContain('Code Capsules skips it, as do Heroku, foreman and honcho; Heroku (Fir) and Dokku reject the whole Procfile');
  });

  it('says an empty command would be started when only spaces follow at the end of the file', () => {
    expect(findingsOf('empty-command', 'web:   \n')[0]?.message).toContain('start it with an empty command');
  });

  it('accepts commands', () => {
    expect(findingsOf('empty-command', 'web:gunicorn app:app\nworker: x\n')).toEqual([]);
  });
});

describe('empty-command when the swallowed line runs nothing', () => {
  it('is an error when the next line is a comment or blank to the platform', () => {
    expect(findingsOf('empty-command', 'web:\n# gunicorn app:app\n')[0]).toMatchObject({ severity: 'error' });
    expect(findingsOf('empty-command', 'web:\n# gunicorn app:app\n')[0]?.message).toContain('bash reads it as a comment');
    expect(findingsOf('empty-command', 'web:\n\u00a0\nworker: x\n')[0]).toMatchObject({ severity: 'error' });
  });
});
