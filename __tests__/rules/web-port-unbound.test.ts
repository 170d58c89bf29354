import { findingsIn, findingsOf } from '../helpers/lint.js';

const unbound = (procfile: string, files: Record<string, string> = {}) => findingsIn('web-port-unbound', procfile, files);

describe('web-port-unbound', () => {
  it('reports servers that listen on their own default port, pointing at the program', () => {
    const [finding] = findingsOf('web-port-unbound', 'web: hypercorn app:app\n', { platform: 'heroku' });
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 6, endColumn: 15 });
    // Code Capsules' Network Port can be set to 8000: a warning there.
    expect(unbound('web: hypercorn app:app\n')[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('Network Port setting of the capsule is set to 8000') });
    expect(finding?.message).toContain('`hypercorn` listens on port 8000');
    expect(finding?.message).toContain('Add `--bind 0.0.0.0:$PORT`');
    expect(unbound('web: python manage.py runserver\n')[0]?.message).toContain('Add `0.0.0.0:$PORT`');
  });

  it('is a warning where an environment variable could set the port', () => {
    const [finding] = unbound('web: uvicorn main:app --host 0.0.0.0\n');
    expect(finding).toMatchObject({ severity: 'warning' });
    expect(finding?.message).toContain('unless `UVICORN_PORT` is set');
  });

  it.each([
    ['gunicorn reads PORT by itself', 'web: gunicorn app:app\n'],
    ['a port option', 'web: uvicorn main:app --host 0.0.0.0 --port $PORT\n'],
    ['a bind option', 'web: hypercorn app:app -b 0.0.0.0:${PORT:-8000}\n'],
    ['an environment variable', 'web: FLASK_RUN_PORT=$PORT flask run --host 0.0.0.0\n'],
    ['a config file', 'web: hypercorn -c hypercorn.toml app:app\n'],
    ['a unix socket', 'web: uvicorn main:app --uds /tmp/app.sock\n'],
    ['an unknown program', 'web: ./bin/server\n'],
    ['a worker', 'worker: uvicorn main:app\nweb: gunicorn app:app\n'],
    ['rails, which reads PORT', 'web: bundle exec rails server\n'],
  ])('stays quiet for %s', (_, procfile) => {
    expect(unbound(procfile)).toEqual([]);
  });

  it('reads Spring Boot ports from -Dserver.port and application.properties', () => {
    expect(unbound('web: java -jar target/app.jar\n')).toMatchObject([{ severity: 'warning' }]);
    expect(unbound('web: java -Dserver.port=$PORT -jar target/app.jar\n')).toEqual([]);
    expect(unbound('web: java -jar target/app.jar\n', { 'src/main/resources/application.properties': 'server.port=${PORT:8080}' })).toEqual([]);
  });

  it('says nothing about Spring Boot when the app files are unknown', () => {
    expect(findingsOf('web-port-unbound', 'web: java -jar target/app.jar\n')).toEqual([]);
  });
});
