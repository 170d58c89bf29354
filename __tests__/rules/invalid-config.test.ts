import { invalidConfig } from '../../src/rules/invalid-config.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(invalidConfig, {
  valid: [{ tree: { Procfile: 'web: gunicorn app:app\n' } }],
  invalid: [
    {
      tree: { Procfile: 'web: gunicorn app:app\n', '.procfile-lint.yml': 'rules:\n  invalid-config: off\n  procfile-mising: off\n' },
      errors: [
        {
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 22,
          message: /`invalid-config` cannot be turned off or changed/,
          file: '.procfile-lint.yml',
        },
        { line: 3, column: 3, endLine: 3, endColumn: 18, message: /Unknown rule `procfile-mising`/, file: '.procfile-lint.yml' },
      ],
    },
    {
      tree: { Procfile: '# procfile-lint-disable-next-line no-such-rule\nweb: gunicorn app:app\n' },
      errors: [{ line: 1, column: 35, endLine: 1, endColumn: 47, message: /Unknown rule `no-such-rule`/ }],
    },
  ],
});
