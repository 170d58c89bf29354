/** The runtime rules at the user's boundary: the CLI and the built action, run as processes on small apps. */
import type { LintResult } from '../../src/engine/types.js';
import { runAction, runCli } from '../helpers/processes.js';
import { makeTree, removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

const APP = { Procfile: 'web: gunicorn app:app\n', 'app.py': '', 'requirements.txt': 'gunicorn\n' };
const runtimeFindings = (result: LintResult) =>
  result.findings.filter((f) => f.rule.startsWith('runtime-')).map((f) => [f.rule, f.severity, f.file, f.line]);

describe('runtime pins through the CLI', () => {
  const lintAs = (platform: string) => {
    const tree = makeTree({ ...APP, 'runtime.txt': 'python-3.9\n', '.python-version': '3.12\n' });
    const run = runCli(['--format', 'json', '--platform', platform, tree]);
    return { status: run.status, result: JSON.parse(run.stdout) as LintResult };
  };

  it('fails on Heroku and Dokku, which read the deprecated, end-of-life runtime.txt first, and says which pin wins', () => {
    for (const platform of ['heroku', 'dokku']) {
      const { status, result } = lintAs(platform);
      expect(status).toBe(1);
      expect(runtimeFindings(result)).toEqual([
        ['runtime-pins-disagree', 'warning', '.python-version', 1],
        ['runtime-version', 'error', 'runtime.txt', 1],
        ['runtime-version', 'warning', 'runtime.txt', 1],
      ]);
    }
  });

  it('only notes the ignored runtime.txt on Code Capsules, which reads .python-version', () => {
    const { status, result } = lintAs('codecapsules');
    expect(status).toBe(0);
    expect(runtimeFindings(result)).toEqual([['runtime-pins-disagree', 'notice', 'runtime.txt', 1]]);
    expect(result.runtime).toMatchObject({
      language: 'python',
      requested: '3.12',
      version: null,
      source: { file: '.python-version', line: 1 },
    });
  });

  it('puts the runtime each platform installs in the JSON result', () => {
    expect(lintAs('heroku').result.runtime).toMatchObject({
      requested: 'python-3.9',
      version: null,
      source: { file: 'runtime.txt', line: 1 },
    });
    const tree = makeTree({ ...APP, '.python-version': '3.13\n' });
    const run = runCli(['--format', 'json', '--platform', 'dokku', tree]);
    expect((JSON.parse(run.stdout) as LintResult).runtime).toMatchObject({ version: '3.13.15', table: { checked: '2026-08-05' } });
  });
});

describe('runtime pins through the action', () => {
  it('annotates the pin the platform refuses, on its file and line, and fails the step', () => {
    const workspace = makeTree({
      'app/Procfile': APP.Procfile,
      'app/app.py': '',
      'app/requirements.txt': 'gunicorn\n',
      'app/.python-version': '# pinned\n3.8\n',
    });
    const run = runAction(workspace, { path: 'app', platform: 'heroku' });
    expect(run.status).toBe(1);
    const annotation = run.stdout.split('\n').find((line) => line.startsWith('::error title=procfile-lint%3A runtime-version'));
    expect(annotation).toMatch(/file=app\/\.python-version,line=2,endLine=2,col=1,endColumn=4::Python 3\.8/);
    expect(run.summary).toContain(
      '<p>Runtime: <b>Python</b>, from <code>3.8</code> in <code>app/.python-version</code> line 2 (table of 2026-08-18).</p>',
    );
    expect(runAction(workspace, { path: 'app', platform: 'codecapsules' }).status).toBe(0);
  });
});
