/** The built action (dist/index.js) run as a process, as the runner runs it. */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { HOSTILE_NAMES, HOSTILE_PROCFILE } from './helpers/hostile.js';
import { REPO, runAction, type ActionRun } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';
import { executedCommands, RAW_CONTROL } from './helpers/workflow-commands.js';

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
    expect(run.summary).toContain('\n## ⚠️ Procfile: 1 warning\n');
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
    expect(run.summary).toContain('\n## ❌ Procfile: 1 error\n');
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
});

describe('the action on hostile Procfile text and file names', () => {
  let run: ActionRun;
  beforeAll(() => {
    run = runAction(makeTree({ Procfile: HOSTILE_PROCFILE, ...HOSTILE_NAMES }));
  });

  it('executes no workflow command but its own', () => {
    const executed = executedCommands(run.stdout);
    expect(executed.length).toBeGreaterThan(10);
    const [stop, resume] = [executed.find((c) => c.name === 'stop-commands'), executed.find((c) => /^[0-9a-f-]{36}$/.test(c.name))];
    expect(stop?.data).toMatch(/^[0-9a-f-]{36}$/);
    expect(resume?.name).toBe(stop?.data);
    for (const { line } of executed) {
      expect(line).toMatch(
        /^::(group::procfile-lint report|endgroup::|stop-commands::[0-9a-f-]{36}|[0-9a-f-]{36}::|(error|warning|notice) title=procfile-lint%3A [a-z0-9-]+,file=[^:]*,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?::.*|error::Procfile: \d+ findings at or above fail-on: error .*)$/,
      );
    }
  });

  it('writes no control character, ANSI escape or line separator to the log', () => {
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('control character `\\u{001B}`');
    expect(run.stdout).toContain('`Procfile\\u{001B}` is one letter away from `Procfile`');
  });

  it('keeps every piece of hostile text in the summary as inert, escaped text', () => {
    const lines = run.summary.split('\n');
    expect(lines.filter((line) => line !== '' && !/^(## |### |<)/.test(line))).toEqual([]);
    const tags = new Set(Array.from(run.summary.matchAll(/<\/?([a-zA-Z0-9!-]+)/g), (match) => match[1]));
    expect([...tags].sort()).toEqual(['a', 'code', 'li', 'p', 'table', 'td', 'th', 'tr', 'ul']);
    for (const [, href] of run.summary.matchAll(/href="([^"]*)"/g))
      expect(href).toMatch(/^https:\/\/github\.com\/procfile-lint\/procfile-lint\/blob\/main\/docs\/rules\/[a-z-]+\.md$/);
    expect(run.summary.match(/@(?!&#8288;)/g)).toBeNull();
    expect(run.summary).not.toMatch(RAW_CONTROL);
    for (const table of run.summary.split(/<table>|<\/table>/).filter((_, index) => index % 2 === 1)) {
      expect(table).not.toMatch(/\n\s*\n/);
    }
    expect(run.summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(run.summary).toContain('@&#8288;octocat');
  });

  it('sets its outputs from the findings, not from the text', () => {
    expect(run.outputs.valid).toBe('false');
    for (const value of Object.values(run.outputs)) expect(value).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(run.outputs['process-types'] as string)).toEqual(expect.arrayContaining(['web', 'worker', 'clock']));
  });
});

describe('the action with a hostile app directory name', () => {
  const name = 'app \u001b[2J\u2028::error::x';

  it('names a missing directory without a raw control character', () => {
    const run = runAction(makeTree(), { path: name });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::The path 'app \\u{001B}[2J\\u{2028}::error::x' does not exist.");
    expect(run.stdout).not.toMatch(RAW_CONTROL);
  });

  it('names the failing Procfile without a raw control character', () => {
    const run = runAction(makeTree({ [`${name}/Procfile`]: 'worker: x\n' }), { path: name });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::app \\u{001B}[2J\\u{2028}::error::x/Procfile: 1 finding at or above fail-on');
    expect(run.stdout).not.toMatch(RAW_CONTROL);
  });
});

describe('the github-token input', () => {
  const token = `ghs_${randomBytes(18).toString('hex')}`;
  const broken = { Procfile: 'worker: x\n', 'procfile.txt': '' };

  it.each([
    ['(no debug)', {}],
    ['(debug mode)', { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }],
  ])('is masked before anything is logged, and never written anywhere else %s', (_, env) => {
    const run = runAction(makeTree(broken), { 'github-token': token }, env);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`::add-mask::${token}`);
    expect(lines.slice(1).join('\n')).not.toContain(token);
    expect(run.stderr).not.toContain(token);
    expect(run.summary).not.toContain(token);
    expect(JSON.stringify(run.outputs)).not.toContain(token);
    expect(run.outputs.valid).toBe('false');
  });

  it('registers no mask when there is no token', () => {
    expect(runAction(makeTree(broken)).stdout).not.toContain('::add-mask::');
  });
});
