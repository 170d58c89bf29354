import { invalidLine } from '../../src/rules/invalid-line.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(invalidLine, {
  valid: ['# python app.py\n\n   \nweb: x\n'],
  invalid: [
    {
      code: 'web:\n  gunicorn app --workers 2\n',
      errors: {
        codecapsules: [],
        heroku: [{ line: 2, column: 3, endLine: 2, endColumn: 27, message: /is not a `<process type>: <command>` line/ }],
        'heroku-fir': [{ line: 2, column: 3, endLine: 2, endColumn: 27, message: /is not a `<process type>: <command>` line/ }],
        dokku: [{ line: 2, column: 3, endLine: 2, endColumn: 27, message: /is not a `<process type>: <command>` line/ }],
      },
    },
    {
      code: 'web: gunicorn app:app\n  python worker.py\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 19, message: /`web: python worker\.py`/ }],
    },
    {
      code: ': gunicorn app:app\nweb server: node index.js\n',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 19, message: /declares no process type/ },
        { line: 2, column: 1, endLine: 2, endColumn: 26, message: /`web server` before the `:` is not a process type/ },
      ],
    },
    {
      code: 'web java -Dserver.port=$PORT -jar target/app.jar\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 49,
          message: /lacks the `:` after `web`: write `web: java -Dserver\.port=\$PORT -jar target\/app\.jar`/,
        },
      ],
    },
    {
      code: '<<<<<<< HEAD\nweb: a\n=======\nweb: b\n>>>>>>> main\n',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 13, message: /merge conflict marker/ },
        { line: 3, column: 1, endLine: 3, endColumn: 8, message: /merge conflict marker/ },
        { line: 5, column: 1, endLine: 5, endColumn: 13, message: /merge conflict marker/ },
      ],
    },
  ],
});
