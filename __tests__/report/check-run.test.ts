import { lintProcfile } from '../../src/lint.js';
import { checkRunRequests, checkRunTitle, fitSummary, SUMMARY_LIMIT } from '../../src/report/check-run.js';
import { renderSummary } from '../../src/report/summary.js';

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const procfile = (count: number) => ['web: x', ...Array.from({ length: count }, (_, i) => `w-${i}: x`)].join('\n') + '\n';

describe('checkRunRequests', () => {
  it.each([
    [0, 0, []],
    [50, 50, []],
    [51, 50, [1]],
    [120, 50, [50, 20]],
  ])('sends %i annotations as %i with the create request, then %j', (count, first, rest) => {
    // Every finding listed (as --fix lists them): the batching is what is tested, not the per-rule limit.
    const result = lintProcfile(Buffer.from(procfile(count)), { findingLimit: Infinity });
    const requests = checkRunRequests(result, { headSha: SHA, failed: count > 0, summary: 's' });
    expect(requests.create.output.annotations).toHaveLength(first);
    expect(requests.updates.map((update) => update.annotations.length)).toEqual(rest);
    const all = [requests.create.output, ...requests.updates].flatMap((output) => output.annotations);
    expect(all.map((annotation) => annotation.start_line)).toEqual(result.findings.map((finding) => finding.line));
    expect(requests.create).toMatchObject({
      name: 'Procfile',
      head_sha: SHA,
      status: 'completed',
      conclusion: count > 0 ? 'failure' : 'success',
    });
  });

  it('maps severities to annotation levels, and leaves out columns on a multi-line finding', () => {
    const result = lintProcfile(Buffer.from('web: a\r\nweb: b\r\n'));
    const levels = checkRunRequests(result, { headSha: SHA, failed: true, summary: '' }).create.output.annotations.map((a) => [
      a.title,
      a.annotation_level,
    ]);
    expect(levels).toEqual([
      ['crlf-line-endings', 'warning'],
      ['duplicate-process-type', 'failure'],
    ]);
    const multiLine = { ...result, findings: [{ ...result.findings[0]!, endLine: 2 }] };
    const [annotation] = checkRunRequests(multiLine, { headSha: SHA, failed: false, summary: '' }).create.output.annotations;
    expect(annotation).not.toHaveProperty('start_column');
    expect(annotation).not.toHaveProperty('end_column');
  });

  it('titles the run with the verdict', () => {
    expect(checkRunTitle(lintProcfile(Buffer.from('web: a\r\nweb: b\r\n')))).toBe('Procfile: 1 error, 1 warning');
    expect(checkRunTitle({ ...lintProcfile(Buffer.from('web: a\n')), procfile: null })).toBe('No Procfile at the app root: no problems');
  });
});

describe('fitSummary', () => {
  it('keeps a summary that fits', () => {
    expect(fitSummary('## ok\n')).toBe('## ok\n');
  });

  it('cuts a long summary at a row, closes the table and says it was cut', () => {
    const long = renderSummary(lintProcfile(Buffer.from(procfile(199)), { findingLimit: Infinity }), { failOn: 'error', failed: true, platformName: 'Code Capsules' });
    expect(long.length).toBeGreaterThan(SUMMARY_LIMIT);
    const fitted = fitSummary(long);
    expect(fitted.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(fitted.length).toBeGreaterThan(SUMMARY_LIMIT - 1000);
    expect(fitted.startsWith(fitted.split('\n')[0] as string)).toBe(true);
    expect(fitted).toMatch(/<\/tr>\n<\/table>\n\n<p>This summary was cut to fit the check run; every finding is annotated on it\.<\/p>\n$/);
    expect(fitted.split('<table>').length).toBe(fitted.split('</table>').length);
  });
});
