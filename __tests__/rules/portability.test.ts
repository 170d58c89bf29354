import { findingsOf } from '../helpers/lint.js';

describe('portability', () => {
  it('notes what other parsers do with a line the platform reads fine', () => {
    const [finding] = findingsOf('portability', 'web: gunicorn app:app\nmy_worker: celery -A app worker # prod\n');
    expect(finding).toMatchObject({ severity: 'notice', line: 2 });
    expect(finding?.message).toContain('Heroku (Fir) renames `my_worker` to `my-worker`');
    // Dokku runs procfile-util without --strict (dokku/dokku plugins/ps), so it reads the name as written.
    expect(finding?.message).not.toContain('Dokku rejects');
  });

  it('notes that Dokku cuts an inline comment off the command only where that changes what bash runs', () => {
    expect(findingsOf('portability', 'web: gunicorn app:app # production\n', { platform: 'heroku' })).toEqual([]);
    expect(findingsOf('portability', 'web: gunicorn app:app --name "api #1"\n', { platform: 'heroku' })[0]?.message).toContain(
      'Dokku runs `gunicorn app:app --name "api`',
    );
  });

  it('is quiet on lines every parser reads the same, and on lines other rules report', () => {
    expect(findingsOf('portability', 'web: gunicorn app:app\nworker: celery -A app worker\n')).toEqual([]);
    expect(findingsOf('portability', 'web: a\nweb: b\n')).toEqual([]);
    expect(findingsOf('portability', 'web:\n  gunicorn app:app\n')).toEqual([]);
  });
});
