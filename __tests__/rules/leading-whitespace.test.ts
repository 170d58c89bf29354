import { leadingWhitespace } from '../../src/rules/leading-whitespace.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(leadingWhitespace, {
  valid: ['web: x\n  # note\n'],
  invalid: [
    {
      code: '  # note\nweb:\n  run: it\n',
      errors: {
        codecapsules: [],
        heroku: [{ line: 3, column: 1, endLine: 3, endColumn: 3, severity: 'error', message: /is indented/ }],
        'heroku-fir': [{ line: 3, column: 1, endLine: 3, endColumn: 3, severity: 'error', message: /is indented/ }],
      },
    },
    {
      code: 'web: a\n\t  worker: b\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: /`worker` is indented/ }],
    },
    {
      code: '\u00a0web: a\n',
      errors: {
        codecapsules: [{ line: 1, column: 1, endLine: 1, endColumn: 2, message: /`\\u\{00A0\}`, an invisible character/ }],
        heroku: [{ line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', message: /`\\u\{00A0\}`, an invisible character/ }],
        'heroku-fir': [
          { line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', message: /`\\u\{00A0\}`, an invisible character/ },
        ],
      },
    },
  ],
});
