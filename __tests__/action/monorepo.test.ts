/**
 * Several apps in one repository, through the built action run as a process: the `path` input's lines and globs,
 * `apps: auto`, a section of the job summary, a check run (against the stand-in for the GitHub API) and a SARIF run
 * per app, and the `results` output.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Log } from 'sarif';
import { eventEnv, webhookExample } from '../helpers/events.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';
import { MONOREPO as APPS } from '../helpers/monorepo.js';
import { runAction, runActionAsync } from '../helpers/processes.js';
import { sarifErrors } from '../helpers/sarif.js';
import { multitool, multitoolProblems } from '../helpers/sarif-multitool.js';
import { makeTree, removeTrees } from '../helpers/tree.js';

let api: FakeGitHub | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
  removeTrees();
});

/** A file beside the apps, which no glob of folders matches. */
const MONOREPO = { ...APPS, 'apps/README.md': 'a file, not an app\n' };

interface AppEntry {
  path: string;
  procfile: string | null;
  valid: boolean;
  errors: number;
  warnings: number;
  notices: number;
}

const resultsOf = (outputs: Record<string, string>) => JSON.parse(outputs.results ?? 'null') as AppEntry[];
const annotationLines = (stdout: string) => stdout.split('\n').filter((line) => /^::(error|warning|notice) title=procfile-lint/.test(line));

describe('the path input with a glob', () => {
  it('lints each folder it matches, with a summary section, a SARIF run and a `results` entry per app', () => {
    const workspace = makeTree(MONOREPO);
    const run = runAction(workspace, { path: 'apps/*', 'sarif-file': 'procfile-lint.sarif' });

    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::1 app \(apps\/web\): 1 finding at or above fail-on: error/m);
    expect(run.outputs).toMatchObject({ valid: 'false', errors: '1' });
    expect(resultsOf(run.outputs)).toEqual([
      {
        path: 'apps/api',
        procfile: 'apps/api/Procfile',
        valid: true,
        language: 'python',
        'process-types': ['web'],
        errors: 0,
        warnings: 0,
        notices: 0,
      },
      {
        path: 'apps/web',
        procfile: 'apps/web/Procfile',
        valid: false,
        language: 'python',
        'process-types': [],
        errors: 1,
        warnings: 0,
        notices: 0,
      },
    ]);

    // Annotations name the file in its app's folder.
    expect(annotationLines(run.stdout)).toEqual([
      expect.stringMatching(/^::error title=procfile-lint%3A space-before-colon,file=apps\/web\/Procfile,line=1,/),
    ]);

    // The overview, then one section per app, in path order, each about its own Procfile.
    const lines = run.summary.split('\n');
    expect(lines[0]).toBe('## ❌ Procfiles: 1 of 2 apps fail');
    const api = lines.indexOf('<h2>App <code>apps/api</code></h2>');
    const web = lines.indexOf('<h2>App <code>apps/web</code></h2>');
    expect(api).toBeGreaterThan(0);
    expect(web).toBeGreaterThan(api);
    expect(lines.slice(api, web).join('\n')).toContain('Checked <code>apps/api/Procfile</code>');
    expect(lines.slice(api, web).join('\n')).toContain('## ✅ Procfile: no problems');
    expect(lines.slice(web).join('\n')).toContain('Checked <code>apps/web/Procfile</code>');
    expect(lines.slice(web).join('\n')).toContain('## ❌ Procfile: 1 error');

    const log = JSON.parse(fs.readFileSync(path.join(workspace, 'procfile-lint.sarif'), 'utf8')) as Log;
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs.map((each) => each.automationDetails?.id)).toEqual(['procfile-lint/apps/api/', 'procfile-lint/apps/web/']);
    expect(log.runs.map((each) => each.results?.map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri))).toEqual([
      [],
      ['apps/web/Procfile'],
    ]);
    const tool = multitool();
    if ('path' in tool) expect(multitoolProblems(tool.path, { 'monorepo.sarif': JSON.stringify(log) })).toEqual([]);
  }, 180_000);

  it('takes several lines, folders and globs alike, once each', () => {
    const workspace = makeTree(MONOREPO);
    const run = runAction(workspace, { path: 'apps/web\n\napps/*\n./apps/api/\n' });
    expect(resultsOf(run.outputs).map((entry) => entry.path)).toEqual(['apps/web', 'apps/api']);
  });

  it('refuses a glob that leaves the workspace or is not one it can match, naming the input', () => {
    const workspace = makeTree(MONOREPO);
    for (const [pattern, why] of [
      ['../*', 'climbs out with `..`'],
      ['apps/../../*', 'climbs out with `..`'],
      ['/etc/*', 'is an absolute path'],
      ['C:/apps/*', 'is an absolute path'],
      ['apps/{api,web}*', 'holds `{`, which is not supported'],
      ['apps/[a-z]*', 'holds `[`, which is not supported'],
      ['apps/a**', 'has `**` inside a folder name'],
      [`${'*a'.repeat(200)}`, 'is over 256 characters'],
      ['nowhere/*', 'matches no folder'],
    ] as const) {
      const run = runAction(workspace, { path: pattern });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`::error::Input 'path': the glob \`${pattern.length > 80 ? '' : pattern}`);
      expect(run.stdout).toContain(why);
      expect(run.outputs).toEqual({});
    }
  });

  it('never enters a symbolic link, even one to a folder with a Procfile inside the workspace', () => {
    const outside = makeTree({ Procfile: 'web : x\n' });
    const workspace = makeTree(MONOREPO);
    fs.symlinkSync(outside, path.join(workspace, 'apps', 'outside'));
    fs.symlinkSync(path.join(workspace, 'apps', 'web'), path.join(workspace, 'apps', 'web-link'));
    const run = runAction(workspace, { path: 'apps/*', 'fail-on': 'never' });
    expect(resultsOf(run.outputs).map((entry) => entry.path)).toEqual(['apps/api', 'apps/web']);
    const auto = runAction(workspace, { apps: 'auto', 'fail-on': 'never' });
    expect(resultsOf(auto.outputs).map((entry) => entry.path)).toEqual(['apps/api', 'apps/web']);
  });
});

describe('apps: auto', () => {
  it('lints every folder holding a Procfile, skipping dependencies, hidden folders and test fixtures', () => {
    const workspace = makeTree({
      ...MONOREPO,
      'services/worker/Procfile': 'worker: python worker.py\n',
      'services/worker/worker.py': '',
      'services/worker/requirements.txt': '\n',
      'node_modules/some-package/Procfile': 'web: node index.js\n',
      'apps/api/vendor/bundle/Procfile': 'web: x\n',
      '.github/Procfile': 'web: x\n',
      'tests/fixtures/Procfile': 'web : x\n',
    });
    const run = runAction(workspace, { apps: 'auto', 'fail-on': 'never' });
    expect(run.status).toBe(0);
    expect(resultsOf(run.outputs).map((entry) => entry.path)).toEqual(['apps/api', 'apps/web', 'services/worker']);
    // Below `path` only.
    const below = runAction(workspace, { apps: 'auto', path: 'services', 'fail-on': 'never' });
    expect(resultsOf(below.outputs).map((entry) => entry.path)).toEqual(['services/worker']);
  });

  it('lints the folder itself when nothing below holds a Procfile, so the missing one is reported', () => {
    const workspace = makeTree({ 'app.py': '', 'requirements.txt': 'gunicorn\n' });
    const run = runAction(workspace, { apps: 'auto', 'fail-on': 'never' });
    expect(resultsOf(run.outputs)).toEqual([expect.objectContaining({ path: '.', procfile: null })]);
  });
});

describe('a monorepo root linted with its apps', () => {
  const tree = { ...MONOREPO, Procfile: 'web: gunicorn app:app\n', 'app.py': '', 'requirements.txt': 'gunicorn\n' };

  it("does not report the listed apps' Procfiles as misplaced", () => {
    const workspace = makeTree(tree);
    const alone = runAction(workspace, { 'fail-on': 'never' });
    expect(annotationLines(alone.stdout).filter((line) => line.includes('procfile-not-root'))).toHaveLength(2);

    const listed = runAction(workspace, { path: '.\napps/*', 'fail-on': 'never' });
    expect(resultsOf(listed.outputs).map((entry) => entry.path)).toEqual(['.', 'apps/api', 'apps/web']);
    expect(listed.stdout).not.toContain('procfile-not-root');
  });
});

describe('.procfile-lint.yml in a monorepo', () => {
  it("is read at the app root, else at the repository root's", () => {
    const workspace = makeTree({
      ...MONOREPO,
      '.procfile-lint.yml': 'rules:\n  space-before-colon: warning\n',
      'apps/api/Procfile': 'web : gunicorn app:app\n',
      'apps/api/.procfile-lint.yml': 'rules:\n  space-before-colon: notice\n',
    });
    const run = runAction(workspace, { path: 'apps/*' });
    expect(run.status).toBe(0);
    expect(resultsOf(run.outputs).map(({ path, errors, warnings, notices }) => ({ path, errors, warnings, notices }))).toEqual([
      { path: 'apps/api', errors: 0, warnings: 0, notices: 1 },
      { path: 'apps/web', errors: 0, warnings: 1, notices: 0 },
    ]);
  });
});

describe('check runs for several apps', () => {
  const payload = webhookExample('pull_request', 'opened');

  it('creates one per app, named after its path, each with its own findings and conclusion', async () => {
    const workspace = makeTree(MONOREPO);
    api = await startFakeGitHub();
    const run = await runActionAsync(
      workspace,
      { path: 'apps/*', 'check-run': 'true', 'github-token': 'ghs_test' },
      { GITHUB_API_URL: api.url, ...eventEnv('pull_request', payload) },
    );
    expect(api.problems()).toEqual([]);
    const creates = api.requests.filter((request) => request.operationId === 'checks/create');
    const bodies = creates.map(
      (request) => request.body as { name: string; conclusion: string; output: { summary: string; annotations: { path: string }[] } },
    );
    expect(bodies.map(({ name, conclusion }) => ({ name, conclusion }))).toEqual([
      { name: 'Procfile (apps/api)', conclusion: 'success' },
      { name: 'Procfile (apps/web)', conclusion: 'failure' },
    ]);
    expect(bodies.map((body) => body.output.annotations.map((annotation) => annotation.path))).toEqual([[], ['apps/web/Procfile']]);
    expect(bodies[1]?.output.summary).toContain('Checked <code>apps/web/Procfile</code>');
    expect(bodies[1]?.output.summary).not.toContain('apps/api/Procfile');
    expect(run.status).toBe(1);
    expect(annotationLines(run.stdout)).toEqual([]);
    expect(run.summary).toContain("Every finding is annotated on its app's check run:");
    expect(run.summary).toContain('<a href="https://github.com/Codertocat/Hello-World/runs/2">Procfile (apps/web) check run</a>');
  });

  it('keeps the single-app name `Procfile` for one folder given as a plain path', async () => {
    const workspace = makeTree(MONOREPO);
    api = await startFakeGitHub();
    await runActionAsync(
      workspace,
      { path: 'apps/web', 'check-run': 'true', 'github-token': 'ghs_test' },
      { GITHUB_API_URL: api.url, ...eventEnv('pull_request', payload) },
    );
    const creates = api.requests.filter((request) => request.operationId === 'checks/create');
    expect(creates.map((request) => (request.body as { name: string }).name)).toEqual(['Procfile']);
  });

  it('tries no other app after a refusal, and annotates every finding instead', async () => {
    const workspace = makeTree(MONOREPO);
    api = await startFakeGitHub({ refuse: ['checks/create'] });
    const run = await runActionAsync(
      workspace,
      { path: 'apps/*', 'check-run': 'true', 'github-token': 'ghs_test' },
      { GITHUB_API_URL: api.url, ...eventEnv('pull_request', payload) },
    );
    expect(api.requests.filter((request) => request.operationId === 'checks/create')).toHaveLength(1);
    expect(run.stdout.split('\n').filter((line) => line.includes('no check run'))).toHaveLength(1);
    expect(annotationLines(run.stdout)).toEqual([expect.stringContaining('file=apps/web/Procfile')]);
  });
});

describe('suggested changes for several apps', () => {
  it("point at the Procfile in the app's folder", async () => {
    const workspace = makeTree(MONOREPO);
    const payload = webhookExample('pull_request', 'opened');
    api = await startFakeGitHub({
      changedFiles: [
        { filename: 'apps/web/Procfile', status: 'modified', patch: '@@ -1 +1 @@\n-web: gunicorn app:app\n+web : gunicorn app:app' },
      ],
    });
    await runActionAsync(
      workspace,
      { path: 'apps/*', suggestions: 'true', 'github-token': 'ghs_test' },
      { GITHUB_API_URL: api.url, ...eventEnv('pull_request', payload) },
    );
    expect(api.problems()).toEqual([]);
    const reviews = api.requests.filter((request) => request.operationId === 'pulls/create-review');
    const comments = reviews.flatMap((review) => (review.body as { comments: { path: string; line: number; body: string }[] }).comments);
    expect(comments).toEqual([expect.objectContaining({ path: 'apps/web/Procfile', line: 1 })]);
    expect(comments[0]?.body).toContain('```suggestion\nweb: gunicorn app:app\n```');
  });
});
