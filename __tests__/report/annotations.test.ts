import type { AnnotationProperties } from '@actions/core';
import type { Finding, Severity } from '../../src/engine/types.js';
import {
  annotate,
  annotationProperties,
  planAnnotations,
  STEP_ANNOTATION_LIMIT,
  unannotatedMessage,
} from '../../src/report/annotations.js';

/** `count` findings of `severity`, one a line from `firstLine`. */
function findings(severity: Severity, count: number, firstLine = 1): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    rule: `rule-${severity}`,
    severity,
    message: `${severity} ${firstLine + i}`,
    file: 'Procfile',
    line: firstLine + i,
    column: 1,
    endLine: firstLine + i,
    endColumn: 4,
  }));
}

/** As the engine sorts them: by line. */
const byLine = (list: Finding[]) => [...list].sort((a, b) => a.line - b.line);

describe('planAnnotations', () => {
  it('shows every finding when the step can', () => {
    const all = byLine([...findings('notice', 3, 1), ...findings('warning', 2, 10), ...findings('error', 10, 20)]);
    const plan = planAnnotations(all);
    expect(plan.hidden).toEqual([]);
    expect(plan.shown.map((finding) => finding.severity)).toEqual([
      ...Array(10).fill('error'),
      'warning',
      'warning',
      'notice',
      'notice',
      'notice',
    ]);
  });

  it('keeps the first ten of each severity in file order, most severe first, and counts the rest', () => {
    const all = byLine([...findings('notice', 12, 1), ...findings('warning', 11, 100), ...findings('error', 25, 200)]);
    const plan = planAnnotations(all);
    expect(plan.shown.map((finding) => finding.message)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `error ${200 + i}`),
      ...Array.from({ length: 10 }, (_, i) => `warning ${100 + i}`),
      ...Array.from({ length: 10 }, (_, i) => `notice ${1 + i}`),
    ]);
    expect(plan.hidden.map((finding) => finding.message)).toEqual([
      'notice 11',
      'notice 12',
      'warning 110',
      ...Array.from({ length: 15 }, (_, i) => `error ${210 + i}`),
    ]);
    expect(plan.shown.length + plan.hidden.length).toBe(all.length);
  });

  it('leaves room for the annotations the step writes itself', () => {
    const plan = planAnnotations(findings('error', 10), { error: 1 });
    expect(plan.shown).toHaveLength(STEP_ANNOTATION_LIMIT - 1);
    expect(plan.hidden.map((finding) => finding.line)).toEqual([10]);
    expect(planAnnotations(findings('warning', 3), { warning: 20 }).shown).toEqual([]);
  });
});

describe('annotate', () => {
  it('emits the planned findings with their position and a visible message', () => {
    const emitted: [Severity, string, AnnotationProperties][] = [];
    const hostile = { ...findings('error', 1)[0]!, message: 'bad\r::error::x', line: 2, endLine: 3 };
    const plan = annotate([...findings('warning', 11), hostile], (...args) => emitted.push(args));
    expect(emitted).toHaveLength(11);
    expect(emitted[0]).toEqual([
      'error',
      'bad\\r::error::x',
      { title: 'procfile-lint: rule-error', file: 'Procfile', startLine: 2, endLine: 3 },
    ]);
    expect(emitted[1]?.[2]).toEqual(annotationProperties(findings('warning', 1)[0]!));
    expect(emitted[1]?.[2]).toMatchObject({ startColumn: 1, endColumn: 4 });
    expect(plan.hidden).toHaveLength(1);
  });
});

describe('unannotatedMessage', () => {
  it('says how many, of which severity, why, and where to see them', () => {
    const hidden = [...findings('error', 2), ...findings('notice', 1)];
    expect(unannotatedMessage(hidden, ['the job summary', 'the check run', 'the SARIF file'])).toBe(
      '3 findings were not annotated (2 errors, 1 notice): GitHub shows at most 10 errors, 10 warnings and 10 notices per step, ' +
        'so the most severe were annotated first. See every finding in the job summary, the check run or the SARIF file.',
    );
    expect(unannotatedMessage(findings('warning', 1), [])).toMatch(/^1 finding was not annotated \(1 warning\): .*first\.$/);
  });
});
