// The long fuzz run: the property-based tests of __tests__/fuzz.test.ts with many more cases than `npm test` runs.
//   npm run fuzz                          20 000 cases per property (2 000 for the ones that write files)
//   FUZZ_RUNS=200000 npm run fuzz         more
//   FUZZ_SEED=<seed> npm run fuzz         replay the seed fast-check printed with a failure
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS || '20000' };
env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim();
console.log(`Fuzzing with FUZZ_RUNS=${env.FUZZ_RUNS}${env.FUZZ_SEED ? ` and FUZZ_SEED=${env.FUZZ_SEED}` : ''}.`);
const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const run = spawnSync(process.execPath, [jest, '--testPathPatterns', '__tests__/fuzz\\.test\\.ts$'], { cwd: root, env, stdio: 'inherit' });
process.exitCode = run.status ?? 1;
