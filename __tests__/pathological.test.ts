/**
 * Pathological Procfiles: the engine must stay linear in the size of the file (which is at most 1 MiB), also on
 * long runs of what its patterns look for. bench/pathological.mjs prints the actual figures;
 * regex-backtracking.test.ts checks every regular expression in src/ on its own.
 */
import { lint, lintProcfile } from '../src/lint.js';
import type { LintResult } from '../src/engine/types.js';
import { printable, quote, shellWord, visible } from '../src/engine/quote.js';
import { MAX_PROCFILE_BYTES } from '../src/engine/workspace.js';
import { ADVERSARIAL_PROCFILES } from './helpers/adversarial.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

/**
 * Generous: each input takes at most a second or two here. When a rule searched the earlier lines for every line,
 * the 100 000-line inputs took 13 to 60 seconds, so the growth from 10 000 to 100 000 lines is checked as well: about
 * 10x when linear (less, as the small run warms the JIT up), about 50x when quadratic. bench/pathological.mjs prints
 * the actual figures, and also times a file that breaks every line rule on each of 100 000 lines (500 000
 * findings: too slow for every test run).
 */
const BOUND_MS = 15_000;
const MAX_GROWTH = 25;

const lines = (count: number, line: (i: number) => string) =>
  Buffer.from(`${Array.from({ length: count }, (_, i) => line(i)).join('\n')}\n`);

type Check = (result: LintResult, count: number) => void;
const rule = (result: LintResult, id: string) => result.findings.filter((finding) => finding.rule === id);

/** Inputs of `count` lines; at 100 000 lines each stays under the 1 MiB limit. */
const GROWING: [string, (count: number) => Buffer, Check][] = [
  [
    'empty commands, each taking the next line',
    (count) => lines(count, () => 'w:'),
    (result, count) => expect(rule(result, 'empty-command')).toHaveLength(count),
  ],
  [
    'process types, each declared twice',
    (count) => lines(count, (i) => `t${(i % (count / 2)).toString(36)}: a`),
    (result, count) => expect(rule(result, 'duplicate-process-type')).toHaveLength(count / 2),
  ],
];

const SINGLE: [string, Buffer, Check][] = [
  [
    '10 000 duplicate web types',
    lines(10_000, (i) => `web: run ${i}`),
    (result) => expect(rule(result, 'duplicate-process-type')).toHaveLength(9_999),
  ],
  [
    'a single line of 1 MiB, just under the limit',
    Buffer.from(`web: ${'x'.repeat(MAX_PROCFILE_BYTES - 7)}\n`),
    (result) => expect(result.processes).toHaveLength(1),
  ],
];

/** Lints `bytes` as the Procfile of a temporary repository; returns the result and the time it took. */
async function timedLint(bytes: Buffer): Promise<{ result: LintResult; ms: number }> {
  expect(bytes.length).toBeLessThanOrEqual(MAX_PROCFILE_BYTES);
  const workspace = makeTree({ Procfile: bytes });
  const started = performance.now();
  const result = await lint({ workspace });
  const ms = performance.now() - started;
  expect(result.procfile).toBe('Procfile');
  return { result, ms };
}

describe('pathological Procfiles', () => {
  it.each(GROWING)('lints 100 000 lines of %s in bounded, linear time', async (_, make, check) => {
    const small = Math.min((await timedLint(make(10_000))).ms, (await timedLint(make(10_000))).ms);
    const { result, ms } = await timedLint(make(100_000));
    check(result, 100_000);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(ms / small).toBeLessThan(MAX_GROWTH);
  }, BOUND_MS * 2);

  it.each(SINGLE)('lints %s in bounded time', async (_, bytes, check) => {
    const { result, ms } = await timedLint(bytes);
    check(result, 0);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe('adversarial runs', () => {
  it('go through the engine and the quoting functions quickly', async () => {
    for (const input of ADVERSARIAL_PROCFILES) {
      const started = performance.now();
      lintProcfile(Buffer.from(input));
      quote(input);
      visible(input);
      printable(input);
      shellWord(input);
      const elapsed = performance.now() - started;
      if (elapsed > 2_000) throw new Error(`took ${elapsed.toFixed(0)} ms on ${quote(input, 20)}`);
    }
  });
});
