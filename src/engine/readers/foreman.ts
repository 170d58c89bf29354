/**
 * The line pattern shared by foreman, honcho, forego and Paketo, read as foreman does (lib/foreman/procfile.rb):
 * CRLF turned into LF, the file split on LF, `^([A-Za-z0-9_-]+):\s*(.+)$` applied to each line, lines that do not
 * match dropped without a word, and every entry started, duplicates included.
 */
import type { SourceText } from '../source.js';
import { matchEntries } from './line-pattern.js';
import type { Reading } from './reading.js';
import { isAsciiWordChar, isRubyRegexSpace } from './whitespace.js';

const isNameChar = (code: number): boolean => isAsciiWordChar(code) || code === 45; /* - */

export function readForeman(source: SourceText): Reading {
  if (source.encoding !== 'utf-8') return { entries: [], processes: [], swallowedLines: new Set(), failure: null };
  const pattern = { isNameChar, isSpace: isRubyRegexSpace, acrossLines: false };
  const { entries, swallowedLines } = matchEntries(source, pattern, source.bom);
  return { entries, processes: entries, swallowedLines, failure: entries.length === 0 ? 'no processes defined' : null };
}
