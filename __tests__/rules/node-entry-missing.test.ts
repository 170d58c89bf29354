import { nodeEntryMissing } from '../../src/rules/node-entry-missing.js';
import { onEveryPlatform, besideOtherBuilders } from '../helpers/builders.js';
import { testRule } from '../helpers/rule-tester.js';

const NO_SERVER_JS = { 'package.json': '{}', 'index.js': '' };
const SERVER_JS_MISSING = { line: 1, column: 11, endLine: 1, endColumn: 20, message: /`server\.js` is not in the repository/ };

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
      files: NO_SERVER_JS,
      errors: [SERVER_JS_MISSING],
    },
    // A Dockerfile's RUN steps may write the file: Dokku builds it, Code Capsules does as a Docker Capsule.
    ...besideOtherBuilders({
      name: 'node server.js, not in the repository',
      code: 'web: node server.js\n',
      files: NO_SERVER_JS,
      errors: onEveryPlatform([SERVER_JS_MISSING]),
    }),
  ],
});
