import { procfileEmpty } from '../../src/rules/procfile-empty.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(procfileEmpty, {
  valid: [
    "web: x\n",
    "python app.py\n",
  ],
  invalid: [
    {
      code: "",
      errors: {
        codecapsules: [
          { line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', message: /is empty/ },
        ],
        heroku: [
          { line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'warning', message: /is empty/ },
        ],
        dokku: [
          { line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', message: /is empty/ },
        ],
      },
    },
    {
      code: "\n\n  \n",
      errors: {
        codecapsules: [
          { line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', message: /only comments and blank lines/ },
        ],
        heroku: [
          { line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'warning', message: /only comments and blank lines/ },
        ],
        dokku: [
          { line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', message: /only comments and blank lines/ },
        ],
      },
    },
    {
      code: "# web: gunicorn app:app\n\n",
      errors: {
        codecapsules: [
          { line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', message: /only comments and blank lines/ },
        ],
        heroku: [
          { line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'warning', message: /only comments and blank lines/ },
        ],
        dokku: [
          { line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', message: /only comments and blank lines/ },
        ],
      },
    },
  ],
});
