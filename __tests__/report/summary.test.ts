import { lintProcfile } from '../../src/lint.js';
import { messageHtml } from '../../src/report/html.js';
import { renderSummary, SUMMARY_LIMITS } from '../../src/report/summary.js';

const options = { failOn: 'error' as const, failed: false, platformName: 'Code Capsules' };

describe('renderSummary', () => {
  it('opens with what the platform will run, then the verdict, then the processes', () => {
    const result = lintProcfile(Buffer.from('web: gunicorn app:app\n'));
    const summary = renderSummary(result, options);
    expect(summary.split('\n')[0]).toBe('## What Code Capsules will run');
    expect(summary).toContain('<li><code>web</code> runs <code>gunicorn app:app</code> with bash -c (Procfile line 1).</li>');
    expect(summary.indexOf('## What Code Capsules will run')).toBeLessThan(summary.indexOf('## ✅ Procfile: no problems'));
    expect(summary).toContain('<tr><td><code>web</code></td><td><code>gunicorn app:app</code></td><td>1</td></tr>');
    expect(summary).not.toContain('### Findings');
  });

  it('shows a failed verdict and a findings table with links to the rule docs', () => {
    const result = lintProcfile(Buffer.from('worker: x\n'));
    const summary = renderSummary(result, { ...options, failed: true });
    expect(summary).toContain('\n## ❌ Procfile: 1 error\n');
    expect(summary).toContain('docs/rules/missing-web.md">missing-web</a>');
  });

  it('renders hostile Procfile text as text: no markup, no mention, no blank line ending the HTML block', () => {
    const hostile = 'web: <script>alert(1)</script> <img src=x onerror=alert(1)> <!-- x --> @octocat | a | **b**\n\nworker:\n';
    const summary = renderSummary(lintProcfile(Buffer.from(hostile)), options);
    expect(summary).not.toMatch(/<script|<img|<!--/);
    expect(summary).toContain('&lt;script&gt;');
    expect(summary).not.toMatch(/@octocat/);
    expect(summary).toContain('@&#8288;octocat');
    const tables = summary.split(/<table>|<\/table>/).filter((_, index) => index % 2 === 1);
    for (const table of tables) expect(table).not.toMatch(/\n\s*\n/);
  });

  it('counts what it does not show', () => {
    const lines = Array.from({ length: SUMMARY_LIMITS.findings + 5 }, (_, i) => `w-${i}: x`).join('\n');
    const summary = renderSummary(lintProcfile(Buffer.from(`web: x\n${lines}\n`), { findingLimit: Infinity }), options);
    expect(summary).toContain('5 more findings not shown');
  });
});

describe('renderSummary within its byte budget', () => {
  const finding = (i: number) => ({
    rule: 'invalid-line',
    severity: 'error' as const,
    message: `line ${i}: ${'"'.repeat(5000)}`,
    file: `${'\u0001'.repeat(500)}/Procfile`,
    line: i + 1,
    column: 1,
    endLine: i + 1,
    endColumn: 2,
  });
  const base = lintProcfile(Buffer.from('web: x\n'));
  const result = { ...base, findings: Array.from({ length: 200 }, (_, i) => finding(i)), counts: { error: 200, warning: 0, notice: 0 } };

  it.each([[1024 * 1024], [64 * 1024], [8 * 1024]])('stops adding rows at %d bytes and says how many it left out and where', (budget) => {
    const summary = renderSummary(result, { ...options, budget, elsewhere: ['the <code>Procfile</code> check run'] });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(budget);
    const rows = summary.match(/<tr><td>❌ error<\/td>/g)?.length ?? 0;
    expect(rows).toBeLessThan(200);
    expect(summary).toContain(
      `<p>${200 - rows} more findings not shown, to keep the summary within GitHub's 1 MiB; every finding is in the <code>Procfile</code> check run or the output of the CLI with <code>--format json</code>.</p>`,
    );
  });

  it('cuts every untrusted piece with a visible ellipsis', () => {
    const summary = renderSummary(result, options);
    expect(summary).toContain(`<code>${'\\u{0001}'.repeat(SUMMARY_LIMITS.pathLength - 1)}…</code>:1:1`);
    expect(summary).toContain(`${'&quot;'.repeat(SUMMARY_LIMITS.messageLength - 'line 0: '.length - 1)}…</td>`);
  });
});

describe('messageHtml', () => {
  it('turns the quoted parts of a message into code, escaped', () => {
    expect(messageHtml('`web` runs `echo \\`date\\` <b>`, see `x`')).toBe(
      '<code>web</code> runs <code>echo `date` &lt;b&gt;</code>, see <code>x</code>',
    );
  });

  it('leaves an unpaired backtick as text', () => {
    expect(messageHtml('a `b')).toBe('a `b');
  });
});
