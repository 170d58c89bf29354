import { spaceBeforeColon } from '../../src/rules/space-before-colon.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(spaceBeforeColon, {
  valid: ['web: a b : c\n'],
  invalid: [
    {
      code: 'web \t: gunicorn app:app\n',
      errors: [{ line: 1, column: 4, endLine: 1, endColumn: 6, message: /Write `web:` with no space/ }],
    },
  ],
});
