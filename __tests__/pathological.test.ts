/**
 * Pathological inputs at the read limits (a 1 MiB Procfile, 256 KiB manifests): the engine must stay linear in their
 * size. No test here reads a clock, so none depends on the machine's speed: they check what is done (the results,
 * how much text reaches the shell parser, how many files are read), and regex-backtracking.test.ts proves every
 * regular expression linear. `npm run bench:pathological` prints the times of the same inputs (docs/benchmarks.md).
 */
import { jest } from '@jest/globals';
import * as unbash from 'unbash';

/** Every text handed to the shell parser, by length: the parser is where a long command would cost the square. */
const parsed: number[] = [];
jest.unstable_mockModule('unbash', () => ({
  ...unbash,
  parse: (text: string) => {
    parsed.push(text.length);
    return unbash.parse(text);
  },
}));

const { lint, lintProcfile } = await import('../src/lint.js');
const { MAX_ANALYSED_COMMAND } = await import('../src/commands/shell.js');
const { DEFAULT_FINDING_LIMIT } = await import('../src/runner/run-rules.js');
const { pythonDependencies } = await import('../src/commands/app-facts.js');
const { memoryAppFiles } = await import('../src/engine/app-files.js');
const { printable, quote, shellWord, visible } = await import('../src/engine/quote.js');
const { MAX_PROCFILE_BYTES } = await import('../src/engine/workspace.js');
const { ADVERSARIAL_PROCFILES, PATHOLOGICAL_PROCFILES, requirementsChain } = await import('./helpers/adversarial.js');
const { makeTree, removeTrees } = await import('./helpers/tree.js');
type LintResult = Awaited<ReturnType<typeof lint>>;

afterEach(() => {
  removeTrees();
  parsed.length = 0;
});

const lines = (count: number, line: (i: number) => string) =>
  Buffer.from(`${Array.from({ length: count }, (_, i) => line(i)).join('\n')}\n`);

type Check = (result: LintResult) => void;
const rule = (result: LintResult, id: string) => result.findings.filter((finding) => finding.rule === id);

/** A rule with more findings than a report lists: the first `DEFAULT_FINDING_LIMIT`, then one saying there are more. */
const expectListedUpToLimit = (findings: LintResult['findings']) => {
  expect(findings).toHaveLength(DEFAULT_FINDING_LIMIT + 1);
  expect(findings.at(-1)?.message).toMatch(/^More findings of .* are not listed/);
};

const CASES: [string, Buffer, Check][] = [
  [
    '100 000 empty commands, each taking the next line',
    lines(100_000, () => 'w:'),
    (result) => expectListedUpToLimit(rule(result, 'empty-command')),
  ],
  [
    '100 000 process types, each declared twice',
    lines(100_000, (i) => `t${(i % 50_000).toString(36)}: a`),
    (result) => expectListedUpToLimit(rule(result, 'duplicate-process-type')),
  ],
  [
    '10 000 duplicate web types',
    lines(10_000, (i) => `web: run ${i}`),
    (result) => expectListedUpToLimit(rule(result, 'duplicate-process-type')),
  ],
  [
    'a single line of 1 MiB, just under the limit',
    Buffer.from(`web: ${'x'.repeat(MAX_PROCFILE_BYTES - 7)}\n`),
    (result) => expect(result.processes).toHaveLength(1),
  ],
  ...PATHOLOGICAL_PROCFILES.map(([name, bytes, expected]): [string, Buffer, Check] => [
    name,
    bytes,
    (result) => expect(result.findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(expected)),
  ]),
];

describe('pathological Procfiles at the 1 MiB limit', () => {
  it.each(CASES)('%s: linted, with no more than the file itself reaching the shell parser', async (_, bytes, check) => {
    expect(bytes.length).toBeLessThanOrEqual(MAX_PROCFILE_BYTES);
    const result = await lint({ workspace: makeTree({ Procfile: bytes }) });
    expect(result.procfile).toBe('Procfile');
    check(result);
    // Each text parsed is a command of at most the bound (the parser's cost is quadratic only within it), and `sh -c`
    // scripts parsed again inside (at most 3 levels) at most double it: the total is linear in the file's size.
    expect(parsed.filter((length) => length > MAX_ANALYSED_COMMAND)).toEqual([]);
    expect(parsed.reduce((sum, length) => sum + length, 0)).toBeLessThanOrEqual(4 * bytes.length);
  });

  it('reports a command over the bound instead of parsing it', () => {
    const command = `cat ${'<<E '.repeat(MAX_ANALYSED_COMMAND)}`;
    const result = lintProcfile(Buffer.from(`web: ${command}\n`));
    expect(parsed).toEqual([]);
    expect(rule(result, 'shell-syntax')).toMatchObject([
      { severity: 'notice', message: expect.stringContaining(`is ${command.trim().length} characters long`) },
    ]);
  });
});

describe('fixes on every line', () => {
  it('measure each line once, not the file up to it for each finding', () => {
    const bytes = lines(20_000, () => ' my-w :\r');
    const measured = jest.spyOn(Buffer, 'byteLength');
    try {
      const result = lintProcfile(bytes, { findingLimit: Infinity }); // as --fix lints
      expect(rule(result, 'leading-whitespace')).toHaveLength(20_000);
      expect(result.findings.filter((finding) => finding.fix).length).toBeGreaterThanOrEqual(20_000);
      const characters = measured.mock.calls.reduce((sum, [text]) => sum + (typeof text === 'string' ? text.length : 0), 0);
      expect(characters).toBeLessThanOrEqual(8 * bytes.length);
    } finally {
      measured.mockRestore();
    }
  });
});

describe('requirements.txt at the 256 KiB limit, through -r includes', () => {
  it('reads each included file once, at most 10, and finds the packages past the comments', () => {
    const files = requirementsChain(20);
    const reads: string[] = [];
    const app = memoryAppFiles(files);
    const counting = { ...app, readText: (file: string) => (reads.push(file), app.readText(file)) };
    const dependencies = pythonDependencies(counting);
    expect(reads.filter((file) => file.endsWith('.txt'))).toHaveLength(10);
    expect(new Set(reads).size).toBe(reads.length);
    expect(dependencies.declares('gunicorn')).toBe(true);
    expect(dependencies.declares('package-9')).toBe(true);
    expect(dependencies.declares('package-10')).toBe(false);
  });
});

describe('adversarial runs', () => {
  it('go through the engine and the quoting functions', () => {
    for (const input of ADVERSARIAL_PROCFILES) {
      const result = lintProcfile(Buffer.from(input));
      expect(result.counts.error + result.counts.warning + result.counts.notice).toBe(result.findings.length);
      expect(quote(input).length).toBeLessThanOrEqual(2 + 80 * 12);
      expect(visible(input).length).toBeGreaterThanOrEqual(input.length);
      expect(printable(input).length).toBeGreaterThanOrEqual(input.length);
      expect(shellWord(input).length).toBeGreaterThanOrEqual(input.length);
    }
  });
});
