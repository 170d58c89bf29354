import { utf8Bom } from '../../src/rules/utf8-bom.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(utf8Bom, {
  valid: ['web: x\n', { name: 'UTF-16', code: Buffer.from('fffe7700650062003a00200078000a00', 'hex') }],
  invalid: [
    {
      name: 'BOM before a process',
      code: Buffer.from('efbbbf7765623a2067756e69636f726e206170703a6170700a', 'hex'),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /for the first line/ }],
    },
    {
      name: 'BOM before a comment',
      code: Buffer.from('efbbbf232070726f6365737365730a7765623a20780a', 'hex'),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /reject the Procfile/ }],
    },
  ],
});
