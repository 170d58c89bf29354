import { MAX_CHECKED_PROCESSES } from '../../src/runner/facts.js';
import { uncheckedProcesses } from '../../src/rules/unchecked-processes.js';
import { testRule } from '../helpers/rule-tester.js';

const workers = (count: number, from = 1) => Array.from({ length: count }, (_, i) => `w${from + i}: python w.py\n`).join('');

testRule(uncheckedProcesses, {
  valid: [workers(MAX_CHECKED_PROCESSES), `${workers(MAX_CHECKED_PROCESSES - 1)}web: gunicorn app:app\n`],
  invalid: [
    {
      code: workers(MAX_CHECKED_PROCESSES + 2),
      errors: [
        {
          line: MAX_CHECKED_PROCESSES + 1,
          column: 1,
          endLine: MAX_CHECKED_PROCESSES + 1,
          endColumn: 4,
          message: new RegExp(`declares ${MAX_CHECKED_PROCESSES + 2} processes: .* the 2 from this line on are not checked`),
        },
      ],
    },
    {
      // `web` is checked wherever it is, so it is not among the unchecked ones.
      code: `${workers(MAX_CHECKED_PROCESSES + 1)}web: gunicorn app:app\n`,
      errors: [
        { line: MAX_CHECKED_PROCESSES + 1, column: 1, endLine: MAX_CHECKED_PROCESSES + 1, endColumn: 4, message: /the 1 from this line/ },
      ],
    },
  ],
});
