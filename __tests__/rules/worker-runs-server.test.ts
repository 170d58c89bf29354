import type { PlatformProfile } from '../../src/platforms/index.js';
import { workerRunsServer } from '../../src/rules/worker-runs-server.js';
import { testRule } from '../helpers/rule-tester.js';

const unrouted = (advice: string) => (platform: PlatformProfile) =>
  `\`api\` starts \`uvicorn\`, a web server, but ${platform.name} routes HTTP traffic only to the \`web\` process, so nothing reaches this one. ${advice}`;

testRule(workerRunsServer, {
  valid: [
    'web: gunicorn app:app\n',
    // One-off processes, workers, java -jar (which may be anything) and dev servers are left alone.
    'web: gunicorn app:app\nrelease: python manage.py migrate\n',
    'web: gunicorn app:app\nworker: celery -A app worker\n',
    'web: gunicorn app:app\nworker: java -jar worker.jar\n',
    'web: gunicorn app:app\nadmin: flask run\n',
  ],
  invalid: [
    {
      name: 'a server in a second process, at its name',
      code: 'web: gunicorn app:app\napi: uvicorn main:app --port $PORT\n',
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 13,
          message: unrouted('If it is a second copy of the app, drop it; if it serves something else, serve that from `web`.'),
        },
      ],
    },
    {
      name: 'the only server, in a process not named web',
      code: 'api: uvicorn main:app --port $PORT\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 13, message: unrouted('Name the process `web`.') }],
    },
  ],
});
