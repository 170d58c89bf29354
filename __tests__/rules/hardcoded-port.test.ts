import { findingsOf } from '../helpers/lint.js';

describe('hardcoded-port', () => {
  it.each([
    ['web: uvicorn main:app --host 0.0.0.0 --port 8000\n', '--port 8000', '`$PORT`'],
    ['web: gunicorn app:app -b 0.0.0.0:5000\n', '0.0.0.0:5000', '`0.0.0.0:$PORT`'],
    ['web: flask run --host=0.0.0.0 --port=5000\n', '--port=5000', '`--port=$PORT`'],
    ['web: java -Dserver.port=8080 -jar app.jar\n', '-Dserver.port=8080', '`-Dserver.port=$PORT`'],
    ['web: python manage.py runserver 0.0.0.0:8000\n', '0.0.0.0:8000', '`0.0.0.0:$PORT`'],
  ])('reports %j at the port and suggests $PORT', (procfile, _, suggestion) => {
    const [finding] = findingsOf('hardcoded-port', procfile);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain(`Use ${suggestion} instead`);
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
