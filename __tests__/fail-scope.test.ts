/**
 * `fail-scope: changed`, through the built action run as a process on real event payloads, with the pull request's
 * files listed by a stand-in for the GitHub API: old findings are reported but fail the step only when the pull
 * request touches what they are about.
 */
import { scopeFindings } from '../src/action/fail-scope.js';
import { lintProcfile } from '../src/lint.js';
import { eventEnv, webhookExample } from './helpers/events.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/github-api.js';
import { runAction, runActionAsync } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
let api: FakeGitHub | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
  removeTrees();
});

/** An app with an old problem in its Procfile (a hard-coded port), and a README. */
const broken = () => makeTree({ Procfile: 'web: gunicorn app:app --bind 0.0.0.0:8000\n', 'app.py': '', 'requirements.txt': 'gunicorn\n', 'README.md': '' });

async function onPullRequest(workspace: string, changed: string[], inputs: Record<string, string> = { 'fail-scope': 'changed' }) {
  api = await startFakeGitHub({ changedFiles: changed.map((filename) => ({ filename, status: 'modified' })) });
  const env = eventEnv('pull_request', webhookExample('pull_request', 'synchronize'));
  return runActionAsync(workspace, { 'github-token': TOKEN, ...inputs }, { GITHUB_API_URL: api.url, ...env });
}

describe('fail-scope: changed on a pull request', () => {
  it('reports an old finding without failing when the pull request changes only unrelated files', async () => {
    const run = await onPullRequest(broken(), ['README.md', 'src/other.py']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^::error title=procfile-lint%3A hardcoded-port,file=Procfile,/m);
    expect(run.stdout).toContain('procfile-lint: 1 of 1 findings are about files this pull request does not change');
    expect(run.summary).toContain('do not fail the step (fail-scope: changed)');
    expect(run.outputs).toMatchObject({ valid: 'false', errors: '1' });
  });

  it.each([['Procfile'], ['requirements.txt'], ['Dockerfile']])('fails when the pull request changes %s', async (file) => {
    const run = await onPullRequest(broken(), ['README.md', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::Procfile: 1 finding at or above fail-on: error/m);
  });

  it('fails when the pull request removes the script a command runs', async () => {
    const workspace = makeTree({ Procfile: 'worker: python bot.py\n', 'app.py': '', 'requirements.txt': '' });
    const run = await onPullRequest(workspace, ['bot.py']);
    expect(run.stdout).toMatch(/app-target-missing/);
    expect(run.status).toBe(1);
  });

  it('fails on every finding with the default, fail-scope: all', async () => {
    const run = await onPullRequest(broken(), ['README.md'], {});
    expect(run.status).toBe(1);
  });

  it('counts every finding when the files cannot be listed, and says why', async () => {
    api = await startFakeGitHub({ refuse: ['pulls/list-files'] });
    const env = eventEnv('pull_request', webhookExample('pull_request', 'synchronize'));
    const run = await runActionAsync(broken(), { 'github-token': TOKEN, 'fail-scope': 'changed' }, { GITHUB_API_URL: api.url, ...env });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/fail-scope: changed could not see what the pull request changes \(the token may not read the pull request \(HTTP 403\)/);
  });
});

describe('fail-scope: changed on other events', () => {
  it('counts every finding on a push, and says so', () => {
    const run = runAction(broken(), { 'fail-scope': 'changed' }, eventEnv('push', webhookExample('push')));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('procfile-lint: fail-scope: changed applies to pull requests only; on this event every finding counts.');
  });

  it('is refused with another value, naming the input', () => {
    const run = runAction(broken(), { 'fail-scope': 'new' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::Input 'fail-scope' must be one of all, changed; got 'new'.");
  });
});

describe('scopeFindings', () => {
  const { findings } = lintProcfile(Buffer.from('web : gunicorn app:app --bind 0.0.0.0:8000\n'));
  const changes = (...paths: string[]) => ({ known: true as const, complete: true, files: paths.map((path) => ({ path, status: 'modified' })) });

  it('keeps a finding whose file the pull request changes, in an app below the root', () => {
    const moved = findings.map((finding) => ({ ...finding, file: 'api/Procfile' }));
    expect(scopeFindings(moved, 'changed', changes('api/Procfile'), 'api').counted).toEqual(moved);
    expect(scopeFindings(moved, 'changed', changes('web/Procfile.txt'), 'api').counted).toEqual(moved);
    expect(scopeFindings(moved, 'changed', changes('api/README.md'), 'api').counted).toEqual([]);
  });

  it('counts everything when the list of files was cut', () => {
    expect(scopeFindings(findings, 'changed', { ...changes('README.md'), complete: false }, '.').counted).toEqual(findings);
  });
});
