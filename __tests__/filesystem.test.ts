/**
 * The file system as a pull request can shape it: symlinks into and out of the workspace, a directory or a FIFO named
 * Procfile, an unreadable file, a huge file, and `path` inputs that leave the workspace. The built action and the
 * CLI run as processes; every file outside the workspace holds a secret marker, which must appear nowhere in what
 * they write (log, stderr, summary, outputs).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintResult } from '../src/engine/types.js';
import { inApp, lintAppsJson, runAction, runCli, type ActionRun, type AppsRun, type CliRun } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';
import { cannotRunUnprivileged, runCliUnprivileged } from './helpers/unprivileged.js';

afterEach(removeTrees);

const SECRET = `secret-${randomUUID()}`;

/** A directory outside every workspace, whose files would leak the secret if they were ever read. */
function outside(): string {
  return makeTree({ Procfile: `web: echo ${SECRET}\n`, 'secret.txt': `${SECRET}\n`, 'app/Procfile': `web: ${SECRET}\n` });
}

function expectNoLeak(run: ActionRun | CliRun): void {
  const written = [run.stdout, run.stderr, 'summary' in run ? run.summary : '', 'outputs' in run ? JSON.stringify(run.outputs) : ''];
  for (const text of written) expect(text).not.toContain(SECRET);
}

/** The CLI's JSON result for the app at `cwd`, as a user runs it from the repository root. */
function cliJson(cwd: string, args: string[] = []): { run: CliRun; result: LintResult | null } {
  const run = runCli(['--format', 'json', ...args], cwd);
  return { run, result: run.status === 2 ? null : (JSON.parse(run.stdout) as LintResult) };
}

/** The message about the Procfile (of the app in folder `app`) that says it `what`. */
const unreadableMessage = (what: string, app?: string) => expect.stringContaining(`\`${app ? `${app}/` : ''}Procfile\` ${what}`);

const AT_LIMIT = `web: ${'x'.repeat(1024 * 1024 - 6)}\n`;

/**
 * The CLI's JSON results for the app shapes below whose effect stays in their own result (a finding, or a Procfile
 * read), from one run of them all, each in its folder: each test reads its own app's result, and none of them may
 * leak the secret anywhere in the run's output. The shapes whose effect is on the process as a whole (a FIFO that
 * could block it, a 16 GiB file, a `.git` of its own, a refused path) keep a run each.
 */
let shared: AppsRun;
beforeAll(() => {
  const out = outside();
  shared = lintAppsJson(
    {
      inside: { 'deploy/Procfile.prod': 'web: gunicorn app:app\n', 'app.py': '', 'requirements.txt': 'gunicorn\n' },
      absolute: {},
      relative: {},
      nearMiss: { Procfile: 'web: x\n' },
      directory: { 'Procfile/': '' },
      atLimit: { Procfile: AT_LIMIT },
    },
    [],
    (root) => {
      fs.symlinkSync('deploy/Procfile.prod', path.join(root, 'inside', 'Procfile'));
      fs.symlinkSync(path.join(out, 'Procfile'), path.join(root, 'absolute', 'Procfile'));
      fs.symlinkSync(path.relative(path.join(root, 'relative'), path.join(out, 'Procfile')), path.join(root, 'relative', 'Procfile'));
      fs.symlinkSync(path.join(out, 'secret.txt'), path.join(root, 'nearMiss', 'Procfile.txt'));
      fs.symlinkSync(path.join(out, 'app'), path.join(root, 'nearMiss', 'backend'));
    },
  );
});

describe('a Procfile that is a symbolic link', () => {
  it('is read when it stays inside the workspace', () => {
    const workspace = makeTree({ 'deploy/Procfile.prod': 'web: gunicorn app:app\n', 'app.py': '', 'requirements.txt': 'gunicorn\n' });
    fs.symlinkSync('deploy/Procfile.prod', path.join(workspace, 'Procfile'));
    expect(runAction(workspace).outputs).toMatchObject({ valid: 'true', procfile: 'Procfile', 'process-types': '["web"]' });
    expect(shared.result('inside').processes).toEqual([{ type: 'web', command: 'gunicorn app:app', line: 1 }]);
  });

  it.each([
    ['absolute', (out: string) => path.join(out, 'Procfile')],
    ['relative', (out: string, workspace: string) => path.relative(workspace, path.join(out, 'Procfile'))],
  ])('is refused, unread, when it points outside the workspace (%s target)', (kind, target) => {
    const out = outside();
    const workspace = makeTree();
    fs.symlinkSync(target(out, workspace), path.join(workspace, 'Procfile'));

    const action = runAction(workspace);
    expect(action.status).toBe(1);
    expect(action.outputs).toMatchObject({ valid: 'false', procfile: '', 'process-types': '[]' });
    expect(action.stdout).toMatch(
      /::error title=procfile-lint%3A procfile-unreadable,file=Procfile,.*symbolic link to a file outside the repository/,
    );
    expectNoLeak(action);

    expect(shared.result(kind).findings).toMatchObject([
      { rule: 'procfile-unreadable', message: unreadableMessage('is a symbolic link to a file outside the repository', kind) },
    ]);
    expectNoLeak(shared);
  });

  it('is refused, unread, when it points into .git, where actions/checkout keeps the token', () => {
    const workspace = makeTree({ '.git/config': `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n` });
    fs.symlinkSync('.git/config', path.join(workspace, 'Procfile'));
    const action = runAction(workspace);
    expect(action.stdout).toMatch(/procfile-unreadable,file=Procfile,.*is a symbolic link into `.git`/);
    expectNoLeak(action);
    const { run, result } = cliJson(workspace);
    expect(result?.findings).toMatchObject([{ rule: 'procfile-unreadable', message: unreadableMessage('is a symbolic link into `.git`') }]);
    expectNoLeak(run);
  });

  it('is refused when it loops, or points nowhere', () => {
    const workspace = makeTree({ 'dangling/': '' });
    fs.symlinkSync('Procfile', path.join(workspace, 'Procfile'));
    expect(cliJson(workspace).result?.findings).toMatchObject([{ message: unreadableMessage('is a symbolic link that loops') }]);
    fs.symlinkSync('missing', path.join(workspace, 'dangling', 'Procfile'));
    expect(cliJson(workspace, ['dangling']).result?.findings).toMatchObject([
      { file: 'dangling/Procfile', message: expect.stringContaining('symbolic link to a file that does not exist') },
    ]);
  });
});

describe('links out of the workspace elsewhere', () => {
  it('never reads a near miss or a nested Procfile through them', () => {
    const out = outside();
    const workspace = makeTree({ Procfile: 'web: x\n' });
    fs.symlinkSync(path.join(out, 'secret.txt'), path.join(workspace, 'Procfile.txt'));
    fs.symlinkSync(path.join(out, 'app'), path.join(workspace, 'backend'));
    const action = runAction(workspace);
    expectNoLeak(action);
    expectNoLeak(shared);
    // The near miss is named (a file name is not its content); the linked directory is not searched.
    expect(shared.result('nearMiss').findings.map((finding) => [finding.rule, inApp('nearMiss', finding.file)])).toEqual([
      ['procfile-misnamed', 'Procfile.txt'],
    ]);
  });
});

describe('an app path that leaves the workspace', () => {
  it.each([
    ['../..', () => '../..'],
    ['an absolute path outside GITHUB_WORKSPACE', (out: string) => out],
    ['an absolute path to a file outside', (out: string) => path.join(out, 'secret.txt')],
    ['a symlinked app directory pointing outside', () => 'app'],
  ])('is a usage error, and nothing there is read: %s', (_, appPath) => {
    const out = outside();
    const workspace = makeTree({ 'nested/deeper/Procfile': 'web: x\n' });
    fs.symlinkSync(out, path.join(workspace, 'app'));
    fs.symlinkSync(out, path.join(workspace, 'nested', 'deeper', 'app'));
    const run = runAction(path.join(workspace, 'nested', 'deeper'), { path: appPath(out) });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::The path '.*' (is outside the workspace|is not a directory)/);
    expect(run.summary).toBe('');
    expectNoLeak(run);
  });

  it('is refused by the CLI too when it is a symlink out of the current directory', () => {
    const out = outside();
    const workspace = makeTree();
    fs.symlinkSync(out, path.join(workspace, 'app'));
    const run = runCli(['app'], workspace);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/The path 'app' is outside the workspace/);
    expectNoLeak(run);
  });
});

describe('a Procfile that is not a regular file', () => {
  it('is reported when it is a directory', () => {
    const workspace = makeTree({ 'Procfile/': '' });
    expect(runAction(workspace).stdout).toMatch(/procfile-unreadable,file=Procfile,.*is a directory, not a file/);
    expect(shared.result('directory').findings).toMatchObject([
      { rule: 'procfile-unreadable', message: unreadableMessage('is a directory', 'directory') },
    ]);
  });

  it('is reported without blocking when it is a FIFO, at the root, beside it or below it', () => {
    const workspace = makeTree({ 'app/': '' });
    for (const fifo of ['Procfile', 'Procfile.txt', 'app/Procfile']) execFileSync('mkfifo', [path.join(workspace, fifo)]);
    const started = Date.now();
    const action = runAction(workspace);
    const { run, result } = cliJson(workspace);
    // runAction and runCli kill the process after 20 s: a blocked read would show as a signal and no status.
    expect([action.status, run.status]).toEqual([1, 1]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result?.findings.map((finding) => [finding.rule, finding.file])).toEqual([
      ['procfile-unreadable', 'Procfile'],
      ['procfile-misnamed', 'Procfile.txt'],
      ['procfile-not-root', 'app/Procfile'],
    ]);
    expect(result?.findings[0]?.message).toContain('is not a regular file (a FIFO, socket or device)');
  }, 45_000);
});

describe('a Procfile that cannot be read', () => {
  if (cannotRunUnprivileged) console.warn(`Skipping the unreadable-Procfile test: ${cannotRunUnprivileged}.`);

  (cannotRunUnprivileged ? it.skip : it)('is reported as unreadable, not as missing or empty', () => {
    const workspace = makeTree({ Procfile: `web: ${SECRET}\n` });
    fs.chmodSync(workspace, 0o755);
    fs.chmodSync(path.join(workspace, 'Procfile'), 0o000);
    const run = runCliUnprivileged(['--format', 'json'], workspace);
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as LintResult;
    expect(result.findings).toMatchObject([
      { rule: 'procfile-unreadable', file: 'Procfile', message: unreadableMessage('cannot be read: permission denied') },
    ]);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });
});

describe('a Procfile over the 1 MiB limit', () => {
  it('is refused with a finding, without loading it', () => {
    const workspace = makeTree({ Procfile: `web: echo ${SECRET}\n` });
    // 16 GiB, sparse: loading it would fail (Node cannot hold it in one buffer) or take far longer than the test.
    fs.truncateSync(path.join(workspace, 'Procfile'), 16 * 1024 ** 3);
    const action = runAction(workspace);
    expect(action.stdout).toMatch(
      /procfile-unreadable,file=Procfile,.*is larger than 1024 KiB, the most procfile-lint reads .*, so it was not checked/,
    );
    expect(action.outputs).toMatchObject({ valid: 'false', procfile: '' });
    expectNoLeak(action);
    const { run, result } = cliJson(workspace);
    expect(result?.findings).toMatchObject([{ rule: 'procfile-unreadable', message: unreadableMessage('is larger than 1024 KiB') }]);
    expectNoLeak(run);
  });

  it('is read when it is exactly at the limit', () => {
    expect(Buffer.byteLength(AT_LIMIT)).toBe(1024 * 1024);
    // Read, not refused: Dokku cannot take a line this long, which is true, and the command is too long to analyse.
    const result = shared.result('atLimit');
    expect(result).toMatchObject({ procfile: 'atLimit/Procfile', processes: [{ type: 'web' }] });
    expect(result?.findings.map((finding) => [finding.rule, finding.severity, finding.message])).toEqual([
      ['portability', 'notice', expect.stringContaining('Dokku rejects the whole Procfile')],
      ['shell-syntax', 'notice', expect.stringContaining('procfile-lint checks commands of at most 2048 characters')],
    ]);
  });
});
