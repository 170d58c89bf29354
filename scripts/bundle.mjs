// Bundles the action (src/index.ts -> index.js, plus chunks loaded on demand) and the CLI (src/cli-entry.ts ->
// cli/index.js) with ncc, in memory, and adds beside each a licenses.txt for every third-party package in it, chunks
// included (ncc's own --license lists only one chunk once the bundle is split). package.mjs writes the result to
// dist/; check-dist.mjs compares it with dist/.
//
// Both bundles are built in one process (webpack and TypeScript load once), and ncc only transpiles (`transpileOnly`):
// type-checking is `npm run typecheck`'s job, and it took two thirds of the build. The entries are in scripts/entries/,
// whose tsconfig.json tells the transpiler the files are ES modules; the output is the same as a type-checked build.
//
// Beside the bundles, dist/build-inputs.json records the SHA-256 of every file the build read (src/, the entries,
// this script, package.json, package-lock.json and each bundled file of node_modules) and of every file it wrote:
// check-dist.mjs skips the build when none of them changed (see there).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = createRequire(import.meta.url)('@vercel/ncc');

const BUNDLES = [
  { entry: 'scripts/entries/action.ts', dir: '' },
  { entry: 'scripts/entries/cli.ts', dir: 'cli/' },
];

/** The record of what a build read and wrote, in dist/. */
export const BUILD_INPUTS = 'build-inputs.json';
/** What the build reads besides node_modules: every file under these folders, and these files. */
const SOURCE_DIRS = ['src', 'scripts/entries'];
const SOURCE_FILES = ['scripts/bundle.mjs', 'package.json', 'package-lock.json'];

/** Every file of dist/, by its path relative to dist/, as ncc and the licence listing write it, and BUILD_INPUTS. */
export async function bundle() {
  const files = new Map();
  const bundledFromNodeModules = new Set();
  for (const { entry, dir } of BUNDLES) {
    const { code, assets, stats } = await ncc(join(root, entry), { quiet: true, transpileOnly: true });
    files.set(`${dir}index.js`, Buffer.from(code));
    for (const [name, asset] of Object.entries(assets)) files.set(`${dir}${name}`, Buffer.from(asset.source));
    const modules = stats.toJson().modules;
    for (const file of moduleFiles(modules)) if (file.startsWith('node_modules/')) bundledFromNodeModules.add(file);
    const packages = bundledPackages(modules);
    if (packages.length > 0) files.set(`${dir}licenses.txt`, Buffer.from(packages.map(licenseEntry).join('\n')));
  }
  const record = { inputs: inputHashes([...bundledFromNodeModules]), outputs: hashes(files) };
  files.set(BUILD_INPUTS, Buffer.from(`${JSON.stringify(record, null, 2)}\n`));
  return files;
}

/** The SHA-256 of each source of the build and of each given file of node_modules, by path relative to the root. */
export function inputHashes(nodeModulesFiles) {
  const paths = [...SOURCE_DIRS.flatMap((dir) => listFiles(join(root, dir)).map((file) => `${dir}/${file}`)), ...SOURCE_FILES];
  return hashes(new Map([...paths, ...nodeModulesFiles].map((path) => [path, readFileSync(join(root, path))])));
}

/** `{ path: sha256 }` for each file, sorted by path. */
export function hashes(files) {
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(sorted.map(([path, content]) => [path, createHash('sha256').update(content).digest('hex')]));
}

/** The files under `dir`, relative to it with `/` separators; none when it does not exist. */
export function listFiles(dir, base = dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path, base) : [relative(base, path).split(sep).join('/')];
  });
}

/** The files webpack bundled (resources of the stats' modules, concatenated ones included), relative to the root. */
function moduleFiles(modules) {
  const found = [];
  const visit = (list) => {
    for (const module of list ?? []) {
      const resource = module.nameForCondition;
      if (resource && resource.startsWith(root + sep)) found.push(relative(root, resource).split(sep).join('/'));
      visit(module.modules);
    }
  };
  visit(modules);
  return found;
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
