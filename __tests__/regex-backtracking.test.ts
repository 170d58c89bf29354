/**
 * No regular expression in src/ may backtrack catastrophically on text from a pull request. Every literal is found
 * with the TypeScript parser (so a new one is checked without editing this test) and run against long adversarial
 * runs in a separate process with a timeout: a regex that never returns fails the test instead of hanging it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { ADVERSARIAL_RUNS } from './helpers/adversarial.js';
import { REPO } from './helpers/processes.js';

interface Literal {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

function regexLiterals(file: string): Literal[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const end = node.text.lastIndexOf('/');
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ where: `${path.relative(REPO, file)}:${line}`, source: node.text.slice(1, end), flags: node.text.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Runs in the child: for each literal, `test` and a global `replace` over every input; prints the slowest CPU time
 * (the process's, so that other work on the machine does not count).
 */
const CHILD = `
const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const { literals, runs } = JSON.parse(input);
for (const { where, source, flags } of literals) {
  process.stdout.write('start ' + where + '\\n');
  const once = new RegExp(source, flags.replace('g', ''));
  const global = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
  let slowest = 0;
  for (const run of runs) {
    const started = cpuMs();
    once.test(run);
    run.replace(global, '');
    slowest = Math.max(slowest, cpuMs() - started);
  }
  process.stdout.write('done ' + where + ' ' + slowest.toFixed(1) + '\\n');
}
`;

const SOURCE_FILES = sourceFiles(path.join(REPO, 'src'));
const LITERALS = SOURCE_FILES.flatMap(regexLiterals);

describe('regular expressions in src/', () => {
  it('are all literals, which this test finds: none is built at run time', () => {
    expect(LITERALS.length).toBeGreaterThan(10);
    expect(SOURCE_FILES.filter((file) => /\bRegExp\s*\(/.test(fs.readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('each match 200 000-character adversarial runs in linear time', () => {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD], {
      input: JSON.stringify({ literals: LITERALS, runs: ADVERSARIAL_RUNS }),
      encoding: 'utf8',
      // Only for a regex that never returns: the child needs a few seconds of CPU, which a machine busy with other
      // work can stretch far beyond that on the clock. The bound on each regex below is CPU time.
      timeout: 100_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const started = child.stdout.match(/^start (.*)$/gm) ?? [];
    if (child.status !== 0) {
      throw new Error(`stuck or failed on ${started.at(-1)?.slice(6)} (${child.signal ?? child.status}): ${child.stderr}`);
    }
    const times = Array.from(child.stdout.matchAll(/^done (\S+) (\S+)$/gm), (match) => [match[1], Number(match[2])] as const);
    expect(times.map(([where]) => where)).toEqual(LITERALS.map((literal) => literal.where));
    expect(times.filter(([, ms]) => ms > 250)).toEqual([]);
  });
});
