import { controlCharacter } from '../../src/rules/control-character.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(controlCharacter, {
  valid: ['web:\tgunicorn app:app\r\n', { name: 'UTF-16 without BOM', code: Buffer.from('7700650062003a00200078000a00', 'hex') }],
  invalid: [
    {
      code: 'web: gunicorn app:app\rworker: celery\n',
      errors: [{ line: 1, column: 22, endLine: 1, endColumn: 23, message: /a carriage return \(`\\r`\) that does not end it/ }],
    },
    {
      code: 'web: a\u0000b\nworker: \u001b[2Jx\n',
      errors: [
        { line: 1, column: 7, endLine: 1, endColumn: 8, message: /cannot carry a NUL byte/ },
        { line: 2, column: 9, endLine: 2, endColumn: 10, message: /`\\u\{001B\}`/ },
      ],
    },
    {
      code: 'web: gunicorn app:app\r',
      errors: {
        codecapsules: [
          {
            line: 1,
            column: 22,
            endLine: 1,
            endColumn: 23,
            severity: 'warning',
            message: /ends with a carriage return \(`\\r`\) and no line feed/,
          },
        ],
        heroku: [{ line: 1, column: 22, endLine: 1, endColumn: 23, message: /ends with a carriage return \(`\\r`\) and no line feed/ }],
        'heroku-fir': [
          { line: 1, column: 22, endLine: 1, endColumn: 23, message: /ends with a carriage return \(`\\r`\) and no line feed/ },
        ],
        dokku: [
          {
            line: 1,
            column: 22,
            endLine: 1,
            endColumn: 23,
            severity: 'warning',
            message: /ends with a carriage return \(`\\r`\) and no line feed/,
          },
        ],
      },
    },
  ],
});
