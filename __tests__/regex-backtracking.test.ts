/**
 * No regular expression in src/ may take more than linear time on text from a pull request. Every literal is found
 * with the TypeScript parser (so a new one is checked without editing this test) and checked by recheck, a ReDoS
 * checker that finds polynomial (quadratic and worse) as well as exponential backtracking, with the attack string.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';
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
 * recheck decides each literal by analysis (an automaton, or a fuzzer that counts the steps of a backtracking
 * matcher), not by a clock: the same verdict on any machine. No timeout, a fixed seed.
 */
function verdict(source: string, flags: string) {
  const result = checkSync(source, flags, { timeout: null, randomSeed: 1 });
  return {
    status: result.status,
    ...(result.status === 'vulnerable' ? { complexity: result.complexity.type, attack: result.attack.pattern } : {}),
  };
}

const SOURCE_FILES = sourceFiles(path.join(REPO, 'src'));
const LITERALS = SOURCE_FILES.flatMap(regexLiterals);

describe('regular expressions in src/', () => {
  it('are all literals, which this test finds: none is built at run time', () => {
    expect(LITERALS.length).toBeGreaterThan(10);
    expect(SOURCE_FILES.filter((file) => /\bRegExp\s*\(/.test(fs.readFileSync(file, 'utf8')))).toEqual([]);
  });

  it("each run in linear time on every input, by recheck's analysis", () => {
    const unsafe = LITERALS.map((literal) => ({
      where: literal.where,
      regex: `/${literal.source}/${literal.flags}`,
      ...verdict(literal.source, literal.flags),
    }));
    expect(unsafe.filter((each) => each.status !== 'safe')).toEqual([]);
  }, 60_000);

  // The shapes that were quadratic in src/ until issue 10, each a kind of its own: the check above must catch them.
  it.each([
    [
      'a literal prefix and overlapping quantifiers, ended by a CR that `.` does not match',
      String.raw`^\s*#\s*procfile-lint-disable-next-line(?:\s+(.*))?$`,
      'u',
    ],
    ['an unanchored start before `.*$`, ended by a character `.` does not match', String.raw`(^|\s)#.*$`, ''],
    ['a literal prefix, then blanks taken by two quantifiers', String.raw`^(?:-r|--requirement|-c|--constraint)\s*=?\s*(\S+)`, ''],
    ['overlapping quantifiers around a letter', String.raw`^-[a-z]*c[a-z]*$`, ''],
    ['a run anchored only at its end', String.raw`\/+$`, ''],
  ])('finds %s', (_, source, flags) => {
    expect(verdict(source, flags)).toMatchObject({ status: 'vulnerable', complexity: 'polynomial' });
  });
});
