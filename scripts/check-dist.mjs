// Fails when dist/ is not what `npm run package` builds from the current src/: it builds into .dist-check/ (a
// sibling of dist/, so the output is byte-identical) and compares every file both ways.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const expected = join(root, '.dist-check');
const actual = join(root, 'dist');

execFileSync(process.execPath, [join(root, 'scripts', 'package.mjs'), expected], { stdio: 'inherit' });
try {
  const differences = compareTrees(expected, actual);
  if (differences.length > 0) {
    console.error('dist/ is not a fresh build of src/. Run `npm run package` and commit dist/.');
    for (const line of differences) console.error(`  ${line}`);
    process.exitCode = 1;
  } else {
    console.log('dist/ is up to date.');
  }
} finally {
  rmSync(expected, { recursive: true, force: true });
}

function compareTrees(a, b) {
  const filesA = listFiles(a);
  const filesB = listFiles(b);
  const differences = [];
  for (const file of filesA) {
    if (!filesB.includes(file)) differences.push(`missing: dist/${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differences.push(`differs: dist/${file}`);
  }
  for (const file of filesB) if (!filesA.includes(file)) differences.push(`not built from src/: dist/${file}`);
  return differences;
}

function listFiles(dir, base = dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path)];
  });
}
