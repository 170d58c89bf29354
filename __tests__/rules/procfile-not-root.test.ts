import { procfileNotRoot } from '../../src/rules/procfile-not-root.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(procfileNotRoot, {
  valid: [{ tree: { 'node_modules/foreman/Procfile': '' } }],
  invalid: [
    {
      tree: { 'backend/Procfile': 'web: x\n', 'README.md': '' },
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /`git mv backend\/Procfile Procfile`/, file: 'backend/Procfile' }],
    },
    {
      tree: { Procfile: 'web: x\n', 'old/Procfile': '' },
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          severity: 'warning',
          message: /Delete it if it is a leftover/,
          file: 'old/Procfile',
        },
      ],
    },
    {
      tree: { 'app/procfile.txt': '' },
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /is not at the app root/, file: 'app/procfile.txt' }],
    },
  ],
});
