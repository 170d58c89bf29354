// Every regular expression literal in src/, and recheck's verdict on each. recheck takes about a minute of CPU for all
// of them, so the literals it found safe are kept in __tests__/fixtures/regex-verdicts.json with recheck's version:
// regex-backtracking.test.ts checks again only a literal that is not there (new or changed), or all of them when
// recheck's version changes. The file holds only "safe" verdicts: a literal recheck finds unsafe is never kept, so it
// is checked, and fails, on every run.
// Usage: node scripts/regex-verdicts.mjs --write   (re-checks every literal and rewrites the file)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
export const VERDICTS_FILE = join(root, '__tests__', 'fixtures', 'regex-verdicts.json');
export const RECHECK_VERSION = require('recheck/package.json').version;

/** The TypeScript files under `dir`, sorted. */
export function sourceFiles(dir = join(root, 'src')) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
    });
}

/** Each regular expression literal of `file`, found with TypeScript's parser: where it is, its source and flags. */
export function regexLiterals(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found = [];
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const end = node.text.lastIndexOf('/');
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ where: `${relative(root, file)}:${line}`, source: node.text.slice(1, end), flags: node.text.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** How a literal is named in the verdicts file: as it is written in the code. */
export const regexKey = ({ source, flags }) => `/${source}/${flags}`;

/**
 * recheck decides each literal by analysis (an automaton, or a fuzzer that counts the steps of a backtracking
 * matcher), not by a clock: the same verdict on any machine. No timeout, a fixed seed.
 */
// recheck's native and Java back ends are not installed: package.json's overrides replace them with an empty package,
// which keeps 52 MB out of node_modules. Its Scala.js checker (the same analysis) then runs in a worker thread when
// RECHECK_BACKEND is `worker`, as `npm run jest` and this script set it; otherwise recheck first tries to start the
// missing back ends (and Java prints "Unable to access jarfile"). In this thread, inside jest's sandbox, it would run
// ten times slower.
export function verdict(source, flags) {
  const { checkSync } = require('recheck');
  const result = checkSync(source, flags, { timeout: null, randomSeed: 1 });
  return {
    status: result.status,
    ...(result.status === 'vulnerable' ? { complexity: result.complexity.type, attack: result.attack.pattern } : {}),
  };
}

/** The literals recheck found safe, as kept in the verdicts file; none when it was written by another recheck version. */
export function keptSafe() {
  let kept;
  try {
    kept = JSON.parse(readFileSync(VERDICTS_FILE, 'utf8'));
  } catch {
    return new Set();
  }
  return new Set(kept.recheck === RECHECK_VERSION && Array.isArray(kept.safe) ? kept.safe : []);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.env.RECHECK_BACKEND ??= 'worker';
  if (!process.argv.includes('--write')) {
    console.error('Usage: node scripts/regex-verdicts.mjs --write');
    process.exit(2);
  }
  const literals = sourceFiles().flatMap(regexLiterals);
  const safe = new Set();
  for (const literal of literals) {
    const result = verdict(literal.source, literal.flags);
    if (result.status === 'safe') safe.add(regexKey(literal));
    else
      console.error(
        `${literal.where}: ${regexKey(literal)} is ${result.status}${result.complexity ? ` (${result.complexity}, attack ${result.attack})` : ''}`,
      );
  }
  const text = `${JSON.stringify({ recheck: RECHECK_VERSION, safe: [...safe].sort() }, null, 2)}\n`;
  writeFileSync(VERDICTS_FILE, text);
  console.log(`${relative(root, VERDICTS_FILE)}: ${safe.size} safe literals of ${literals.length}.`);
  process.exit(safe.size === new Set(literals.map(regexKey)).size ? 0 : 1);
}
