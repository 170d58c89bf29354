import { processTypeName } from '../../src/rules/process-type-name.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(processTypeName, {
  valid: [
    "web: x\nworker: y\n",
  ],
  invalid: [
    {
      code: "web: x\nWorker_2: y\n",
      errors: {
        codecapsules: [],
        heroku: [
          { line: 2, column: 1, endLine: 2, endColumn: 9, severity: 'warning', message: /Rename it, for example to `worker-2`/ },
        ],
        dokku: [
          { line: 2, column: 1, endLine: 2, endColumn: 9, message: /Rename it, for example to `worker-2`/ },
        ],
      },
    },
    {
      code: "web: x\nmy-worker: celery\n",
      errors: {
        codecapsules: [
          { line: 2, column: 1, endLine: 2, endColumn: 10, message: /`my_worker`/ },
        ],
        heroku: [],
        dokku: [],
      },
    },
    {
      code: "w\u00e9b: x\nweb.1: y\n",
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 4, message: /is not a process type name/ },
        { line: 2, column: 1, endLine: 2, endColumn: 6, message: /is not a process type name/ },
      ],
    },
  ],
});
