/** The built action (dist/index.js) run as a process, as the runner runs it. */
import * as path from 'node:path';
import { REPO, runAction } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

const commandLines = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::'));

describe('the action', () => {
  it('passes the seed Flask app, warning only that flask run is a development server', () => {
    const run = runAction(REPO, { path: 'examples/flask-app' });
    expect(run.status).toBe(0);
    const annotations = commandLines(run.stdout).filter((line) => /^::(error|warning|notice)/.test(line));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::warning title=procfile-lint%3A dev-server,file=examples\/flask-app\/Procfile,line=1,/);
    expect(run.outputs).toMatchObject({
      valid: 'true',
      procfile: 'examples/flask-app/Procfile',
      'process-types': '["web"]',
      errors: '0',
      warnings: '1',
      notices: '0',
    });
    expect(run.summary.split('\n')[0]).toBe('## ⚠️ Procfile: 1 warning');
    expect(run.summary).toContain('<code>python3 -m flask run --host=0.0.0.0 --port=$PORT</code>');
  });

  it('fails a duplicate web, annotating the line on the diff', () => {
    const run = runAction(REPO, { path: 'examples/broken-duplicate-web' });
    expect(run.status).toBe(1);
    const annotations = commandLines(run.stdout).filter((line) => line.startsWith('::error title='));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(
      /^::error title=procfile-lint%3A duplicate-process-type,file=examples\/broken-duplicate-web\/Procfile,line=3,endLine=3,col=1,endColumn=4::`web` is declared again/,
    );
    expect(run.stdout).toContain('::error::examples/broken-duplicate-web/Procfile: 1 finding at or above fail-on: error');
    expect(run.outputs).toMatchObject({ valid: 'false', errors: '1', 'process-types': '["web","worker"]' });
    expect(run.summary.split('\n')[0]).toBe('## ❌ Procfile: 1 error');
    expect(run.summary).toContain('duplicate-process-type</a>');
  });

  it('fails on warnings only when fail-on says so, and never with fail-on: never', () => {
    const workspace = makeTree({ Procfile: 'web: gunicorn app:app\r\n', 'app.py': '', 'requirements.txt': 'gunicorn\n' });
    expect(runAction(workspace).status).toBe(0);
    expect(runAction(workspace, { 'fail-on': 'warning' }).status).toBe(1);
    const broken = makeTree({ Procfile: 'worker: x\n' });
    const never = runAction(broken, { 'fail-on': 'never' });
    expect(never.status).toBe(0);
    expect(never.outputs.valid).toBe('false');
  });

  it('leaves out annotations and the summary when asked', () => {
    const run = runAction(REPO, { path: 'examples/broken-duplicate-web', annotations: 'false', summary: 'false' });
    expect(run.status).toBe(1);
    expect(commandLines(run.stdout).filter((line) => line.startsWith('::error title='))).toEqual([]);
    expect(run.summary).toBe('');
  });

  it('rejects a bad input with a message naming it', () => {
    const run = runAction(REPO, { 'fail-on': 'sometimes' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::Input 'fail-on' must be one of error, warning, notice, never; got 'sometimes'.");
  });

  it('refuses a path outside the workspace', () => {
    const run = runAction(path.join(REPO, 'examples', 'flask-app'), { path: '../..' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::The path '..\/..' is outside the workspace/);
  });

  it('never lets Procfile text run a workflow command or render markup', () => {
    const hostile = [
      'web: echo ok\r::add-mask::secret',
      '::error file=x::injected',
      '::set-output name=valid::true',
      'worker:\u2028::warning::also injected',
      'clock: <img src=x onerror=alert(1)> @octocat',
      '',
    ].join('\n');
    const run = runAction(makeTree({ Procfile: hostile }));
    for (const line of commandLines(run.stdout)) {
      expect(line).toMatch(/^::((error|warning|notice) title=procfile-lint%3A [a-z0-9-]+,file=Procfile,|group::|endgroup::|stop-commands::|[0-9a-f-]{36}::$|error::Procfile: )/);
    }
    expect(run.stdout).not.toMatch(/[\r\u2028]/);
    expect(run.summary).not.toMatch(/<img|@octocat/);
    expect(run.outputs.valid).toBe('false');
  });
});
