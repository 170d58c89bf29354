/** The deploy model at the user's boundary: the built CLI and action on small apps, on every platform. */
import type { LintResult } from '../src/engine/types.js';
import { runAction, runCli } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

const json = (args: string[], cwd: string) => JSON.parse(runCli(['--format', 'json', '--fail-on', 'never', ...args, '.'], cwd).stdout);
const rulesOf = (result: LintResult) => result.findings.map((finding) => `${finding.rule}:${finding.severity}`);

describe('the CLI', () => {
  it('explains what Code Capsules will run with --explain, and always puts the plan in JSON', () => {
    const app = makeTree({ Procfile: 'web: gunicorn app:app --bind 0.0.0.0:$PORT\n', 'app.py': '', 'requirements.txt': 'gunicorn\n' });
    const text = runCli(['--explain', '.'], app);
    expect(text.stdout).toContain('What Code Capsules will run:\n  Build: Python with Google Cloud buildpacks (assumed, unverified:');
    expect(text.stdout).toContain('  `web` runs `gunicorn app:app --bind 0.0.0.0:$PORT` with bash -c (Procfile line 1).');
    expect(runCli(['.'], app).stdout).not.toContain('What Code Capsules will run');
    expect((json([], app) as LintResult).plan.build).toMatchObject({ language: 'python', evidence: ['app.py'] });
  });

  it('names the other languages recognised, not another group of the one chosen', () => {
    const app = makeTree({
      Procfile: 'web: gunicorn app:app --bind 0.0.0.0:$PORT\n',
      'app.py': '',
      'requirements.txt': 'gunicorn\n',
      'package.json': '{}',
    });
    const lines = runCli(['--explain', '.'], app).stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('  Also recognised'))).toEqual([
      '  Also recognised, not chosen: Node.js (`package.json`).',
    ]);
  });

  it('takes a list of platforms: one labelled plan and set of findings each', () => {
    const app = makeTree({
      Procfile: 'web: python manage.py migrate && gunicorn mysite.wsgi\n',
      'manage.py': '',
      'mysite/wsgi.py': '',
      'requirements.txt': 'django\ngunicorn\n',
    });
    const both = json(['--platform', 'codecapsules,dokku'], app) as { platforms: LintResult[] };
    expect(both.platforms.map((result) => [result.platform, result.plan.runs])).toEqual([
      ['codecapsules', 'bash -c'],
      ['dokku', 'herokuish\'s `exec $(eval echo "$cmd")`'],
    ]);
    expect(rulesOf(both.platforms[1] as LintResult)).toContain('runner-shell-syntax:warning');
    expect(rulesOf(both.platforms[0] as LintResult)).not.toContain('runner-shell-syntax:warning');
    const text = runCli(['--platform', 'codecapsules,dokku', '.'], app).stdout;
    expect(text).toMatch(/^Code Capsules:\n[\s\S]*\nDokku:\n/);
    expect(runCli(['--platform', 'codecapsules,render', '.'], app)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("Unknown platform 'render'"),
    });
  });

  it('fails `web: # TODO` on every platform', () => {
    const app = makeTree({ Procfile: 'web: # TODO\n', 'app.py': '' });
    for (const platform of ['codecapsules', 'heroku', 'heroku-fir', 'dokku']) {
      const run = runCli(['--platform', platform, '.'], app);
      expect([platform, run.status, run.stdout.includes('[comment-command]')]).toEqual([platform, 1, true]);
    }
  });

  it('catches a Heroku-named Go binary and heroku-php-apache2 on Code Capsules only', () => {
    const go = makeTree({
      Procfile: 'web: go-getting-started\n',
      'go.mod': 'module github.com/heroku/go-getting-started\n',
      'main.go': '',
    });
    expect(rulesOf(json([], go))).toContain('command-not-found:error');
    const elsewhere = json(['--platform', 'heroku,heroku-fir,dokku'], go) as { platforms: LintResult[] };
    expect(elsewhere.platforms.map((result) => [result.platform, rulesOf(result).includes('command-not-found:error')])).toEqual([
      ['heroku', false],
      ['heroku-fir', false],
      ['dokku', false],
    ]);
    const php = makeTree({ Procfile: 'web: vendor/bin/heroku-php-apache2 public/\n', 'composer.json': '{}' });
    expect(rulesOf(json([], php))).toContain('command-not-found:error');
  });

  it('plans the default start command without a Procfile, and says when it fails', () => {
    const node = makeTree({ 'package.json': '{"name":"api"}' });
    const plan = (json([], node) as LintResult).plan;
    expect(plan.processes).toEqual([
      expect.objectContaining({ command: 'node index.js', source: expect.objectContaining({ kind: 'default' }) }),
    ]);
    expect(rulesOf(json([], node))).toEqual(['default-start-fails:error']);
    expect(rulesOf(json(['--platform', 'heroku'], node))).toEqual(['default-start-fails:error']);
    expect((json(['--platform', 'heroku'], node) as LintResult).plan.processes[0]?.command).toBe('npm start');
    expect(rulesOf(json(['--platform', 'heroku-fir'], node))).toEqual([]);
  });

  it('builds with the platform order at any depth: a stray .py with a Procfile makes Code Capsules build Python', () => {
    const app = makeTree({ Procfile: 'web: node server.js\n', 'package.json': '{}', 'server.js': '', 'scripts/seed.py': '' });
    const result = json([], app) as LintResult;
    expect(result.plan.build).toMatchObject({ language: 'python', evidence: ['scripts/seed.py'] });
    expect(rulesOf(result)).toContain('language-mismatch:warning');
    expect(rulesOf(json(['--platform', 'heroku'], app))).not.toContain('language-mismatch:warning');
  });
});

describe('the action', () => {
  it('accepts a platform list: a summary section per platform, annotations naming the platform', () => {
    const app = makeTree({
      Procfile: 'release: python manage.py migrate\nweb: NODE_ENV=production gunicorn mysite.wsgi\n',
      'manage.py': '',
      'mysite/wsgi.py': '',
      'requirements.txt': 'django\ngunicorn\n',
    });
    const run = runAction(app, { platform: 'codecapsules,dokku', 'fail-on': 'never' });
    expect(run.status).toBe(0);
    expect(run.summary.split('\n')[0]).toBe('## What Code Capsules will run');
    expect(run.summary).toContain('## What Dokku will run');
    expect(run.stdout).toMatch(/::error title=procfile-lint%3A runner-shell-syntax,[^\n]*::Dokku: `web` runs/);
    expect(run.stdout).toMatch(/::warning title=procfile-lint%3A release-not-run,[^\n]*::Code Capsules: `release` runs/);
  });
});
