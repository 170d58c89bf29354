// `npm test`: the static checks (type-check, ESLint, dist/ is a fresh build) one after the other, side by side with
// jest, which on its own keeps about one core busy. Jest's output streams as it comes; each static check's output is
// printed in one piece when it ends, and a summary at the end names what failed. Exits 1 when anything failed.
import { spawn } from 'node:child_process';

const STATIC_CHECKS = ['typecheck', 'lint', 'format:check', 'check-dist'];

/** Runs `npm run -s <script>`; resolves to its exit status and, unless `live`, its combined output. */
function npmRun(script, live) {
  const started = Date.now();
  const child = spawn('npm', ['run', '-s', script], { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  const chunks = [];
  child.stdout?.on('data', (chunk) => chunks.push(chunk));
  child.stderr?.on('data', (chunk) => chunks.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      resolve({
        script,
        ok: code === 0,
        status: signal ?? code,
        output: Buffer.concat(chunks).toString(),
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
}

async function staticChecks() {
  const results = [];
  for (const script of STATIC_CHECKS) {
    const result = await npmRun(script, false);
    process.stdout.write(`\n${result.ok ? '✓' : '✗'} npm run ${script} (${result.seconds.toFixed(1)} s)\n${result.output}`);
    results.push(result);
  }
  return results;
}

const [checks, jest] = await Promise.all([staticChecks(), npmRun('jest', true)]);
const failed = [...checks, jest].filter((result) => !result.ok);
if (failed.length > 0) {
  console.error(`\nnpm test failed: ${failed.map((result) => `npm run ${result.script} (exit ${result.status})`).join(', ')}.`);
  process.exitCode = 1;
}
