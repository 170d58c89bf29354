/** Runs the built action and the CLI as a user's runner or shell would: separate processes, real files. */
import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding, LintResult } from '../../src/engine/types.js';
import { makeTree, type Tree } from './tree.js';

export const REPO = path.resolve(import.meta.dirname, '..', '..');

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Runs dist/index.js with the environment the runner gives a `node24` action. */
export function runAction(workspace: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): ActionRun {
  const setup = actionSetup(workspace, inputs, env);
  const result = spawnSync(process.execPath, [path.join(REPO, 'dist', 'index.js')], { ...setup.options, encoding: 'utf8' });
  return setup.collect(result.status, result.stdout, result.stderr);
}

/** As runAction, without blocking the test's event loop: for an action that talks to a server the test runs. */
export function runActionAsync(
  workspace: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const setup = actionSetup(workspace, inputs, env);
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(REPO, 'dist', 'index.js')], { ...setup.options, encoding: 'utf8' }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve(setup.collect(status, stdout, stderr));
    });
  });
}

function actionSetup(workspace: string, inputs: Record<string, string>, env: Record<string, string>) {
  const files = makeTree({ 'summary.md': '', 'output.txt': '' });
  const summaryFile = path.join(files, 'summary.md');
  const outputFile = path.join(files, 'output.txt');
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
  const options = {
    cwd: workspace,
    timeout: 20_000,
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      ...inputEnv,
      ...env,
    },
  };
  const collect = (status: number | null, stdout: string, stderr: string): ActionRun => ({
    status,
    stdout,
    stderr,
    summary: fs.readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')),
  });
  return { options, collect };
}

/** Parses the `name<<delimiter` blocks that @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!header) continue;
    const end = lines.indexOf(header[2] as string, i + 1);
    outputs[header[1] as string] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/procfile-lint.js (or another `bin`, such as an installed copy), with `input` on stdin. */
export function runCli(args: string[], cwd = REPO, input = '', bin = path.join(REPO, 'bin', 'procfile-lint.js')): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    timeout: 20_000,
    // A result at the 1 MiB read limit is over spawnSync's 1 MiB default: the plan lists the commands again.
    maxBuffer: 16 * 1024 * 1024,
    env: { PATH: process.env.PATH ?? '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One temporary tree holding each app of `apps` in a folder of its name: several apps for one process. */
export function appsTree(apps: Record<string, Tree>, shared: Tree = {}): string {
  const files = Object.entries(apps).flatMap(([name, tree]) => [
    [`${name}/`, ''],
    ...Object.entries(tree).map(([file, content]) => [`${name}/${file}`, content]),
  ]);
  return makeTree({ ...shared, ...Object.fromEntries(files) });
}

export interface AppsRun extends CliRun {
  /** The result of `app` on `platform` (which may be left out when the run had one platform). */
  result(app: string, platform?: string): LintResult;
}

/**
 * Lints several apps in one `--format json` run of the CLI, each in its folder of one tree (`appsTree`), so one process
 * serves the tests that give the same options to different apps; each test then reads its own app's result. Paths in
 * the results start with the app's folder.
 */
export function lintAppsJson(apps: Record<string, Tree>, args: string[] = [], prepare?: (root: string) => void): AppsRun {
  const names = Object.keys(apps);
  const root = appsTree(apps);
  prepare?.(root); // what a Tree cannot hold: symbolic links, FIFOs
  const run = runCli(['--format', 'json', ...args, ...names], root);
  type Entry = { path: string; result?: LintResult; platforms?: LintResult[] };
  // One app is reported in the single-app shape: the result itself, or `{ platforms }`.
  const parsed = JSON.parse(run.stdout) as { apps?: Entry[]; platforms?: LintResult[] };
  const entries = parsed.apps ?? [{ path: names[0] as string, ...(parsed.platforms ? parsed : { result: parsed as LintResult }) }];
  const result = (app: string, platform?: string): LintResult => {
    const entry = entries.find((each) => each.path === app);
    const found = entry?.result ?? entry?.platforms?.find((each) => each.platform === platform);
    if (!found || (platform !== undefined && found.platform !== platform)) throw new Error(`No result for ${app} on ${platform}`);
    return found;
  };
  return { ...run, result };
}

/** `file` with the app folder `app/` taken off its start, or marked as outside the app when it does not start so. */
export const inApp = (app: string, file: string | null | undefined): string | null | undefined =>
  file?.startsWith(`${app}/`) ? file.slice(app.length + 1) : file == null ? file : `(outside ${app}/) ${file}`;

export interface LintedCase {
  /** The exit status of the run this case shared with the cases that expect the same outcome. */
  status: number | null;
  /** The app's findings, their paths from the app's folder as when it is linted alone. */
  findings: Finding[];
}

/**
 * Apps registered while jest collects a file's tests, and linted by `run()` in the file's `beforeAll`: one
 * `--format json` run per set of options and expected outcome, each app in a folder of one tree, so a file of small
 * apps starts a few processes instead of one per app. A case reads its own app's findings and the status of its
 * run, which only holds cases that expect the same: each `fails` case asserts the error of its own that causes it.
 */
export class CliCases {
  /** The CLI lints at most 20 apps per run (it says so on stderr and drops the rest). */
  static readonly APPS_PER_RUN = 20;
  private readonly groups: { key: string; args: string[]; apps: Record<string, Tree>; cases: Record<string, LintedCase> }[] = [];
  private count = 0;

  /** The case of `files` linted with `args`, filled in by `run()`. */
  lint(files: Tree, args: string[], outcome: 'passes' | 'fails'): LintedCase {
    const key = JSON.stringify([args, outcome]);
    let group = this.groups.find((each) => each.key === key && Object.keys(each.apps).length < CliCases.APPS_PER_RUN);
    if (!group) this.groups.push((group = { key, args, apps: {}, cases: {} }));
    const name = `app-${++this.count}`;
    const linted: LintedCase = { status: null, findings: [] };
    group.apps[name] = files;
    group.cases[name] = linted;
    return linted;
  }

  run(): void {
    for (const { args, apps, cases } of this.groups) {
      const run = lintAppsJson(apps, args);
      if (run.stderr !== '') throw new Error(`procfile-lint ${args.join(' ')} wrote to stderr: ${run.stderr}`);
      for (const [name, linted] of Object.entries(cases)) {
        linted.status = run.status;
        linted.findings = run.result(name).findings.map((finding) => ({ ...finding, file: inApp(name, finding.file) as string }));
      }
    }
  }
}

/**
 * The `--explain` text of the app in folder `app` (on the platform named `platformName`, when the run had several):
 * from its "What … will run:" line to that app's verdict.
 */
export function explainedApp(stdout: string, app: string, platformName = ''): string {
  const blocks = stdout.split(/^(?=What .* will run:$)/m);
  return blocks.find((block) => block.startsWith(`What ${platformName}`) && block.includes(` ${app}/Procfile`)) ?? '';
}

/** The section of a job summary about the app at `app`, from its heading to the next app's (several `path` lines). */
export function summarySection(summary: string, app: string): string {
  const start = summary.indexOf(`<h2>App <code>${app}</code></h2>`);
  if (start < 0) return '';
  const next = summary.indexOf('<h2>App <code>', start + 1);
  return summary.slice(start, next < 0 ? undefined : next);
}

export const EXAMPLES = fs
  .readdirSync(path.join(REPO, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
