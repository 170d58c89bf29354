/** Runs the built action and the CLI as a user's runner or shell would: separate processes, real files. */
import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTree } from './tree.js';

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

export const EXAMPLES = fs
  .readdirSync(path.join(REPO, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
