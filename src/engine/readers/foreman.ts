/**
 * foreman (lib/foreman/procfile.rb), whose line pattern honcho, forego and Paketo share: CRLF turned into LF, the
 * file split on LF, `^([A-Za-z0-9_-]+):\s*(.+)$` applied to each line, lines that do not match dropped without a
 * word, and every entry started, duplicates included. `foreman check` fails on a file with no process.
 */
import type { SourceText } from '../source.js';
import { matchEntries } from './line-pattern.js';
import { reading, type ReadProcess, type Reading } from './reading.js';
import { isAsciiWordChar, isRubyRegexSpace } from './whitespace.js';

export const isProcfileNameChar = (code: number): boolean => isAsciiWordChar(code) || code === 45; /* - */

const foremanPattern = { isNameChar: isProcfileNameChar, isSpace: isRubyRegexSpace, acrossLines: false };
const foremanEntries = new WeakMap<SourceText, readonly ReadProcess[]>();

/**
 * The entries foreman's pattern finds, computed once per source: Heroku's classic reader applies the same pattern
 * (./heroku-classic.ts), and on a 100 000-line file each reading is 100 000 objects. Shared, so never changed.
 */
export function foremanPatternEntries(source: SourceText): readonly ReadProcess[] {
  let entries = foremanEntries.get(source);
  if (!entries) foremanEntries.set(source, (entries = matchEntries(source, foremanPattern, source.bom).entries));
  return entries;
}

export function readForeman(source: SourceText): Reading {
  if (source.encoding !== 'utf-8')
    return reading({ entries: [], policy: 'all-run', failure: { message: 'no processes defined', line: null } });
  const entries = foremanPatternEntries(source);
  const failure = entries.length === 0 ? { message: 'no processes defined', line: null } : null;
  return reading({ entries, policy: 'all-run', failure });
}
