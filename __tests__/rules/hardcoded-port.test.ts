import { findingsOf } from '../helpers/lint.js';

describe('hardcoded-port', () => {
  it.each([
    ['web: uvicorn main:app --host 0.0.0.0 --port 8000\n', '--port 8000', '`$PORT`'],
    ['web: gunicorn app:app -b 0.0.0.0:5000\n', '0.0.0.0:5000', '`0.0.0.0:$PORT`'],
    ['web: flask run --host=0.0.0.0 --port=5000\n', '--port=5000', '`--port=$PORT`'],
    ['web: java -Dserver.port=8080 -jar app.jar\n', '-Dserver.port=8080', '`-Dserver.port=$PORT`'],
    ['web: python manage.py runserver 0.0.0.0:8000\n', '0.0.0.0:8000', '`0.0.0.0:$PORT`'],
  ])('reports %j at the port and suggests $PORT', (procfile, _, suggestion) => {
    const [finding] = findingsOf('hardcoded-port', procfile, { platform: 'heroku' });
    // Heroku's router picks $PORT per dyno: no fixed port works (R10).
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain(`Use ${suggestion} instead`);
  });

  it('is a warning on Code Capsules, naming the Network Port setting, 3000 being its default (configure.md)', () => {
    const [other] = findingsOf('hardcoded-port', 'web: gunicorn app:app -b 0.0.0.0:8000\n');
    expect(other).toMatchObject({ severity: 'warning' });
    expect(other?.message).toContain('works only if the Network Port setting of the capsule is set to 8000');
    const [default3000] = findingsOf('hardcoded-port', 'web: gunicorn app:app -b 0.0.0.0:3000\n');
    expect(default3000).toMatchObject({ severity: 'warning' });
    expect(default3000?.message).toContain("that is Code Capsules's default");
    expect(findingsOf('hardcoded-port', 'web: gunicorn app:app -b 0.0.0.0:5000\n', { platform: 'dokku' })[0]?.message).toContain("Dokku's default");
  });

  it('points at the word that gives the port', () => {
    expect(findingsOf('hardcoded-port', 'web: uvicorn main:app --port 8000\n')[0]).toMatchObject({ column: 30, endColumn: 34 });
  });

  it('accepts $PORT in any form, and other processes', () => {
    for (const procfile of [
      'web: uvicorn main:app --port $PORT\n',
      'web: uvicorn main:app --port "${PORT:-8000}"\n',
      'worker: uvicorn main:app --port 9000\nweb: gunicorn app:app\n',
    ]) {
      expect(findingsOf('hardcoded-port', procfile)).toEqual([]);
    }
  });
});
