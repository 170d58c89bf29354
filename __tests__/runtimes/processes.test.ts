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
  });
});

describe('runtime pins through the action', () => {
  it('annotates the pin the platform refuses, on its file and line, and fails the step', () => {
    const workspace = makeTree({ 'app/Procfile': APP.Procfile, 'app/app.py': '', 'app/requirements.txt': 'gunicorn\n', 'app/.python-version': '# pinned\n3.8\n' });
    const run = runAction(workspace, { path: 'app', platform: 'heroku' });
    expect(run.status).toBe(1);
    const annotation = run.stdout.split('\n').find((line) => line.startsWith('::error title=procfile-lint%3A runtime-version'));
    expect(annotation).toMatch(/file=app\/\.python-version,line=2,endLine=2,col=1,endColumn=4::Python 3\.8/);
    expect(runAction(workspace, { path: 'app', platform: 'codecapsules' }).status).toBe(0);
  });
});
