/**
 * No regular expression in src/ may take more than linear time on text from a pull request. Every literal is found
 * with the TypeScript parser (so a new one is checked without editing this test) and checked by recheck, a ReDoS
 * checker that finds polynomial (quadratic and worse) as well as exponential backtracking, with the attack string.
 * recheck's verdicts on the literals it found safe are kept in __tests__/fixtures/regex-verdicts.json (written by
 * `node scripts/regex-verdicts.mjs --write`, for one recheck version): a literal not there is checked here.
 */
import * as fs from 'node:fs';
import { keptSafe, regexKey, regexLiterals, RECHECK_VERSION, sourceFiles, verdict } from '../scripts/regex-verdicts.mjs';

const SOURCE_FILES = sourceFiles();
const LITERALS = SOURCE_FILES.flatMap(regexLiterals);
const KEPT_SAFE = keptSafe();

describe('regular expressions in src/', () => {
  it('are all literals, which this test finds: none is built at run time', () => {
    expect(LITERALS.length).toBeGreaterThan(10);
    expect(SOURCE_FILES.filter((file) => /\bRegExp\s*\(/.test(fs.readFileSync(file, 'utf8')))).toEqual([]);
  });

  it("each run in linear time on every input, by recheck's analysis", () => {
    const unchecked = LITERALS.filter((literal) => !KEPT_SAFE.has(regexKey(literal)));
    if (unchecked.length > 0) {
      console.log(
        `${unchecked.length} of ${LITERALS.length} regular expressions have no verdict of recheck ${RECHECK_VERSION} in ` +
          '__tests__/fixtures/regex-verdicts.json: checked now. `node scripts/regex-verdicts.mjs --write` keeps the safe ones.',
      );
    }
    const unsafe = unchecked.map((literal) => ({
      where: literal.where,
      regex: `/${literal.source}/${literal.flags}`,
      ...verdict(literal.source, literal.flags),
    }));
    expect(unsafe.filter((each) => each.status !== 'safe')).toEqual([]);
  });

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
