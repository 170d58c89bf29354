// Writes the bundles of scripts/bundle.mjs (the action and the CLI, with their chunks and licences) to <out-dir>.
// Usage: node scripts/package.mjs [out-dir]; `npm run package` writes dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, process.argv[2] ?? 'dist');

execFileSync(process.execPath, [join(root, 'scripts', 'generate.mjs')], { stdio: 'inherit' });
const files = await bundle();
rmSync(out, { recursive: true, force: true });
for (const [name, content] of files) {
  mkdirSync(dirname(join(out, name)), { recursive: true });
  writeFileSync(join(out, name), content);
}
