import { crlfLineEndings } from '../../src/rules/crlf-line-endings.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(crlfLineEndings, {
  valid: ['web: a\rb\n', 'web: a\nworker: b\n'],
  invalid: [
    {
      code: 'web: a\nworker: b\r\nclock: c\r\n',
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 11, message: /2 lines, from line 2, end with CRLF/ }],
    },
    {
      code: 'web: a\r\n',
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 8, message: /Line 1 ends with CRLF/ }],
    },
  ],
});
