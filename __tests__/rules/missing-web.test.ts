import { missingWeb } from '../../src/rules/missing-web.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(missingWeb, {
  valid: ['web : gunicorn app:app\n', '# nothing\n', 'web: x\n'],
  invalid: [
    {
      code: 'worker: celery\nclock: python clock.py\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /web process not found in Procfile/ }],
    },
    {
      code: 'worker: a\nWeb: b\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /Line 2 declares `Web`/ }],
    },
    {
      code: 'server: node index.js\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /If `server` on line 1 is the process to run, name it `web`/ }],
    },
  ],
});
