// `npm run bench`: what procfile-lint costs a pull request, measured on whole processes.
//
//   1. start-up: the built action (node dist/index.js, with a runner's environment) and the CLI on a typical app,
//      against the floor `node -e 0`;
//   2. peer: the CLI against `foreman check` (Debian/Ubuntu package ruby-foreman) on the same Procfile;
//   3. scale: Procfiles of 10, 1 000 and 100 000 lines, and repositories of 10 and 100 000 files.
//
// Every case runs in turn, round after round (so drifting machine load hits them all alike), after warm-up rounds;
// the tables give medians of wall time and peak memory, and ratios measured side by side in the same run.
//
//   node bench/run.mjs [--runs N] [--warmup N] [--only startup,peer,scale] [--write]
//
// --write puts the tables and the machine into docs/benchmarks.md (between its generated-section markers).
// This is not a test: nothing here fails on a slow machine. It installs nothing; a missing peer is skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem, release, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '21' },
    warmup: { type: 'string', default: '3' },
    only: { type: 'string', default: 'startup,peer,scale' },
    write: { type: 'boolean', default: false },
    root: { type: 'string' },
  },
});
/** The checkout whose dist/ and bin/ are measured (--root: another one, to compare a change with its parent). */
const root = options.root ? resolve(options.root) : here;
const RUNS = Number(options.runs);
const WARMUP = Number(options.warmup);
const SECTIONS = new Set(options.only.split(','));
const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((path) => existsSync(path));
const scratch = mkdtempSync(join(tmpdir(), 'procfile-lint-bench-'));
const TYPICAL_APP = join(root, 'examples', 'django-app');

/** The environment a runner gives an action, and nothing of this shell's (NODE_OPTIONS, NODE_EXTRA_CA_CERTS, ...). */
function runnerEnv(extra = {}) {
  const summary = join(scratch, 'summary.md');
  const output = join(scratch, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? '/tmp',
    GITHUB_WORKSPACE: root,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    INPUT_PATH: 'examples/django-app',
    INPUT_PLATFORM: 'codecapsules',
    'INPUT_FAIL-ON': 'error',
    INPUT_ANNOTATIONS: 'true',
    INPUT_SUMMARY: 'true',
    ...extra,
  };
}

const plainEnv = () => ({ PATH: process.env.PATH, HOME: process.env.HOME ?? '/tmp' });

/** One run: wall time from the parent, peak RSS and CPU time from GNU time when there is one. */
function runOnce({ command, args, cwd, env }) {
  const timed = GNU_TIME ? [GNU_TIME, ['-f', '%M %U %S', command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(timed[0], timed[1], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  const usage = GNU_TIME ? result.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
  return { wallMs, rssKiB: usage[0], cpuMs: (usage[1] + usage[2]) * 1000, status: result.status };
}

/** Runs every case in turn for warm-up plus `RUNS` rounds; returns the medians per case. */
function measure(cases) {
  const samples = cases.map(() => []);
  for (let round = 0; round < WARMUP + RUNS; round++) {
    cases.forEach((item, index) => {
      const sample = runOnce(item);
      if (item.expectStatus !== undefined && sample.status !== item.expectStatus) {
        throw new Error(`${item.label}: exit ${sample.status}, expected ${item.expectStatus}`);
      }
      if (round >= WARMUP) samples[index].push(sample);
    });
  }
  return cases.map((item, index) => ({
    label: item.label,
    wallMs: median(samples[index].map((s) => s.wallMs)),
    rssMiB: median(samples[index].map((s) => s.rssKiB)) / 1024,
    cpuMs: median(samples[index].map((s) => s.cpuMs)),
  }));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value) => `${value.toFixed(1)} ms`;
const mib = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} MiB`);
const ratio = (value, base) => (Number.isNaN(value) || Number.isNaN(base) ? 'n/a' : `${(value / base).toFixed(2)}x`);
const verdict = (value, target) => (Number.isNaN(value) ? '' : value <= target ? ' ✔' : ' ✘');

/** bench/core-floor.mjs bundled like dist/: what importing @actions/core costs before an action does anything. */
function buildCoreFloor() {
  const out = join(scratch, 'core-floor');
  const ncc = join(here, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  spawnSync(process.execPath, [ncc, 'build', join(here, 'bench', 'core-floor.mjs'), '-o', out, '--quiet'], { stdio: 'inherit' });
  return join(out, 'index.mjs');
}

function startup() {
  const cli = join(root, 'bin', 'procfile-lint.js');
  const coreFloor = buildCoreFloor();
  const [floor, core, action, command] = measure([
    { label: 'node -e 0', command: process.execPath, args: ['-e', '0'], cwd: root, env: plainEnv() },
    { label: '@actions/core alone (bundled)', command: process.execPath, args: [coreFloor], cwd: root, env: runnerEnv(), expectStatus: 0 },
    {
      label: 'action (dist/index.js)',
      command: process.execPath,
      args: [join(root, 'dist', 'index.js')],
      cwd: root,
      env: runnerEnv(),
      expectStatus: 0,
    },
    {
      label: 'CLI (bin/procfile-lint.js)',
      command: process.execPath,
      args: [cli, 'examples/django-app'],
      cwd: root,
      env: plainEnv(),
      expectStatus: 0,
    },
  ]);
  const rows = [floor, core, action, command].map(
    (row) =>
      `| ${row.label} | ${ms(row.wallMs)} | ${ratio(row.wallMs, floor.wallMs)} | ${mib(row.rssMiB)} | ${ratio(row.rssMiB, floor.rssMiB)} |`,
  );
  const targets = [
    `- action wall time within 1.5x of \`node -e 0\`: ${ratio(action.wallMs, floor.wallMs)}${verdict(action.wallMs / floor.wallMs, 1.5)} ` +
      `(@actions/core alone: ${ratio(core.wallMs, floor.wallMs)}; the action adds ${ms(action.wallMs - core.wallMs)} to it)`,
    `- action peak memory within 1.3x of \`node -e 0\`: ${ratio(action.rssMiB, floor.rssMiB)}${verdict(action.rssMiB / floor.rssMiB, 1.3)} ` +
      `(@actions/core alone: ${ratio(core.rssMiB, floor.rssMiB)})`,
  ];
  return [
    '### Start-up on a typical app (examples/django-app)',
    '',
    '| Process | Wall time | vs `node -e 0` | Peak memory | vs `node -e 0` |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    ...targets,
  ].join('\n');
}

function peer() {
  const foreman = findOnPath('foreman');
  if (!foreman) {
    return [
      '### The CLI against `foreman check`',
      '',
      'Skipped: `foreman` is not installed. Install it with `sudo apt-get install ruby-foreman` (Debian, Ubuntu) or',
      '`gem install foreman`, then run the benchmark again.',
    ].join('\n');
  }
  const cli = join(root, 'bin', 'procfile-lint.js');
  const [theirs, ours] = measure([
    { label: '`foreman check`', command: foreman, args: ['check'], cwd: TYPICAL_APP, env: plainEnv(), expectStatus: 0 },
    { label: '`procfile-lint .`', command: process.execPath, args: [cli, '.'], cwd: TYPICAL_APP, env: plainEnv(), expectStatus: 0 },
  ]);
  return [
    '### The CLI against `foreman check` (same app, same Procfile)',
    '',
    '| Process | Wall time | Peak memory |',
    '|---|---|---|',
    ...[theirs, ours].map((row) => `| ${row.label} | ${ms(row.wallMs)} | ${mib(row.rssMiB)} |`),
    '',
    `- CLI wall time at most 0.8x \`foreman check\`: ${ratio(ours.wallMs, theirs.wallMs)}${verdict(ours.wallMs / theirs.wallMs, 0.8)}`,
  ].join('\n');
}

function scale() {
  const cli = join(root, 'bin', 'procfile-lint.js');
  const procfileApp = (lines) => {
    const dir = join(scratch, `lines-${lines}`);
    mkdirSync(dir, { recursive: true });
    // Short lines, so that 100 000 of them stay under the 1 MiB limit (a larger file is refused, not linted).
    const body = Array.from({ length: lines }, (_, i) => (i === 0 ? 'web: gunicorn app:app' : `w${i.toString(36)}: x`));
    writeFileSync(join(dir, 'Procfile'), `${body.join('\n')}\n`);
    writeFileSync(join(dir, 'app.py'), '');
    writeFileSync(join(dir, 'requirements.txt'), 'gunicorn\ncelery\n');
    return dir;
  };
  const repoWith = (files) => {
    const dir = join(scratch, `files-${files}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'Procfile'), 'web: gunicorn app:app\n');
    writeFileSync(join(dir, 'app.py'), '');
    writeFileSync(join(dir, 'requirements.txt'), 'gunicorn\n');
    for (let i = 3; i < files; i++) {
      const folder = join(dir, `pkg${Math.floor(i / 100) % 100}`, `mod${Math.floor(i / 10_000)}`);
      if (i % 100 === 0 || i === 3) mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `f${i}.txt`), '');
    }
    return dir;
  };
  const lineCases = [10, 1_000, 100_000].map((lines) => ({
    label: `${lines.toLocaleString('en')} lines`,
    command: process.execPath,
    args: [cli, '--format', 'json', '--fail-on', 'never', procfileApp(lines)],
    cwd: scratch,
    env: plainEnv(),
    expectStatus: 0,
  }));
  const repos = [10, 100_000].map((files) => [files, repoWith(files)]);
  const fileCases = repos.map(([files, dir]) => ({
    label: `${files.toLocaleString('en')} files`,
    command: process.execPath,
    args: [cli, dir],
    cwd: scratch,
    env: plainEnv(),
    expectStatus: 0,
  }));
  // The floor for a walk of the whole tree (Code Capsules looks for *.go, *.rb, *.php, .NET projects at any depth,
  // and none is there, so nothing stops it early): find listing the same tree.
  const findCase = {
    label: '`find . -type f | wc -l`, 100,000 files',
    command: 'sh',
    args: ['-c', 'find . -type f | wc -l'],
    cwd: repos[1][1],
    env: plainEnv(),
    expectStatus: 0,
  };
  const lines = measure(lineCases);
  const [f10, f100k, find] = measure([...fileCases, findCase]);
  const files = [f10, f100k, find];
  const [l10, l1k, l100k] = lines;
  const walkMs = f100k.wallMs - f10.wallMs;
  return [
    '### Scale',
    '',
    '| Input | Wall time | CPU time | Peak memory |',
    '|---|---|---|---|',
    ...[...lines, ...files].map((row) => `| ${row.label} | ${ms(row.wallMs)} | ${ms(row.cpuMs)} | ${mib(row.rssMiB)} |`),
    '',
    `- Procfile lines, 1 000 -> 100 000 (100x): wall time ${ratio(l100k.wallMs, l1k.wallMs)}, over start-up ` +
      `${ratio(l100k.wallMs - l10.wallMs, l1k.wallMs - l10.wallMs)} (linear is 100x or less)`,
    `- Repository files, 10 -> 100 000: wall time ${ratio(f100k.wallMs, f10.wallMs)}`,
    `- The walk of 100 000 files (the CLI on 100 000 files minus on 10): ${ms(walkMs)}, against \`find . -type f | wc -l\` ` +
      `${ms(find.wallMs)}: ${ratio(walkMs, find.wallMs)}${verdict(walkMs / find.wallMs, 2)} (at most 2x)`,
  ].join('\n');
}

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

function machine() {
  const cpu = cpus();
  return [
    `- CPU: ${cpu[0]?.model ?? 'unknown'} (${cpu.length} cores available)`,
    `- Memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GiB; OS: ${platform()} ${release()}`,
    `- Node.js ${process.version}; ${RUNS} rounds after ${WARMUP} warm-up rounds, medians${GNU_TIME ? '; peak memory from GNU time' : ''}`,
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
  ].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

try {
  const sections = [];
  if (SECTIONS.has('startup')) sections.push(startup());
  if (SECTIONS.has('peer')) sections.push(peer());
  if (SECTIONS.has('scale')) sections.push(scale());
  const report = `${machine()}\n\n${sections.join('\n\n')}\n`;
  process.stdout.write(report);
  if (options.write) {
    const file = join(root, 'docs', 'benchmarks.md');
    const page = readFileSync(file, 'utf8');
    const start = page.indexOf(START);
    const end = page.indexOf(END);
    if (start === -1 || end === -1) throw new Error(`${file} has no ${START} ... ${END} section`);
    writeFileSync(file, `${page.slice(0, start + START.length)}\n${report}${page.slice(end)}`);
    process.stdout.write(`\nWrote ${file}.\n`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
