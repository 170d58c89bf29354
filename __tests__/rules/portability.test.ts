import { portability } from '../../src/rules/portability.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(portability, {
  valid: [
    'web: gunicorn app:app\nworker: celery -A app worker\n',
    'web: a\nweb: b\n',
    'web:\n  gunicorn app:app\n',
    'web: gunicorn app:app # production\n',
  ],
  invalid: [
    {
      code: 'web: gunicorn app:app\nmy_worker: celery -A app worker # prod\n',
      errors: {
        codecapsules: [{ line: 2, column: 1, endLine: 2, endColumn: 39, message: /reads this line as intended/ }],
        // Fir normalises `_` to `-` in keys (heroku/buildpacks-procfile SPEC.md), so `my_worker` is not the same name there.
        heroku: [
          {
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 39,
            message: /Heroku reads this line as intended, but Heroku \(Fir\) renames `my_worker` to `my-worker`/,
          },
        ],
        'heroku-fir': [],
        dokku: [
          {
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 39,
            message: /Dokku reads this line as intended, but Heroku \(Fir\) renames `my_worker` to `my-worker`/,
          },
        ],
      },
    },
    {
      code: 'web: gunicorn app:app --name "api #1"\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 38, message: /reads this line as intended/ }],
    },
  ],
});
