import { invalidEncoding } from '../../src/rules/invalid-encoding.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(invalidEncoding, {
  valid: ['web: echo caf\u00e9\n'],
  invalid: [
    {
      name: 'UTF-16LE with BOM',
      code: Buffer.from('fffe7700650062003a00200078000a00', 'hex'),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /UTF-16LE/ }],
    },
    {
      name: 'UTF-16LE without BOM',
      code: Buffer.from('7700650062003a00200078000a00', 'hex'),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /UTF-16LE \(without a byte order mark/ }],
    },
    {
      name: 'Latin-1',
      code: Buffer.from('7765623a20610a776f726b65723a20636166e9202d2d6e616d653de90a', 'hex'),
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 13, message: /\(and 1 more\)/ }],
    },
  ],
});
