import { procfileEmpty } from '../../src/rules/procfile-empty.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(procfileEmpty, {
  valid: ['web: x\n', 'python app.py\n'],
  invalid: [
    {
      code: '',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /is empty/ }],
    },
    {
      code: '\n\n  \n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /only comments and blank lines/ }],
    },
    {
      code: '# web: gunicorn app:app\n\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /only comments and blank lines/ }],
    },
  ],
});
