/**
 * The built action (dist/index.js) run as a process on real event payloads, against a stand-in for the GitHub
 * API on 127.0.0.1 that checks every request against GitHub's published REST description.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Log } from 'sarif';
import type { LintResult } from '../src/engine/types.js';
import { eventEnv, webhookExample } from './helpers/events.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type RecordedRequest } from './helpers/github-api.js';
import { scopeFindings } from '../src/action/fail-scope.js';
import { lintProcfile } from '../src/lint.js';
import { runAction, runActionAsync, runCli, type ActionRun } from './helpers/processes.js';
import { sarifErrors } from './helpers/sarif.js';
import { makeTree, removeTrees } from './helpers/tree.js';

/** The files a gunicorn app needs, so that only the findings a test plants are found. */
const APP = { 'app.py': '', 'requirements.txt': 'gunicorn\n' };

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';

let api: FakeGitHub | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
  removeTrees();
});

/** A Procfile with `count` findings: a `web` line, then `count` process types Code Capsules does not accept. */
function procfileWithFindings(count: number): string {
  return ['web: gunicorn app:app', ...Array.from({ length: count }, (_, i) => `w-${i + 1}: python worker.py`), ''].join('\n');
}

function findingsOf(workspace: string): LintResult['findings'] {
  return (JSON.parse(runCli(['--format', 'json', '.'], workspace).stdout) as LintResult).findings;
}

async function runWithApi(
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
  options: FakeGitHubOptions = {},
): Promise<ActionRun> {
  api = await startFakeGitHub(options);
  return runActionAsync(workspace, { 'github-token': TOKEN, ...inputs }, { GITHUB_API_URL: api.url, ...env });
}

const called = (operationId: string) => (api?.requests ?? []).filter((request) => request.operationId === operationId);
const commandLines = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::'));
const annotationLines = (stdout: string) =>
  commandLines(stdout).filter((line) => /^::(error|warning|notice) title=procfile-lint/.test(line));

interface AnnotationBody {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: string;
  title: string;
  message: string;
}
const annotationsOf = (request: RecordedRequest | undefined) =>
  (request?.body as { output?: { annotations?: AnnotationBody[] } } | undefined)?.output?.annotations ?? [];

describe('a check run on a pull request', () => {
  const payload = webhookExample('pull_request', 'opened');
  const headSha = payload.pull_request?.head.sha as string;

  it('carries all 60 findings as annotations, 50 with the create request and 10 with one update', async () => {
    const workspace = makeTree({ Procfile: procfileWithFindings(60), ...APP });
    const expected = findingsOf(workspace);
    expect(expected).toHaveLength(60);

    const run = await runWithApi(workspace, { 'check-run': 'true' }, eventEnv('pull_request', payload));

    expect(api?.problems()).toEqual([]);
    const [create, ...moreCreates] = called('checks/create');
    const updates = called('checks/update');
    expect(moreCreates).toEqual([]);
    expect(updates).toHaveLength(1);
    expect(annotationsOf(create)).toHaveLength(50);
    expect(annotationsOf(updates[0])).toHaveLength(10);
    expect(updates[0]?.params.check_run_id).toBe('1');
    expect(create?.params).toMatchObject({ owner: 'Codertocat', repo: 'Hello-World' });
    expect(create?.body).toMatchObject({ name: 'Procfile', head_sha: headSha, status: 'completed', conclusion: 'failure' });
    expect(create?.body).toMatchObject({ output: { title: 'Procfile: 60 errors' } });
    expect((create?.body as { output: { summary: string } }).output.summary).toContain('\n## ❌ Procfile: 60 errors\n');

    const sent = [...annotationsOf(create), ...annotationsOf(updates[0])];
    expect(sent).toEqual(
      expected.map((finding) => ({
        path: finding.file,
        start_line: finding.line,
        end_line: finding.endLine,
        start_column: finding.column,
        end_column: finding.endColumn,
        annotation_level: 'failure',
        title: finding.rule,
        message: finding.message,
      })),
    );
    for (const request of api?.requests ?? []) expect(request.authorization).toMatch(new RegExp(`^(token|Bearer) ${TOKEN}$`));

    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(annotationLines(run.stdout)).toEqual([]);
    expect(run.summary).toContain(
      'Every finding is annotated on the <a href="https://github.com/Codertocat/Hello-World/runs/1">Procfile check run</a>.',
    );
    expect(run.outputs.errors).toBe('60');
  });

  it('falls back to annotations and the summary when the token may not create check runs, and still fails on errors', async () => {
    const workspace = makeTree({ Procfile: procfileWithFindings(60), ...APP });
    const run = await runWithApi(workspace, { 'check-run': 'true' }, eventEnv('pull_request', payload), { refuse: ['checks/create'] });

    expect(api?.problems()).toEqual([]);
    expect(called('checks/create')).toHaveLength(1);
    expect(called('checks/update')).toEqual([]);
    const notices = commandLines(run.stdout).filter((line) => /^::(warning|notice)::/.test(line));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /^::warning::procfile-lint: no check run: .*HTTP 403: Resource not accessible by integration.*`permissions: checks: write`.*forks never get it/,
    );

    // Ten error annotations per step: one is the failure message, so nine findings, the first in file order.
    const annotations = annotationLines(run.stdout);
    expect(annotations).toHaveLength(9);
    expect(annotations[0]).toMatch(
      /^::error title=procfile-lint%3A process-type-name,file=Procfile,line=2,endLine=2,col=1,endColumn=4::`w-1`/,
    );
    expect(run.stdout).toMatch(
      /^procfile-lint: 51 findings were not annotated \(51 errors\): GitHub shows at most 10 errors.* See every finding in the findings table of the job summary\./m,
    );
    expect(run.summary).toContain('\n## ❌ Procfile: 60 errors\n');
    expect(run.summary).toContain('51 findings were not annotated');
    expect(run.stdout).toMatch(/^::error::Procfile: 60 findings at or above fail-on: error/m);
    expect(run.status).toBe(1);
  });

  it('never fails a clean Procfile because the API refused', async () => {
    const workspace = makeTree({ Procfile: 'web: gunicorn app:app\n', ...APP });
    const run = await runWithApi(workspace, { 'check-run': 'true' }, eventEnv('pull_request', payload), { refuse: ['checks/create'] });

    expect(api?.problems()).toEqual([]);
    expect(called('checks/create')[0]?.body).toMatchObject({
      conclusion: 'success',
      output: { title: 'Procfile: no problems', annotations: [] },
    });
    expect(commandLines(run.stdout).filter((line) => /^::(warning|notice|error)/.test(line))).toHaveLength(1);
    expect(run.stdout).toMatch(/^::warning::procfile-lint: no check run: /m);
    expect(run.summary).toContain('\n## ✅ Procfile: no problems\n');
    expect(run.status).toBe(0);
  });

  it('says in a notice, not a warning, that a pull request from a fork cannot have one', async () => {
    const fork = webhookExample('pull_request', 'synchronize');
    // The example is a same-repository pull request; only the head repository differs on a fork.
    (fork.pull_request as { head: { repo: { full_name: string } } }).head.repo.full_name = 'forker/Hello-World';
    const workspace = makeTree({ Procfile: 'worker: x\n' });
    const run = await runWithApi(workspace, { 'check-run': 'true' }, eventEnv('pull_request', fork), { refuse: ['checks/create'] });

    expect(api?.problems()).toEqual([]);
    expect(run.stdout).toMatch(
      /^::notice::procfile-lint: no check run: this pull request comes from a fork, and GitHub gives workflows on fork pull requests a read-only token/m,
    );
    expect(commandLines(run.stdout).filter((line) => line.startsWith('::warning'))).toEqual([]);
    expect(annotationLines(run.stdout)).toHaveLength(1);
    expect(run.status).toBe(1);
  });

  it('says the API could not be reached, rather than that it refused, when nothing answers', async () => {
    const closed = await startFakeGitHub();
    await closed.close();
    const workspace = makeTree({ Procfile: 'web: x\n' });
    const env = { ...eventEnv('pull_request', payload), GITHUB_API_URL: closed.url };
    const run = await runActionAsync(workspace, { 'check-run': 'true', 'github-token': TOKEN }, env);
    expect(run.stdout).toMatch(/^::warning::procfile-lint: no check run: the GitHub API could not be reached: /m);
    expect(run.stdout).not.toMatch(/answered HTTP/);
    expect(run.status).toBe(0);
  });

  it('warns, without calling the API, when check-run is on but the token is empty', async () => {
    const workspace = makeTree({ Procfile: 'web: x\n' });
    const run = await runWithApi(workspace, { 'check-run': 'true', 'github-token': '' }, eventEnv('pull_request', payload));
    expect(api?.requests).toEqual([]);
    expect(run.stdout).toMatch(/^::warning::procfile-lint: no check run: `check-run` is on but `github-token` is empty/m);
    expect(run.summary).toContain('Unknown whether it changes the Procfile or the language markers: no github-token was given');
    expect(run.status).toBe(0);
  });
});

describe('other events', () => {
  it.each([
    ['push', webhookExample('push').after as string],
    ['workflow_dispatch', 'ffac537e6cbbf934b08745a378932722df287a53'],
  ])('on %s, puts the check run on GITHUB_SHA and shows no pull request section', async (event, sha) => {
    const env = eventEnv(event, webhookExample(event));
    expect(env.GITHUB_SHA).toBe(sha);
    const run = await runWithApi(makeTree({ Procfile: 'web: x\r\n' }), { 'check-run': 'true' }, env);

    expect(api?.problems()).toEqual([]);
    expect(api?.requests.map((request) => request.operationId)).toEqual(['checks/create']);
    expect(called('checks/create')[0]?.body).toMatchObject({
      head_sha: sha,
      conclusion: 'success',
      output: { title: 'Procfile: 1 warning' },
    });
    expect(run.summary).not.toContain('### Pull request');
    expect(run.status).toBe(0);
  });

  it('on pull_request_target, uses the pull request head and says which Procfile was checked', async () => {
    const payload = webhookExample('pull_request', 'synchronize');
    const run = await runWithApi(makeTree({ Procfile: 'web: x\n' }), { 'check-run': 'true' }, eventEnv('pull_request_target', payload), {
      changedFiles: [{ filename: 'Procfile', status: 'modified' }],
    });
    expect(api?.problems()).toEqual([]);
    expect(called('checks/create')[0]?.body).toMatchObject({ head_sha: payload.pull_request?.head.sha });
    expect(run.summary).toContain(`### Pull request #${payload.pull_request?.number}`);
    expect(run.summary).toContain('On <code>pull_request_target</code> the workflow runs in the base repository');
    expect(run.status).toBe(0);
  });
});

describe('the pull request section of the summary', () => {
  const payload = webhookExample('pull_request', 'synchronize');

  it('lists the Procfile and the language markers the pull request changes, reading every page of files', async () => {
    const changedFiles = [
      ...Array.from({ length: 140 }, (_, i) => ({ filename: `src/module_${i}.py`, status: 'modified' })),
      { filename: 'api/procfile.txt', status: 'renamed', previous_filename: 'api/notes.txt' },
      { filename: 'api/requirements.txt', status: 'added' },
      { filename: 'requirements.txt', status: 'modified' },
      { filename: 'api/<b>@octocat</b>.py', status: 'added' },
    ];
    const workspace = makeTree({ 'api/Procfile': 'web: x\n' });
    const run = await runWithApi(workspace, { path: 'api' }, eventEnv('pull_request', payload), { changedFiles });

    expect(api?.problems()).toEqual([]);
    const pages = called('pulls/list-files');
    expect(pages.map((request) => request.query)).toEqual([
      { per_page: '100', page: '1' },
      { per_page: '100', page: '2' },
    ]);
    expect(pages[0]?.params).toEqual({ owner: 'Codertocat', repo: 'Hello-World', pull_number: String(payload.pull_request?.number) });
    expect(run.summary).toContain(`### Pull request #${payload.pull_request?.number}\n\n<p>It changes the Procfile:</p>`);
    expect(run.summary).toContain(
      '<tr><td><code>api/notes.txt</code> → <code>api/procfile.txt</code></td><td>renamed</td><td>Procfile</td></tr>',
    );
    expect(run.summary).toContain('<tr><td><code>api/requirements.txt</code></td><td>added</td><td>Python</td></tr>');
    expect(run.summary).not.toContain('<code>requirements.txt</code>');
    expect(run.summary).not.toMatch(/module_|octocat/);
    expect(run.status).toBe(0);
  });

  it('says when the pull request changes neither', async () => {
    const run = await runWithApi(makeTree({ Procfile: 'web: x\n' }), {}, eventEnv('pull_request', payload), {
      changedFiles: [{ filename: 'README.md', status: 'modified' }],
    });
    expect(api?.problems()).toEqual([]);
    expect(run.summary).toContain("<p>It changes neither a Procfile nor the files that tell the platform the app's language.</p>");
  });

  it('says why the changes are unknown when the token may not list them, and carries on', async () => {
    const run = await runWithApi(makeTree({ Procfile: 'worker: x\n' }), {}, eventEnv('pull_request', payload), {
      refuse: ['pulls/list-files'],
    });
    expect(api?.problems()).toEqual([]);
    expect(run.summary).toContain(
      'Unknown whether it changes the Procfile or the language markers: the token may not read the pull request (HTTP 403)',
    );
    expect(commandLines(run.stdout).filter((line) => /^::(warning|notice)/.test(line))).toEqual([]);
    expect(run.status).toBe(1);
  });

  it('says why the changes are unknown when the API cannot be reached', async () => {
    const unreachable = { GITHUB_API_URL: 'http://127.0.0.1:9' };
    const run = await runActionAsync(
      makeTree({ Procfile: 'web: x\n' }),
      { 'github-token': TOKEN },
      { ...eventEnv('pull_request', payload), ...unreachable },
    );
    expect(run.summary).toMatch(/Unknown whether it changes the Procfile or the language markers: the GitHub API could not be reached/);
    expect(run.status).toBe(0);
  });
});

describe('the SARIF file', () => {
  it('is written where sarif-file says, valid, with every finding', async () => {
    const workspace = makeTree({ 'app/Procfile': procfileWithFindings(12), 'app/app.py': '', 'app/requirements.txt': 'gunicorn\n' });
    const run = await runActionAsync(workspace, { path: 'app', 'sarif-file': 'reports/procfile.sarif' });
    const log = JSON.parse(fs.readFileSync(path.join(workspace, 'reports', 'procfile.sarif'), 'utf8')) as Log;
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]?.results?.map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri)).toEqual(
      Array(12).fill('app/Procfile'),
    );
    expect(run.stdout).toMatch(
      /^procfile-lint: 3 findings were not annotated .* See every finding in the findings table of the job summary or the SARIF file `reports\/procfile.sarif`\. With `check-run: true`/m,
    );
    expect(run.status).toBe(1);
  });
});

describe('the stand-in for the GitHub API', () => {
  it("records requests that do not conform to GitHub's description, so the checks above can fail", async () => {
    api = await startFakeGitHub();
    const post = (url: string, body: unknown, method = 'POST') =>
      fetch(`${api?.url}${url}`, { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    await post('/repos/o/r/check-runs', {
      name: 'Procfile',
      head_sha: 'abc',
      output: {
        title: 't',
        summary: 's',
        annotations: [{ path: 'Procfile', start_line: 1, end_line: 1, annotation_level: 'error', message: 'm' }],
      },
    });
    await post('/repos/o/r/check-runs', {
      name: 'Procfile',
      head_sha: 'abc',
      conclusion: 'success',
      output: { title: 't', summary: 's', annotation: [] },
    });
    await post('/repos/o/r/check-runs/12', { status: 'completed', output: { summary: 's' } }, 'PATCH');
    await post('/repos/o/r/check-runs/x', { output: { summary: 's' } }, 'PATCH');
    await fetch(`${api.url}/repos/o/r/pulls/1/files?per_page=100&page=1&sort=name`);
    await fetch(`${api.url}/repos/o/r/no-such-thing`);
    const problems = (api?.requests ?? []).map((request) => request.problems.join('\n'));
    expect(problems).toEqual([
      expect.stringMatching(/^body\/output\/annotations\/0\/annotation_level must be equal to one of the allowed values/m),
      expect.stringMatching(/^body\/output must NOT have additional properties .*"annotation"/m),
      expect.stringMatching(/^body must have required property 'conclusion'/m),
      expect.stringMatching(/^path parameter check_run_id=x check_run_id\/value must be integer$/m),
      'query parameter sort is not declared by the operation',
      expect.stringMatching(/^no operation of GitHub's REST API is GET \/repos\/o\/r\/no-such-thing \(of those in /),
    ]);
    expect(api?.requests[4]?.operationId).toBe('pulls/list-files');
  });
});

// fail-scope: changed: old findings are reported, but fail the step only when the pull request touches what they are about.
/** An app with an old problem in its Procfile (a hard-coded port), and a README. */
const broken = () =>
  makeTree({ Procfile: 'web: gunicorn app:app --bind 0.0.0.0:8000\n', 'app.py': '', 'requirements.txt': 'gunicorn\n', 'README.md': '' });

/** The action on a pull request that changes `changed`, with `fail-scope: changed` unless `inputs` say otherwise. */
function onPullRequest(workspace: string, changed: string[], inputs: Record<string, string> = { 'fail-scope': 'changed' }) {
  const env = eventEnv('pull_request', webhookExample('pull_request', 'synchronize'));
  // On Heroku, whose random `$PORT` makes broken()'s fixed port an error (on Code Capsules it depends on a setting).
  return runWithApi(workspace, { platform: 'heroku', ...inputs }, env, {
    changedFiles: changed.map((filename) => ({ filename, status: 'modified' })),
  });
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
    const env = eventEnv('pull_request', webhookExample('pull_request', 'synchronize'));
    const run = await runWithApi(broken(), { 'fail-scope': 'changed', platform: 'heroku' }, env, { refuse: ['pulls/list-files'] });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /fail-scope: changed could not see what the pull request changes \(the token may not read the pull request \(HTTP 403\)/,
    );
  });
});

describe('fail-scope: changed on other events', () => {
  it('counts every finding on a push, and says so', () => {
    const run = runAction(broken(), { 'fail-scope': 'changed', platform: 'heroku' }, eventEnv('push', webhookExample('push')));
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
  const changes = (...paths: string[]) => ({
    known: true as const,
    complete: true,
    files: paths.map((path) => ({ path, status: 'modified' })),
  });

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
