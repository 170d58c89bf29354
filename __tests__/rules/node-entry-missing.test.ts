import { nodeEntryMissing } from '../../src/rules/node-entry-missing.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(nodeEntryMissing, {
  valid: [
    { code: 'web: node server\n', files: { 'package.json': '{}', 'server.mjs': '', 'api/index.js': '', 'app/main.js': '' } },
    {
      code: 'web: node --max-old-space-size=512 -r dotenv/config api\n',
      files: { 'package.json': '{}', 'server.mjs': '', 'api/index.js': '', 'app/main.js': '' },
    },
    { code: 'web: cd app && node main.js\n', files: { 'package.json': '{}', 'server.mjs': '', 'api/index.js': '', 'app/main.js': '' } },
    { code: 'web: node dist/server.js\n', files: { 'package.json': '{"scripts": {"build": "tsc", "start": "node dist/server.js"}}' } },
    'web: node server.js\n',
  ],
  invalid: [
    {
      code: 'web: node server.js\n',
      files: { 'package.json': '{}', 'index.js': '' },
      errors: [{ line: 1, column: 11, endLine: 1, endColumn: 20, message: /`server\.js` is not in the repository/ }],
    },
  ],
});
