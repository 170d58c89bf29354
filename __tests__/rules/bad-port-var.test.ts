import { badPortVar } from '../../src/rules/bad-port-var.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(badPortVar, {
  valid: [
    'web: gunicorn -b "0.0.0.0:${PORT:-5000}" app:app --name $PORT_NAME\n',
    "web: sh -c 'gunicorn app:app --bind 0.0.0.0:$PORT'\n",
    'web: bash -c "gunicorn app:app --bind \'0.0.0.0:$PORT\'"\n',
  ],
  invalid: [
    {
      code: 'web: node server.js --port %PORT%\n',
      errors: [{ line: 1, column: 28, endLine: 1, endColumn: 34, message: /Windows cmd syntax/ }],
    },
    {
      code: 'web: node server.js --port $env:PORT\n',
      errors: [{ line: 1, column: 28, endLine: 1, endColumn: 37, message: /PowerShell syntax/ }],
    },
    {
      code: 'web: gunicorn app:app -b 0.0.0.0:$port\n',
      errors: [{ line: 1, column: 26, endLine: 1, endColumn: 39, message: /variable names are case-sensitive/ }],
    },
    {
      code: "web: gunicorn app:app -b '0.0.0.0:$PORT'\n",
      errors: [{ line: 1, column: 26, endLine: 1, endColumn: 41, message: /nothing inside single quotes/ }],
    },
    {
      code: 'web: node server.js --port $(PORT)\n',
      errors: [{ line: 1, column: 28, endLine: 1, endColumn: 35, message: /runs a command named PORT/ }],
    },
    {
      code: 'web: node server.js --port {PORT}\n',
      errors: [{ line: 1, column: 28, endLine: 1, endColumn: 34, message: /lacks its `\$`/ }],
    },
    {
      code: 'worker: SERVER_PORT=%PORT% node worker.js\n',
      errors: [{ line: 1, column: 21, endLine: 1, endColumn: 27, message: /Windows cmd syntax/ }],
    },
    {
      code: "web: sh -c 'gunicorn app:app --bind 0.0.0.0:$port'\n",
      errors: [{ line: 1, column: 37, endLine: 1, endColumn: 50, message: /variable names are case-sensitive/ }],
    },
  ],
});
