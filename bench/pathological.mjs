// Benchmark of procfile-lint on pathological inputs: time and peak memory of the built CLI (a process per run, as
// a user runs it) on each input, and how they grow from 10 000 to 100 000 lines. `npm test` reads no clock
// (__tests__/pathological.test.ts checks the work done on the same inputs); this prints the times, and fails when an
// input at the read limits takes 2 s or more.
//
//   node bench/pathological.mjs            (BENCH_RUNS=5 for the median of 5 runs instead of 3)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PATHOLOGICAL_PROCFILES, requirementsChain } from './shapes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'procfile-lint.js');
const hook = join(root, 'bench', 'usage-hook.mjs');
const runs = Number(process.env.BENCH_RUNS) || 3;
const MIB = 1024 * 1024;
/** Every input at the read limits must finish within this much CPU time, start-up included (issue 10). */
const LIMIT_MS = 2000;

const base36 = (i) => i.toString(36);
const repeat = (n, line) => Array.from({ length: n }, (_, i) => line(i));

/** Inputs that grow with a line count; each stays under the 1 MiB limit at 100 000 lines. */
const BY_LINES = {
  'distinct process types': (n) => repeat(n, (i) => `w${base36(i)}: a`),
  'empty commands (`w:`)': (n) => repeat(n, () => 'w:'),
  'one type declared n times': (n) => repeat(n, () => 'web: x'),
  'n/2 types, each twice': (n) => [...repeat(n / 2, (i) => `t${base36(i)}: a`), ...repeat(n / 2, (i) => `t${base36(i)}: b`)],
  'invalid lines': (n) => repeat(n, () => 'no colon'),
  'every line rule at once': (n) => repeat(n, () => ' my-w :\u001b\r'),
  'blank lines': (n) => repeat(n, () => ''),
};

const SINGLE = {
  'one line of 1 MiB - 1 byte': () => Buffer.from(`web: ${'x'.repeat(MIB - 7)}\n`),
  '10 000 duplicate `web` types': () => text(repeat(10_000, (i) => `web: run ${i}`)),
  '10 000 types, each declared twice': () => text([...repeat(10_000, (i) => `t${i}: a`), ...repeat(10_000, (i) => `t${i}: b`)]),
  ...Object.fromEntries(PATHOLOGICAL_PROCFILES.map(([name, bytes]) => [name, () => bytes])),
  'empty Procfile (baseline)': () => Buffer.alloc(0),
};

/** Inputs of several files: [name, tree]. */
const TREES = [['requirements.txt `-r` chain, 20 files of 256 KiB of ` # # #`+CRLF', requirementsChain(20)]];

function text(lines) {
  return Buffer.from(`${lines.join('\n')}\n`);
}

const scratch = mkdtempSync(join(tmpdir(), 'procfile-lint-bench-'));
let counter = 0;

/** Median time and peak RSS of `runs` CLI runs on `bytes` as a Procfile, or on a tree of files. */
function measure(bytes, tree = { Procfile: bytes }) {
  const dir = join(scratch, String(counter++));
  for (const [name, content] of Object.entries(tree)) {
    if (Buffer.byteLength(content) > (name === 'Procfile' ? MIB : MIB / 4)) throw new Error(`${name} is over its read limit`);
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const samples = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(process.execPath, ['--import', hook, cli, '--format', 'json', '--fail-on', 'never', dir], {
      encoding: 'utf8',
      maxBuffer: 1024 * MIB,
    });
    const line = run.stderr.split('\n').find((l) => l.startsWith('procfile-lint-bench '));
    if (run.status !== 0 || !line) throw new Error(`the CLI failed (${run.status}): ${run.stderr}`);
    samples.push(JSON.parse(line.slice('procfile-lint-bench '.length)));
    findings = JSON.parse(run.stdout).findings.length;
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    bytes: Object.values(tree).reduce((sum, content) => sum + Buffer.byteLength(content), 0),
    findings,
    ms: median(samples.map((s) => s.ms)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    rssMiB: median(samples.map((s) => s.maxRssKiB / 1024)),
  };
}

const rows = [];
const growth = [];
try {
  for (const [name, make] of Object.entries(BY_LINES)) {
    const small = measure(text(make(10_000)));
    const large = measure(text(make(100_000)));
    rows.push([`${name}, 10 000 lines`, small], [`${name}, 100 000 lines`, large]);
    growth.push([name, large.cpuMs / small.cpuMs, large.rssMiB - small.rssMiB]);
  }
  for (const [name, make] of Object.entries(SINGLE)) rows.push([name, measure(make())]);
  for (const [name, tree] of TREES) rows.push([name, measure(null, tree)]);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const pad = (value, width) => String(value).padStart(width);
console.log(`procfile-lint ${process.version}, median of ${runs} runs of the CLI (--format json), process start to exit\n`);
console.log(
  `${'input'.padEnd(72)}${pad('bytes', 9)}${pad('findings', 10)}${pad('wall ms', 9)}${pad('CPU ms', 9)}${pad('peak RSS MiB', 14)}`,
);
for (const [name, r] of rows) {
  console.log(
    `${name.slice(0, 70).padEnd(72)}${pad(r.bytes, 9)}${pad(r.findings, 10)}${pad(r.ms.toFixed(0), 9)}${pad(r.cpuMs.toFixed(0), 9)}${pad(r.rssMiB.toFixed(1), 14)}`,
  );
}
console.log(`\n${'growth from 10 000 to 100 000 lines (10x the input)'.padEnd(72)}${pad('CPU', 9)}${pad('RSS +MiB', 10)}`);
for (const [name, ratio, rss] of growth) console.log(`${name.padEnd(72)}${pad(`${ratio.toFixed(1)}x`, 9)}${pad(rss.toFixed(1), 10)}`);

// CPU time, not wall time: on a machine shared with other jobs the wall time measures the neighbours as well.
const slow = rows.filter(([, r]) => r.cpuMs >= LIMIT_MS);
if (slow.length > 0) {
  console.error(`\n${slow.length} input(s) took ${LIMIT_MS} ms of CPU or more: ${slow.map(([name]) => name).join('; ')}`);
  process.exitCode = 1;
}
