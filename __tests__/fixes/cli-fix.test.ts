/** `--fix` and `--fix-dry-run` through the built CLI (bin/procfile-lint.js), on real files. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/processes.js';
import { makeTree, removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const messy = () => Buffer.concat([BOM, Buffer.from('web : uvicorn main:app\r\n  worker: python bot.py\r\n')]);
const app = { 'requirements.txt': 'fastapi\nuvicorn\n', 'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n', 'bot.py': '' };

describe('procfile-lint --fix', () => {
  it('applies every safe fix, says what it changed, reports what is left, and a second run changes nothing', () => {
    const workspace = makeTree({ ...app, Procfile: messy() });
    fs.chmodSync(path.join(workspace, 'Procfile'), 0o640);
    const first = runCli(['--fix'], workspace);
    const fixed = fs.readFileSync(path.join(workspace, 'Procfile'), 'utf8');
    expect(fixed).toBe('web: uvicorn main:app --host 0.0.0.0 --port $PORT\nworker: python bot.py\n');
    expect(first.stdout).toContain('fixed Procfile: Remove the byte order mark.');
    expect(first.stdout).toContain('fixed Procfile: Convert the line endings to LF.');
    expect(first.stdout).toContain('fixed Procfile: Make `uvicorn` listen on 0.0.0.0 and on $PORT.');
    expect(first.status).toBe(0);
    expect(fs.statSync(path.join(workspace, 'Procfile')).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(workspace).sort()).toEqual(['Procfile', 'bot.py', 'main.py', 'requirements.txt']);

    const second = runCli(['--fix'], workspace);
    expect(second.stdout).not.toContain('fixed ');
    expect(fs.readFileSync(path.join(workspace, 'Procfile'), 'utf8')).toBe(fixed);
  });

  it('fixes every line of a long Procfile in one run, past the findings a report lists per rule', () => {
    const lines = (indent: string) => Array.from({ length: 300 }, (_, i) => `${indent}w${i}: python bot.py\n`).join('');
    const workspace = makeTree({ ...app, Procfile: `web: uvicorn main:app --host 0.0.0.0 --port $PORT\n${lines('  ')}` });
    const listed = JSON.parse(runCli(['--format', 'json', '--fail-on', 'never'], workspace).stdout);
    expect(listed.findings.filter((finding: { rule: string }) => finding.rule === 'leading-whitespace')).toHaveLength(101);
    runCli(['--fix'], workspace);
    expect(fs.readFileSync(path.join(workspace, 'Procfile'), 'utf8')).toBe(
      `web: uvicorn main:app --host 0.0.0.0 --port $PORT\n${lines('')}`,
    );
  });

  it('keeps stdout for the result in machine formats', () => {
    const workspace = makeTree({ ...app, Procfile: messy() });
    const run = runCli(['--fix', '--format', 'json'], workspace);
    expect(JSON.parse(run.stdout).findings).toEqual([]);
    expect(run.stderr).toContain('fixed Procfile: Remove the byte order mark.');
  });

  it('renames a misnamed Procfile when it is the only candidate, then fixes it', () => {
    const workspace = makeTree({ ...app, 'Procfile.txt': 'web: uvicorn main:app --host 0.0.0.0 --port $PORT\r\n' });
    const run = runCli(['--fix'], workspace);
    expect(run.stdout).toContain('fixed Procfile.txt: Rename `Procfile.txt` to `Procfile`.');
    expect(fs.existsSync(path.join(workspace, 'Procfile.txt'))).toBe(false);
    expect(fs.readFileSync(path.join(workspace, 'Procfile'), 'utf8')).toBe('web: uvicorn main:app --host 0.0.0.0 --port $PORT\n');
  });

  it('creates the proposed Procfile when one is missing, and the app then lints clean', () => {
    // Heroku has no default start command for Python (on Code Capsules, GCP's default gunicorn on :8080 is a warning).
    const workspace = makeTree(app);
    const run = runCli(['--fix', '--platform', 'heroku'], workspace);
    expect(fs.readFileSync(path.join(workspace, 'Procfile'), 'utf8')).toBe('web: uvicorn main:app --host 0.0.0.0 --port $PORT\n');
    expect(run.status).toBe(0);
  });

  it('never writes through a link out of the workspace', () => {
    const outside = makeTree({ Procfile: 'web : node a.js\r\n' });
    const workspace = makeTree({ 'package.json': '{}' });
    fs.symlinkSync(path.join(outside, 'Procfile'), path.join(workspace, 'Procfile'));
    runCli(['--fix'], workspace);
    expect(fs.readFileSync(path.join(outside, 'Procfile'), 'utf8')).toBe('web : node a.js\r\n');
    expect(fs.lstatSync(path.join(workspace, 'Procfile')).isSymbolicLink()).toBe(true);
  });
});

describe('procfile-lint --fix-dry-run', () => {
  it('prints every pass as one unified diff that git applies to the same result, and writes nothing', () => {
    const workspace = makeTree({ ...app, Procfile: messy() });
    const run = runCli(['--fix-dry-run'], workspace);
    expect(run.stdout).toMatch(/^--- a\/Procfile\n\+\+\+ b\/Procfile\n@@ -1,2 \+1,2 @@\n/u);
    expect(run.stdout).toContain('+web: uvicorn main:app --host 0.0.0.0 --port $PORT\n');
    expect(fs.readFileSync(path.join(workspace, 'Procfile')).equals(messy())).toBe(true);

    fs.writeFileSync(path.join(workspace, 'fix.diff'), run.stdout);
    const git = spawnSync('git', ['apply', '--unsafe-paths', 'fix.diff'], { cwd: workspace, encoding: 'utf8' });
    expect(git.stderr).toBe('');
    const applied = fs.readFileSync(path.join(workspace, 'Procfile'), 'utf8');
    fs.writeFileSync(path.join(workspace, 'Procfile'), messy());
    fs.rmSync(path.join(workspace, 'fix.diff'));
    runCli(['--fix'], workspace);
    expect(applied).toBe(fs.readFileSync(path.join(workspace, 'Procfile'), 'utf8'));
  });

  it('prints nothing when there is nothing to fix', () => {
    const workspace = makeTree({ ...app, Procfile: 'web: uvicorn main:app --host 0.0.0.0 --port $PORT\n' });
    expect(runCli(['--fix-dry-run'], workspace).stdout).toBe('');
  });
});

describe('--fix and --fix-dry-run over several apps', () => {
  const monorepo = () =>
    makeTree({
      'apps/api/requirements.txt': app['requirements.txt'],
      'apps/api/main.py': app['main.py'],
      'apps/api/bot.py': '',
      'apps/api/Procfile': messy(),
      'apps/web/package.json': '{"scripts":{"start":"node server.js"}}',
      'apps/web/server.js': 'require("http").createServer().listen(process.env.PORT);\n',
      'apps/web/Procfile': 'web : node server.js\n',
    });

  it('fixes each app in turn, names each file it changed, and reports every app', () => {
    const root = monorepo();
    const run = runCli(['--fix', 'apps/*'], root);
    expect(fs.readFileSync(path.join(root, 'apps/api/Procfile'), 'utf8')).toBe(
      'web: uvicorn main:app --host 0.0.0.0 --port $PORT\nworker: python bot.py\n',
    );
    expect(fs.readFileSync(path.join(root, 'apps/web/Procfile'), 'utf8')).toBe('web: node server.js\n');
    expect(run.stdout).toContain('fixed apps/api/Procfile: Remove the byte order mark.');
    expect(run.stdout).toContain('fixed apps/web/Procfile: ');
    expect(run.stdout.indexOf('apps/api/Procfile')).toBeLessThan(run.stdout.indexOf('apps/web/Procfile'));
    expect(run.status).toBe(0);
    expect(runCli(['--fix', 'apps/api', 'apps/web'], root).stdout).not.toContain('fixed ');
  });

  it('prints one diff per app that git applies to the same files --fix writes, and writes nothing', () => {
    const root = monorepo();
    const run = runCli(['--fix-dry-run', 'apps/api', 'apps/web'], root);
    expect(run.stdout).toContain('--- a/apps/api/Procfile\n');
    expect(run.stdout).toContain('--- a/apps/web/Procfile\n');
    expect(fs.readFileSync(path.join(root, 'apps/web/Procfile'), 'utf8')).toBe('web : node server.js\n');

    fs.writeFileSync(path.join(root, 'fix.diff'), run.stdout);
    const git = spawnSync('git', ['apply', '--unsafe-paths', 'fix.diff'], { cwd: root, encoding: 'utf8' });
    expect(git.stderr).toBe('');
    const applied = ['apps/api/Procfile', 'apps/web/Procfile'].map((file) => fs.readFileSync(path.join(root, file), 'utf8'));
    const fixedRoot = monorepo();
    runCli(['--fix', 'apps/*'], fixedRoot);
    expect(['apps/api/Procfile', 'apps/web/Procfile'].map((file) => fs.readFileSync(path.join(fixedRoot, file), 'utf8'))).toEqual(applied);
  });
});
