import { emptyCommand } from '../../src/rules/empty-command.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(emptyCommand, {
  valid: ['web:gunicorn app:app\nworker: x\n'],
  invalid: [
    {
      code: 'web:\nworker: celery -A app worker\n',
      errors: {
        codecapsules: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /would run `worker: celery -A app worker`/ }],
        heroku: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /has no command/ }],
        'heroku-fir': [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /has no command/ }],
        dokku: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /has no command/ }],
      },
    },
    {
      code: 'web:\n    gunicorn app:app\n',
      errors: {
        codecapsules: [{ line: 1, column: 1, endLine: 1, endColumn: 5, severity: 'warning', message: /works there by accident/ }],
        heroku: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /has no command/ }],
        'heroku-fir': [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /has no command/ }],
        dokku: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /has no command/ }],
      },
    },
    {
      code: 'worker: celery\nweb:\n',
      errors: {
        // Heroku's documented `^([A-Za-z0-9_-]+):\s*(.+)$` needs a command, so it skips the line as foreman does; Fir
        // rejects an empty value (heroku/buildpacks-procfile SPEC.md) and procfile-util errors on a line that does not match.
        codecapsules: [
          {
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 5,
            message:
              /has no command: Code Capsules skips it, as do Heroku, foreman and honcho; Heroku \(Fir\) and Dokku reject the whole Procfile/,
          },
        ],
        heroku: [
          {
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 5,
            message: /has no command: Heroku skips it, as do Code Capsules, foreman and honcho; Heroku \(Fir\) and Dokku reject/,
          },
        ],
        'heroku-fir': [
          {
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 5,
            message: /Heroku \(Fir\) rejects the whole Procfile, as does Dokku; Code Capsules, Heroku, foreman and honcho skip it/,
          },
        ],
        dokku: [
          {
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 5,
            message: /Dokku rejects the whole Procfile, as does Heroku \(Fir\); Code Capsules, Heroku, foreman and honcho skip it/,
          },
        ],
      },
    },
    {
      code: 'web:   \n',
      errors: {
        codecapsules: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /start it with an empty command/ }],
        heroku: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /has no command/ }],
        'heroku-fir': [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /has no command/ }],
        dokku: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /has no command/ }],
      },
    },
    {
      code: 'web:\n# gunicorn app:app\n',
      errors: {
        codecapsules: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /bash reads it as a comment/ }],
        heroku: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /has no command/ }],
        'heroku-fir': [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /has no command/ }],
        dokku: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /has no command/ }],
      },
    },
    {
      code: 'web:\n\u00a0\nworker: x\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: /has no command/ }],
    },
    {
      code: 'web: a\nworker:\n  celery -A app worker\n',
      errors: {
        codecapsules: [{ line: 2, column: 1, endLine: 2, endColumn: 8, severity: 'warning', message: /has no command/ }],
        heroku: [{ line: 2, column: 1, endLine: 2, endColumn: 8, message: /Code Capsules takes line 3 as its command/ }],
        'heroku-fir': [{ line: 2, column: 1, endLine: 2, endColumn: 8, message: /Code Capsules takes line 3 as its command/ }],
        dokku: [{ line: 2, column: 1, endLine: 2, endColumn: 8, message: /has no command/ }],
      },
    },
  ],
});
