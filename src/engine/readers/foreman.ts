/**
 * foreman (lib/foreman/procfile.rb), whose line pattern honcho, forego and Paketo share: CRLF turned into LF, the
 * file split on LF, `^([A-Za-z0-9_-]+):\s*(.+)$` applied to each line, lines that do not match dropped without a
 * word, and every entry started, duplicates included. `foreman check` fails on a file with no process.
 */
import type { SourceText } from '../source.js';
import { matchEntries } from './line-pattern.js';
import { reading, type Reading } from './reading.js';
import { isAsciiWordChar, isRubyRegexSpace } from './whitespace.js';

export const isProcfileNameChar = (code: number): boolean => isAsciiWordChar(code) || code === 45; /* - */

export function readForeman(source: SourceText): Reading {
  if (source.encoding !== 'utf-8')
    return reading({ entries: [], policy: 'all-run', failure: { message: 'no processes defined', line: null } });
  const pattern = { isNameChar: isProcfileNameChar, isSpace: isRubyRegexSpace, acrossLines: false };
  const { entries } = matchEntries(source, pattern, source.bom);
  const failure = entries.length === 0 ? { message: 'no processes defined', line: null } : null;
  return reading({ entries, policy: 'all-run', failure });
}
