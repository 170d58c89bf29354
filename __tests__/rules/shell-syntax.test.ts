import { shellSyntax } from '../../src/rules/shell-syntax.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(shellSyntax, {
  valid: ['web: cd app && exec gunicorn "main:app" --workers $(nproc) 2>&1 | tee log\n'],
  invalid: [
    {
      code: 'web: gunicorn app:app --name "api\n',
      errors: [{ line: 1, column: 30, endLine: 1, endColumn: 31, message: /is not valid bash: unterminated double quote/ }],
    },
    {
      code: 'web: python manage.py migrate &&\n',
      errors: [{ line: 1, column: 32, endLine: 1, endColumn: 33, message: /expected command after '&&'/ }],
    },
    {
      code: "release: sh -c 'a && b &&'\n",
      errors: [{ line: 1, column: 26, endLine: 1, endColumn: 27, message: /expected command after '&&'/ }],
    },
    {
      code: 'web: node server.js &&\n',
      errors: [{ line: 1, column: 22, endLine: 1, endColumn: 23, message: /expected command after '&&'/ }],
    },
  ],
});
