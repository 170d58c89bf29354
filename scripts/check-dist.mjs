// Fails when dist/ is not what `npm run package` builds from the current src/.
//
// dist/build-inputs.json, written by every build, holds the SHA-256 of each file that build read (src/, the entries,
// scripts/bundle.mjs, package.json, package-lock.json, the bundled files of node_modules) and of each file it wrote.
// When every one of those inputs and every file of dist/ still has its recorded hash, and src/ has no file the build
// did not read, dist/ is that build's output and nothing is rebuilt (the build takes about half a minute of CPU).
// Otherwise, with --full, or in CI, it builds the bundles in memory (scripts/bundle.mjs) and compares every file both ways.
// The Check dist workflow always rebuilds from scratch (npm run package, then git diff).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_INPUTS, bundle, hashes, inputHashes, listFiles } from './bundle.mjs';

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist');

// In CI (`CI=true`, as GitHub Actions and .ci/run set it) the record is not trusted: a pull request could commit a
// dist/ and a build-inputs.json that agree with each other but not with src/.
const full = process.argv.includes('--full') || /^(1|true)$/i.test(process.env.CI ?? '');
const recorded = full ? null : recordedBuild();
if (recorded) {
  console.log(
    `dist/ is up to date: it is what the build recorded in dist/${BUILD_INPUTS} wrote, and none of that build's ` +
      `${Object.keys(recorded.inputs).length} inputs changed (\`npm run check-dist -- --full\` rebuilds it to compare).`,
  );
} else {
  compareWithBuild(await bundle());
}

/** dist/build-inputs.json when dist/ and the inputs it lists are byte for byte as recorded, else `null`. */
function recordedBuild() {
  let record;
  try {
    record = JSON.parse(readFileSync(join(dist, BUILD_INPUTS), 'utf8'));
  } catch {
    return null;
  }
  if (typeof record?.inputs !== 'object' || typeof record?.outputs !== 'object') return null;
  const nodeModules = Object.keys(record.inputs).filter((path) => path.startsWith('node_modules/'));
  let inputs;
  try {
    inputs = inputHashes(nodeModules);
  } catch {
    return null;
  }
  const files = listFiles(dist).filter((file) => file !== BUILD_INPUTS);
  const outputs = hashes(new Map(files.map((file) => [file, readFileSync(join(dist, file))])));
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  return same(inputs, record.inputs) && same(outputs, record.outputs) ? record : null;
}

function compareWithBuild(expected) {
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
    console.log('dist/ is up to date (rebuilt and compared).');
  }
}
