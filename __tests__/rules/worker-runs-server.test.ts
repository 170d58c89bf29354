import { findingsOf } from '../helpers/lint.js';

describe('worker-runs-server', () => {
  it('warns when a process other than web starts a web server, at its name', () => {
    const [finding] = findingsOf('worker-runs-server', 'web: gunicorn app:app\napi: uvicorn main:app --port $PORT\n');
    expect(finding).toMatchObject({ severity: 'warning', line: 2, column: 6, endColumn: 13 });
    expect(finding?.message).toContain('routes HTTP traffic only to the `web` process');
  });

  it('leaves web, release, workers, java -jar and dev servers alone', () => {
    for (const procfile of [
      'web: gunicorn app:app\n',
      'web: gunicorn app:app\nrelease: python manage.py migrate\n',
      'web: gunicorn app:app\nworker: celery -A app worker\n',
      'web: gunicorn app:app\nworker: java -jar worker.jar\n',
      'web: gunicorn app:app\nadmin: flask run\n',
    ]) {
      expect(findingsOf('worker-runs-server', procfile)).toEqual([]);
    }
  });
});
