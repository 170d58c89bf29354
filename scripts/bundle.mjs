// Bundles the action (src/index.ts -> index.js, plus chunks loaded on demand) and the CLI (src/cli-entry.ts ->
// cli/index.js) with ncc, in memory, and adds beside each a licenses.txt for every third-party package in it, chunks
// included (ncc's own --license lists only one chunk once the bundle is split). package.mjs writes the result to
// dist/; check-dist.mjs compares it with dist/.
//
// Both bundles are built in one process (webpack and TypeScript load once), and ncc only transpiles (`transpileOnly`):
// type-checking is `npm run typecheck`'s job, and it took two thirds of the build. The entries are in scripts/entries/,
// whose tsconfig.json tells the transpiler the files are ES modules; the output is the same as a type-checked build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = createRequire(import.meta.url)('@vercel/ncc');

const BUNDLES = [
  { entry: 'scripts/entries/action.ts', dir: '' },
  { entry: 'scripts/entries/cli.ts', dir: 'cli/' },
];

/** Every file of dist/, by its path relative to dist/, as ncc and the licence listing write it. */
export async function bundle() {
  const files = new Map();
  for (const { entry, dir } of BUNDLES) {
    const { code, assets, stats } = await ncc(join(root, entry), { quiet: true, transpileOnly: true });
    files.set(`${dir}index.js`, Buffer.from(code));
    for (const [name, asset] of Object.entries(assets)) files.set(`${dir}${name}`, Buffer.from(asset.source));
    const packages = bundledPackages(stats.toJson().modules);
    if (packages.length > 0) files.set(`${dir}licenses.txt`, Buffer.from(packages.map(licenseEntry).join('\n')));
  }
  return files;
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
