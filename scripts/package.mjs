// Bundles the action (src/index.ts -> <out>/index.js) and the CLI (src/cli-entry.ts -> <out>/cli/index.js) with ncc.
// Each bundle gets a licenses.txt listing the third-party packages inside it; ncc writes none for a bundle without any
// (the CLI today: __tests__/licenses.test.ts keeps it that way).
// Usage: node scripts/package.mjs <out-dir>. `npm run package` writes dist/; check-dist.mjs builds elsewhere and compares.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, process.argv[2] ?? 'dist');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

rmSync(out, { recursive: true, force: true });
const build = (entry, dir, extra = []) =>
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--quiet', ...extra], { cwd: root, stdio: 'inherit' });
build('src/index.ts', out, ['--license', 'licenses.txt']);
build('src/cli-entry.ts', join(out, 'cli'), ['--license', 'licenses.txt']);
