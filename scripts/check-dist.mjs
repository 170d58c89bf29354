// Fails when dist/ is not what `npm run package` builds from the current src/: it builds the bundles in memory
// (scripts/bundle.mjs) and compares every file both ways.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.mjs';

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist');

const expected = await bundle();
const actual = listFiles(dist);
const differences = [];
for (const [file, content] of expected) {
  if (!actual.includes(file)) differences.push(`missing: dist/${file}`);
  else if (!readFileSync(join(dist, file)).equals(content)) differences.push(`differs: dist/${file}`);
}
for (const file of actual) if (!expected.has(file)) differences.push(`not built from src/: dist/${file}`);

if (differences.length > 0) {
  console.error('dist/ is not a fresh build of src/. Run `npm run package` and commit dist/.');
  for (const line of differences) console.error(`  ${line}`);
  process.exitCode = 1;
} else {
  console.log('dist/ is up to date.');
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
