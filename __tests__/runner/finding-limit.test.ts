/** Each rule lists at most `findingLimit` findings, then one that says there are more, and is not asked for the rest. */
import { lintProcfile } from '../../src/lint.js';
import { DEFAULT_FINDING_LIMIT } from '../../src/runner/run-rules.js';
import type { ProcfileRule, Report } from '../../src/runner/rule.js';

/** A rule that reports every line, counting how many reports it was asked for. */
function everyLine(): { rule: ProcfileRule; asked: () => number } {
  let asked = 0;
  const rule: ProcfileRule = {
    scope: 'procfile',
    meta: { id: 'every-line', description: 'Reports every line.', severity: { codecapsules: 'warning' }, tags: ['syntax'] },
    *check({ procfile }): Generator<Report> {
      for (const line of procfile.lines) {
        asked++;
        yield { message: `line ${line.number}`, range: { line: line.number, column: 1, endLine: line.number, endColumn: 2 } };
      }
    },
  };
  return { rule, asked: () => asked };
}

const lines = (count: number) => Buffer.from(Array.from({ length: count }, (_, i) => `w${i}: x\n`).join(''));

describe('the finding limit', () => {
  it(`lists the first ${DEFAULT_FINDING_LIMIT} findings of a rule, then one saying where the rest start`, () => {
    const { rule, asked } = everyLine();
    const result = lintProcfile(lines(1000), { ruleList: [rule] });
    expect(result.findings).toHaveLength(DEFAULT_FINDING_LIMIT + 1);
    expect(result.findings.slice(0, DEFAULT_FINDING_LIMIT).map((finding) => finding.message)).toEqual(
      Array.from({ length: DEFAULT_FINDING_LIMIT }, (_, i) => `line ${i + 1}`),
    );
    expect(result.findings.at(-1)).toMatchObject({
      rule: 'every-line',
      severity: 'warning',
      line: DEFAULT_FINDING_LIMIT + 1,
      message: expect.stringMatching(/^More findings of every-line from here on are not listed: .* first 100 of each rule/),
    });
    expect(result.counts.warning).toBe(DEFAULT_FINDING_LIMIT + 1);
    expect(asked()).toBe(DEFAULT_FINDING_LIMIT + 1);
  });

  it('lists every finding when there are no more than the limit', () => {
    const { rule } = everyLine();
    expect(lintProcfile(lines(DEFAULT_FINDING_LIMIT), { ruleList: [rule] }).findings).toHaveLength(DEFAULT_FINDING_LIMIT);
  });

  it('lists them all when lifted, as --fix does', () => {
    const { rule, asked } = everyLine();
    expect(lintProcfile(lines(1000), { ruleList: [rule], findingLimit: Infinity }).findings).toHaveLength(1000);
    expect(asked()).toBe(1000);
  });

  it('counts per rule, after inline disables', () => {
    const { rule } = everyLine();
    const other = { ...everyLine().rule, meta: { ...everyLine().rule.meta, id: 'other-rule' } };
    const text = `# procfile-lint-disable-next-line every-line\n${lines(150).toString()}`;
    const result = lintProcfile(Buffer.from(text), { ruleList: [rule, other], findingLimit: 10 });
    const of = (id: string) => result.findings.filter((finding) => finding.rule === id);
    expect(of('every-line').map((finding) => finding.line)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(of('other-rule')).toHaveLength(11);
  });
});
