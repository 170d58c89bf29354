import { npmStartNoScript } from '../../src/rules/npm-start-no-script.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(npmStartNoScript, {
  valid: [
    { code: 'web: npm start\n', files: { 'package.json': '{}', 'server.js': '' } },
    { code: 'web: npm start --prefix client\n', files: { 'package.json': '{}' } },
    { code: 'web: yarn --cwd api start\n', files: { 'package.json': '{}' } },
  ],
  invalid: [
    {
      code: 'web: npm start\n',
      files: { 'package.json': '{"scripts":{"test":"jest"}}', 'index.js': '' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 15, message: /package\.json has no `start` script/ }],
    },
    {
      code: 'web: yarn start\nworker: npm run worker\nclock: pnpm run clock\n',
      files: { 'package.json': '{"scripts":{"start":"node a.js","worker":"node w.js"}}' },
      errors: [{ line: 3, column: 8, endLine: 3, endColumn: 22, message: /no `clock` script/ }],
    },
    {
      code: 'web: npm start\n',
      files: { 'index.js': '' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 15, message: /there is no package\.json/ }],
    },
    {
      code: 'web: npm start\n',
      files: { 'package.json': '{ "scripts": ' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 15, message: /not a valid JSON object/ }],
    },
  ],
});
