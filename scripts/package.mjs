// Bundles the action (src/index.ts -> <out>/index.js, plus chunks loaded on demand) and the CLI
// (src/cli-entry.ts -> <out>/cli/index.js) with ncc, and writes beside each a licenses.txt for every third-party
// package in it, chunks included (ncc's own --license lists only one chunk once the bundle is split).
// Usage: node scripts/package.mjs <out-dir>. `npm run package` writes dist/; check-dist.mjs builds elsewhere and compares.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, process.argv[2] ?? 'dist');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'procfile-lint-package-'));

execFileSync(process.execPath, [join(root, 'scripts', 'generate.mjs')], { stdio: 'inherit' });

rmSync(out, { recursive: true, force: true });
try {
  build('src/index.ts', out);
  build('src/cli-entry.ts', join(out, 'cli'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function build(entry, dir) {
  const stats = join(scratch, 'stats.json');
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--quiet', '--stats-out', stats], { cwd: root, stdio: 'inherit' });
  const packages = bundledPackages(JSON.parse(readFileSync(stats, 'utf8')).modules);
  if (packages.length > 0) writeFileSync(join(dir, 'licenses.txt'), packages.map(licenseEntry).join('\n'));
}

/** Directories of the packages whose files webpack bundled, from the stats' resource paths, sorted by name. */
function bundledPackages(modules) {
  const dirs = new Map();
  const visit = (list) => {
    for (const module of list ?? []) {
      const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(module.nameForCondition ?? '');
      if (match && match[2] !== '@vercel/ncc') dirs.set(match[2], match[1]);
      visit(module.modules);
    }
  };
  visit(modules);
  return [...dirs].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** `name`, the SPDX licence from its package.json, and the text of its licence file, as ncc writes them. */
function licenseEntry([name, dir]) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const license = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? '');
  const file = readdirSync(dir).find((entry) => /^licen[cs]e(\.(md|txt))?$/i.test(entry));
  const text = file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8').trim() : '';
  return [name, license, text, ''].filter((line, index) => index !== 1 || line !== '').join('\n') + '\n';
}
