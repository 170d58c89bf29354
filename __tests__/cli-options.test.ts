/** The CLI's options for installed use, run as a process: what to lint, where paths start, where reports go. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Log } from 'sarif';
import type { LintResult } from '../src/engine/types.js';
import { HOSTILE_NAMES, HOSTILE_PROCFILE } from './helpers/hostile.js';
import { REPO, runCli } from './helpers/processes.js';
import { sarifErrors } from './helpers/sarif.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

const DUPLICATE_WEB = 'web: gunicorn app:app\nworker: celery -A app worker\nweb: gunicorn other:app\n';
const PYTHON_APP = { 'app.py': '', 'other.py': '', 'requirements.txt': 'gunicorn\ncelery\n' };

/** A repository (a `.git` folder at its top) with the app in backend/. */
function repository(git: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n' }): string {
  return makeTree({ ...git, 'backend/Procfile': DUPLICATE_WEB, ...prefixed('backend/', PYTHON_APP) });
}

function prefixed(prefix: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, content]) => [`${prefix}${name}`, content]));
}

const json = (stdout: string) => JSON.parse(stdout) as LintResult;

describe('--version', () => {
  it('prints the version of package.json', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('what to lint', () => {
  it('takes a Procfile (or any file of the app) as its folder', () => {
    const byFolder = runCli(['--format', 'json', 'examples/broken-duplicate-web']);
    for (const file of ['examples/broken-duplicate-web/Procfile', 'examples/broken-duplicate-web/requirements.txt']) {
      const byFile = runCli(['--format', 'json', file]);
      expect(byFile).toEqual(byFolder);
    }
    expect(json(byFolder.stdout).findings.map((finding) => finding.rule)).toEqual(['duplicate-process-type']);
  });

  it('reads the Procfile from stdin with -, reported at --stdin-filename relative to the root', () => {
    const repo = repository();
    const run = runCli(['-', '--stdin-filename', 'Procfile', '--format', 'json'], path.join(repo, 'backend'), DUPLICATE_WEB);
    expect(run.status).toBe(1);
    const result = json(run.stdout);
    expect(result.procfile).toBe('backend/Procfile');
    expect(result.findings.map((finding) => [finding.rule, finding.file, finding.line])).toEqual([
      ['duplicate-process-type', 'backend/Procfile', 3],
    ]);
  });

  it('reads stdin as Procfile at the current folder without --stdin-filename, and only the content', () => {
    const dir = makeTree({ 'requirements.txt': '' });
    // Heroku: a fixed port is an error there (its `$PORT` is random); on Code Capsules it depends on a setting.
    const run = runCli(['-', '--platform', 'heroku'], dir, 'web: gunicorn app:app --bind 0.0.0.0:8000\n');
    expect(run.stdout).toMatch(/^Procfile:1:\d+: error: .*\[hardcoded-port\]$/m);
    // server-undeclared and app-target-missing read the app's files, which a Procfile on stdin comes without.
    expect(run.stdout).not.toMatch(/server-undeclared|app-target-missing/);
  });
});

describe('paths relative to --root', () => {
  it.each([
    ['a .git folder', { '.git/HEAD': 'ref: refs/heads/main\n' }],
    ['a .git file (a worktree or submodule)', { '.git': 'gitdir: /elsewhere/.git/worktrees/x\n' }],
  ])('start at the git top level by default, found by %s, so annotations land on the right file', (_, git) => {
    const repo = repository(git);
    const backend = path.join(repo, 'backend');
    const text = runCli(['.'], backend);
    expect(text.stdout).toMatch(/^backend\/Procfile:3:1: error: /);
    expect(runCli(['--format', 'github'], backend).stdout).toMatch(
      /^::error title=procfile-lint%3A duplicate-process-type,file=backend\/Procfile,line=3,/,
    );
    expect(runCli(['backend'], repo).stdout).toBe(text.stdout);
  });

  it('start at --root when given, and at the current folder outside a repository', () => {
    const repo = repository();
    expect(runCli(['--root', 'backend', 'backend'], repo).stdout).toMatch(/^Procfile:3:1: /);
    expect(runCli(['--root', '.', '.'], path.join(repo, 'backend')).stdout).toMatch(/^Procfile:3:1: /);
    const plain = makeTree({ 'api/Procfile': DUPLICATE_WEB, ...prefixed('api/', PYTHON_APP) });
    expect(runCli(['api'], plain).stdout).toMatch(/^api\/Procfile:3:1: /);
    expect(runCli(['.'], path.join(plain, 'api')).stdout).toMatch(/^Procfile:3:1: /);
  });
});

describe('several reports in one run', () => {
  it('writes each --format to the --output after it, and the one without an --output to stdout', () => {
    const repo = repository();
    const run = runCli(
      ['--format', 'sarif', '--output', 'reports/procfile.sarif', '--format', 'json', '--format', 'junit', '-o', 'junit.xml', 'backend'],
      repo,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const result = json(run.stdout);
    const log = JSON.parse(fs.readFileSync(path.join(repo, 'reports', 'procfile.sarif'), 'utf8')) as Log;
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]?.automationDetails?.id).toBe('procfile-lint/backend/');
    expect(log.runs[0]?.results?.map((each) => each.ruleId)).toEqual(result.findings.map((finding) => finding.rule));
    const junit = fs.readFileSync(path.join(repo, 'junit.xml'), 'utf8');
    expect(XMLValidator.validate(junit)).toBe(true);
    expect(junit).toContain('<failure type="error"');
    expect(fs.readdirSync(repo).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('prints the text report when every format goes to a file, and replaces an existing report whole', () => {
    const repo = repository();
    fs.writeFileSync(path.join(repo, 'out.json'), 'old report, much longer than nothing at all '.repeat(100));
    const run = runCli(['--format', 'json', '--output', 'out.json', 'backend'], repo);
    expect(run.stdout).toMatch(/^backend\/Procfile:3:1: error: .*\n\n✖ backend\/Procfile: 1 error\n$/);
    expect(json(fs.readFileSync(path.join(repo, 'out.json'), 'utf8')).findings).toHaveLength(1);
  });

  it('writes outside the root where the user says so', () => {
    const repo = repository();
    const elsewhere = makeTree();
    const file = path.join(elsewhere, 'nested', 'report.json');
    expect(runCli(['--format', 'json', '-o', file, 'backend'], repo).status).toBe(1);
    expect(json(fs.readFileSync(file, 'utf8')).procfile).toBe('backend/Procfile');
  });
});

describe('an --output that a repository could redirect', () => {
  const outside = () => makeTree({ 'victim.txt': 'untouched\n' });

  it.each([
    [
      'a folder that is a link out of the repository',
      (repo: string, out: string) => fs.symlinkSync(out, path.join(repo, 'reports')),
      'reports/victim.txt',
      /its folder is a link that leads out of the root/,
    ],
    [
      'a file that is a link',
      (repo: string, out: string) => fs.symlinkSync(path.join(out, 'victim.txt'), path.join(repo, 'report.json')),
      'report.json',
      /it is a symbolic link/,
    ],
    ['a file inside .git', () => undefined, '.git/config', /it is inside \.git/],
    [
      'a file inside a .GIT folder spelled otherwise',
      (repo: string) => fs.mkdirSync(path.join(repo, '.GIT')),
      '.GIT/hooks/x',
      /it is inside \.git/,
    ],
    ['a directory', (repo: string) => fs.mkdirSync(path.join(repo, 'report.json')), 'report.json', /it is not a regular file/],
  ])('is refused when it is %s', (_, plant, output, reason) => {
    const repo = repository();
    const out = outside();
    plant(repo, out);
    const run = runCli(['--format', 'json', '--output', output, 'backend'], repo);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(fs.readFileSync(path.join(out, 'victim.txt'), 'utf8')).toBe('untouched\n');
    expect(fs.readdirSync(out)).toEqual(['victim.txt']);
  });
});

describe('the CI formats', () => {
  it('gitlab: a Code Quality report with a unique, stable fingerprint per finding', () => {
    const dir = makeTree({ Procfile: 'web : a\nweb : a\n' });
    const report = () => JSON.parse(runCli(['--format', 'gitlab', '.'], dir).stdout) as Record<string, unknown>[];
    const issues = report();
    expect(issues.length).toBeGreaterThanOrEqual(3);
    for (const issue of issues) {
      expect(issue).toEqual({
        description: expect.stringMatching(/\S/),
        check_name: expect.stringMatching(/^[a-z-]+$/),
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}:\d+$/),
        severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/),
        location: { path: 'Procfile', lines: { begin: expect.any(Number), end: expect.any(Number) } },
      });
    }
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    expect(report()).toEqual(issues);
    expect(issues.find((issue) => issue.check_name === 'duplicate-process-type')?.severity).toBe('major');
  });

  it('checkstyle: one <file> per file and one <error> per finding, with its rule as the source', () => {
    const run = runCli(['--format', 'checkstyle', 'examples/broken-invalid-lines']);
    const findings = json(runCli(['--format', 'json', 'examples/broken-invalid-lines']).stdout).findings;
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    expect(run.stdout.match(/<error /g)).toHaveLength(findings.length);
    expect(run.stdout).toContain('<file name="examples/broken-invalid-lines/Procfile">');
    expect(run.stdout).toMatch(
      /<error line="\d+" column="\d+" severity="(error|warning|info)" message="[^"]+" source="procfile-lint\.space-before-colon"\/>/,
    );
  });

  it('junit: findings at --fail-on fail, the others pass with their text; a clean app is one passing case', () => {
    const dir = makeTree({ Procfile: 'web: gunicorn app:app\r\n', 'app.py': '', 'requirements.txt': 'gunicorn\n' });
    const warning = runCli(['--format', 'junit', '.'], dir).stdout;
    expect(warning).toMatch(/tests="1" failures="0"/);
    expect(warning).toMatch(/<system-out>warning: .*\[crlf-line-endings\]<\/system-out>/);
    const strict = runCli(['--format', 'junit', '--fail-on', 'warning', '.'], dir).stdout;
    expect(strict).toMatch(/tests="1" failures="1"/);
    expect(strict).toContain('<failure type="warning"');
    // On Heroku, whose release phase runs django-app's `release:` (Code Capsules warns it may not).
    const clean = runCli(['--format', 'junit', '--platform', 'heroku', 'examples/django-app']).stdout;
    expect(XMLValidator.validate(clean)).toBe(true);
    expect(clean).toMatch(/tests="1" failures="0"[\s\S]*<testcase classname="examples\/django-app\/Procfile" name="[^"]+"\/>/);
  });

  it.each(['checkstyle', 'junit'])('%s: stays well-formed XML with hostile Procfile text and file names', (format) => {
    const run = runCli(['--format', format, makeTree({ Procfile: HOSTILE_PROCFILE, ...HOSTILE_NAMES })]);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
  });
});

describe('the temporary folder of these tests', () => {
  it('is not inside a git repository, so the default root there is the current folder', () => {
    let dir = fs.realpathSync(os.tmpdir());
    for (; path.dirname(dir) !== dir; dir = path.dirname(dir)) expect(fs.existsSync(path.join(dir, '.git'))).toBe(false);
  });
});
