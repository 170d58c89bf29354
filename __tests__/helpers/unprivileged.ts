/**
 * Runs the CLI as a user the file permissions apply to. As root (as in containers) the permission bits do not stop a
 * read, so the CLI runs as `nobody` through setpriv or runuser. That user may not enter the checkout (under /root, or
 * a home folder that is not world-readable), so what the CLI runs, bin/procfile-lint.js and dist/cli/, is copied into
 * a world-readable temporary folder first: the test does not depend on where the checkout lives.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from './processes.js';
import { makeTree } from './tree.js';

const NOBODY = 65534;

/** The command that drops to `nobody`, empty when not root; null when root has no tool for it. */
function dropPrivileges(): string[] | null {
  if (process.getuid?.() !== 0) return [];
  const tools = [
    ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'],
    ['runuser', '-u', 'nobody', '--'],
  ];
  return tools.find(([tool]) => spawnSync(tool as string, ['--version']).status === 0) ?? null;
}

/** The first folder on the way to `target` (itself included) that other users cannot enter, or null. */
function closedFolderOnTheWay(target: string): string | null {
  for (let dir = target; ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) return dir;
    if (dir === path.dirname(dir)) return null;
  }
}

const drop = dropPrivileges();
const asRoot = process.getuid?.() === 0;
const node = fs.realpathSync(process.execPath);

/** Why the CLI cannot run unprivileged here, or null when it can. */
export const cannotRunUnprivileged: string | null = (() => {
  if (drop === null) return 'running as root without setpriv or runuser, and root reads any file';
  if (!asRoot) return null;
  if ((fs.statSync(node).mode & 0o005) !== 0o005) return `${node} is not readable and executable by other users`;
  const closed = closedFolderOnTheWay(path.dirname(node)) ?? closedFolderOnTheWay(fs.realpathSync(os.tmpdir()));
  return closed ? `${closed} cannot be entered by other users (it holds node or the temporary folder)` : null;
})();

/** A world-readable copy of what bin/procfile-lint.js runs: the script, the CLI bundle, and the package type. */
function copyOfCli(): string {
  const copy = makeTree({ 'package.json': '{ "type": "module" }\n' });
  fs.cpSync(path.join(REPO, 'bin', 'procfile-lint.js'), path.join(copy, 'bin', 'procfile-lint.js'));
  fs.cpSync(path.join(REPO, 'dist', 'cli'), path.join(copy, 'dist', 'cli'), { recursive: true });
  for (const entry of ['', 'bin', 'dist', 'dist/cli']) fs.chmodSync(path.join(copy, entry), 0o755);
  return copy;
}

/** Runs the CLI with `args` in `cwd` as an unprivileged user; call only when `cannotRunUnprivileged` is null. */
export function runCliUnprivileged(args: string[], cwd: string): SpawnSyncReturns<string> {
  if (drop === null) throw new Error(`cannot run unprivileged: ${cannotRunUnprivileged}`);
  const [command, ...prefix] = [...drop, node];
  return spawnSync(command as string, [...prefix, path.join(copyOfCli(), 'bin', 'procfile-lint.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    env: { PATH: process.env.PATH ?? '' },
  });
}
