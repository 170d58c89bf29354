/**
 * Microsoft's SARIF Multitool (`@microsoft/sarif-multitool`, a self-contained .NET build shipped inside the npm
 * package for each OS) with its GitHub rules (`Gh`, what code scanning's ingestion requires) and its SARIF
 * best-practice rules (`Sarif`): `validate` prints one `file(line,col): level RULE: message` line per problem.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { makeTree } from './tree.js';

const require = createRequire(import.meta.url);

/** The Multitool's executable for this OS, or why there is none. */
export function multitool(): { path: string } | { missing: string } {
  const name = `@microsoft/sarif-multitool-${process.platform}`;
  let dir: string;
  try {
    dir = path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    return { missing: `${name} is not installed (an optional dependency of @microsoft/sarif-multitool)` };
  }
  const file = path.join(dir, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
  // Its postinstall only sets the execute bit, and npm may skip install scripts.
  if (process.platform !== 'win32') fs.chmodSync(file, fs.statSync(file).mode | 0o100);
  return { path: file };
}

/** The Multitool's errors and warnings about each SARIF log, as `ruleId: message` lines; notes are not counted. */
export function multitoolProblems(executable: string, logs: Record<string, string>): string[] {
  const dir = makeTree(logs);
  const files = Object.keys(logs).map((name) => path.join(dir, name));
  const run = spawnSync(
    executable,
    ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', '-o', path.join(dir, 'validation.sarif'), ...files],
    {
      encoding: 'utf8',
      timeout: 120_000,
      // Its rule SARIF2006 (a note, not counted) GETs every URI of the log: a proxy that refuses at once keeps the run
      // offline, as every test is, instead of waiting out the DNS resolver's timeout (about 5 s of each run here).
      env: {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        DOTNET_CLI_TELEMETRY_OPTOUT: '1',
        HTTP_PROXY: 'http://127.0.0.1:9',
        HTTPS_PROXY: 'http://127.0.0.1:9',
      },
    },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`the SARIF Multitool failed (${run.status}): ${run.stderr || run.stdout}`);
  const lines = run.stdout.split(/\r?\n/).filter((line) => /: (error|warning) [A-Z]+\d+: /.test(line));
  return lines.map((line) => line.slice(line.indexOf(dir) === 0 ? dir.length + 1 : 0, 300));
}
