import { processTypeName } from '../../src/rules/process-type-name.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(processTypeName, {
  valid: ['web: x\nworker: y\n'],
  invalid: [
    {
      code: 'web: x\nWorker_2: y\n',
      errors: {
        codecapsules: [],
        // Heroku documents `^([A-Za-z0-9_-]+):`; Dokku runs procfile-util without --strict; Fir's CNB parser corrects it.
        heroku: [],
        'heroku-fir': [
          { line: 2, column: 1, endLine: 2, endColumn: 9, severity: 'warning', message: /Rename it, for example to `worker-2`/ },
        ],
        dokku: [],
      },
    },
    {
      code: 'web: x\nmy-worker: celery\n',
      errors: {
        codecapsules: [{ line: 2, column: 1, endLine: 2, endColumn: 10, message: /`my_worker`/ }],
        heroku: [],
        'heroku-fir': [],
        dokku: [],
      },
    },
    {
      code: 'w\u00e9b: x\nweb.1: y\n',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 4, message: /is not a process type name/ },
        { line: 2, column: 1, endLine: 2, endColumn: 6, message: /is not a process type name/ },
      ],
    },
  ],
});
