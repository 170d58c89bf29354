import { procfileMisnamed } from '../../src/rules/procfile-misnamed.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(procfileMisnamed, {
  valid: [{ tree: { Procfile: 'web: x\n', 'Procfile.dev': '' } }, { tree: { 'procfile\n::error::x': '' } }],
  invalid: [
    {
      tree: { procfile: 'web: x\n' },
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /`git mv procfile Procfile`/, file: 'procfile' }],
    },
    {
      tree: { 'Procfile.txt': '', 'Procfile ': '' },
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 1, message: /`git mv 'Procfile ' Procfile`/, file: 'Procfile ' },
        { line: 1, column: 1, endLine: 1, endColumn: 1, message: /has an extension/, file: 'Procfile.txt' },
      ],
    },
    {
      tree: { Procfile: 'web: x\n', 'Procfile.yml': '' },
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'warning', message: /Delete it/, file: 'Procfile.yml' }],
    },
    {
      tree: { 'Procfile.dev': '' },
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'notice', message: /is a variant/, file: 'Procfile.dev' }],
    },
    {
      tree: { 'api/ProcFile': '' },
      path: 'api',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /`git mv api\/ProcFile api\/Procfile`/, file: 'api/ProcFile' }],
    },
    {
      tree: { 'Procfil\u001b': '' },
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /\\u\{001B\}/, file: 'Procfil\u001b' }],
    },
    {
      tree: { 'Procfile/': '', 'Procfile.txt': 'web: x\n' },
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /has an extension/, file: 'Procfile.txt' }],
    },
    {
      tree: { 'Procfile/': '', 'Procfile.dev': '' },
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'notice', message: /is a variant/, file: 'Procfile.dev' }],
    },
  ],
});
