/**
 * The job summary always fits in the 1 MiB the runner uploads (over that it uploads none of it): through the built
 * action, a Procfile at the read limit whose pieces would grow when escaped still gets a summary, each piece cut
 * with a visible ellipsis, and notes saying how many rows were left out and where they are.
 */
import { runAction } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

const MIB = 1024 * 1024;

it('fits in 1 MiB with 200 disable-comment rule ids of 2 500 quotes and 110 process types of 4 000 letters', () => {
  const id = '"'.repeat(2500);
  const comments = Array.from({ length: 20 }, () => `# procfile-lint-disable-next-line ${Array(10).fill(id).join(' ')}`);
  const types = Array.from({ length: 110 }, (_, i) => `${'a'.repeat(4000)}${i}: x`);
  const procfile = `${[...comments, ...types].join('\n')}\n`;
  expect(Buffer.byteLength(procfile)).toBeLessThanOrEqual(MIB);
  const run = runAction(makeTree({ Procfile: procfile }), { 'fail-on': 'never', 'sarif-file': 'procfile.sarif' });
  expect(run.status).toBe(0);
  expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(MIB);
  expect(run.summary).toMatch(/^## What Code Capsules will run\n[\s\S]*^## ⚠️ Procfile: \d+ errors/m);
  // Every untrusted piece is cut, the last code point an ellipsis.
  expect(run.summary).toContain(`<td><code>${'a'.repeat(99)}…</code></td>`);
  expect(run.summary).toContain(`<code>${'&quot;'.repeat(79)}…</code>`);
  expect(run.summary).not.toContain('&quot;'.repeat(80));
  expect(run.summary).toContain('<p>10 more processes not shown; the <code>process-types</code> output lists every type.</p>');
  // 200 bad rule ids: the first 100 listed, then where the rest start (the summary's own byte budget, which cuts rows
  // when many rules each list their 100, is tested with renderSummary in report/summary.test.ts).
  expect(run.summary.match(/invalid-config/g)?.length).toBeGreaterThanOrEqual(101);
  expect(run.summary).toContain('More findings of invalid-config from here on are not listed');
  expect(JSON.parse(run.outputs['process-types'] as string)).toHaveLength(110);
});
