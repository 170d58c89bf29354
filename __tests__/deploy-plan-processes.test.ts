/** The deploy model at the user's boundary: the built CLI and action on small apps, on every platform. */
import type { LintResult } from '../src/engine/types.js';
import { appsTree, explainedApp, lintAppsJson, runAction, runCli, type AppsRun } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

const rulesOf = (result: LintResult) => result.findings.map((finding) => `${finding.rule}:${finding.severity}`);

const GUNICORN = { Procfile: 'web: gunicorn app:app --bind 0.0.0.0:$PORT\n', 'app.py': '', 'requirements.txt': 'gunicorn\n' };
const GUNICORN_AND_NODE = { ...GUNICORN, 'package.json': '{}' };

/**
 * The JSON results of every app below on every platform, from one run (each test reads its own app's): no test here
 * asserts this run's exit status.
 */
let results: AppsRun;
beforeAll(() => {
  results = lintAppsJson(
    {
      gunicorn: GUNICORN,
      go: { Procfile: 'web: go-getting-started\n', 'go.mod': 'module github.com/heroku/go-getting-started\n', 'main.go': '' },
      php: { Procfile: 'web: vendor/bin/heroku-php-apache2 public/\n', 'composer.json': '{}' },
      node: { 'package.json': '{"name":"api"}' },
      stray: { Procfile: 'web: node server.js\n', 'package.json': '{}', 'server.js': '', 'scripts/seed.py': '' },
    },
    ['--fail-on', 'never', '--platform', 'codecapsules,heroku,heroku-fir,dokku'],
  );
});

describe('the CLI', () => {
  // Both apps in one --explain run (the default platform, Code Capsules); each test reads its own app's plan.
  let explained: string;
  beforeAll(() => {
    explained = runCli(['--explain', 'gunicorn', 'both'], appsTree({ gunicorn: GUNICORN, both: GUNICORN_AND_NODE })).stdout;
  });

  it('explains what Code Capsules will run with --explain, and always puts the plan in JSON', () => {
    const text = explainedApp(explained, 'gunicorn');
    expect(text).toContain('What Code Capsules will run:\n  Build: Python with Google Cloud buildpacks (assumed, unverified:');
    expect(text).toContain('  `web` runs `gunicorn app:app --bind 0.0.0.0:$PORT` with bash -c (Procfile line 1).');
    expect(runCli(['.'], makeTree(GUNICORN)).stdout).not.toContain('What Code Capsules will run');
    expect(results.result('gunicorn', 'codecapsules').plan.build).toMatchObject({ language: 'python', evidence: ['app.py'] });
  });

  it('names the other languages recognised, not another group of the one chosen', () => {
    const lines = explainedApp(explained, 'both').split('\n');
    expect(lines.filter((line) => line.startsWith('  Also recognised'))).toEqual([
      '  Also recognised, not chosen: Node.js (`package.json`).',
    ]);
    // The app without package.json, in the same run, recognises nothing else.
    expect(explainedApp(explained, 'gunicorn')).not.toContain('Also recognised');
  });

  it('takes a list of platforms: one labelled plan and set of findings each', () => {
    const app = makeTree({
      Procfile: 'web: python manage.py migrate && gunicorn mysite.wsgi\n',
      'manage.py': '',
      'mysite/wsgi.py': '',
      'requirements.txt': 'django\ngunicorn\n',
    });
    const both = JSON.parse(runCli(['--format', 'json', '--fail-on', 'never', '--platform', 'codecapsules,dokku', '.'], app).stdout) as {
      platforms: LintResult[];
    };
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
    // One run on every platform: it exits 1, and each platform's result has the comment-command error.
    const platforms = ['codecapsules', 'heroku', 'heroku-fir', 'dokku'];
    const run = lintAppsJson({ todo: { Procfile: 'web: # TODO\n', 'app.py': '' } }, ['--platform', platforms.join(',')]);
    expect(run.status).toBe(1);
    expect(platforms.map((platform) => [platform, rulesOf(run.result('todo', platform)).includes('comment-command:error')])).toEqual(
      platforms.map((platform) => [platform, true]),
    );
  });

  it('catches a Heroku-named Go binary and heroku-php-apache2 on Code Capsules only', () => {
    expect(rulesOf(results.result('go', 'codecapsules'))).toContain('command-not-found:error');
    expect(
      ['heroku', 'heroku-fir', 'dokku'].map((platform) => [
        platform,
        rulesOf(results.result('go', platform)).includes('command-not-found:error'),
      ]),
    ).toEqual([
      ['heroku', false],
      ['heroku-fir', false],
      ['dokku', false],
    ]);
    expect(rulesOf(results.result('php', 'codecapsules'))).toContain('command-not-found:error');
  });

  it('plans the default start command without a Procfile, and says when it fails', () => {
    const node = (platform: string) => results.result('node', platform);
    expect(node('codecapsules').plan.processes).toEqual([
      expect.objectContaining({ command: 'node index.js', source: expect.objectContaining({ kind: 'default' }) }),
    ]);
    expect(rulesOf(node('codecapsules'))).toEqual(['default-start-fails:error']);
    expect(rulesOf(node('heroku'))).toEqual(['default-start-fails:error']);
    expect(node('heroku').plan.processes[0]?.command).toBe('npm start');
    expect(rulesOf(node('heroku-fir'))).toEqual([]);
  });

  it('builds with the platform order at any depth: a stray .py with a Procfile makes Code Capsules build Python', () => {
    const result = results.result('stray', 'codecapsules');
    expect(result.plan.build).toMatchObject({ language: 'python', evidence: ['scripts/seed.py'] });
    expect(rulesOf(result)).toContain('language-mismatch:warning');
    expect(rulesOf(results.result('stray', 'heroku'))).not.toContain('language-mismatch:warning');
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
