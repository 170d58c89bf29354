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
    const summary = renderSummary(lintProcfile(Buffer.from(`web: x\n${lines}\n`)), options);
    expect(summary).toContain('5 more findings not shown');
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
