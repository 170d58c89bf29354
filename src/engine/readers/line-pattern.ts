/**
 * A hand-written, linear-time equivalent of the `^(NAME+):\s*(.+)$` patterns the platforms apply, with the
 * greedy-then-backtrack behaviour of `\s*` reproduced exactly: `\s*` may run over line breaks, and when nothing
 * but whitespace follows, it gives back characters until `.+` can match one.
 */
import type { SourceLine, SourceText } from '../source.js';
import { lineAtOffset, linePrefixes } from '../source.js';
import { ordinaryEntries } from './ordinary.js';
import type { ReadProcess } from './reading.js';

export interface LinePattern {
  isNameChar(code: number): boolean;
  /** The pattern's `\s`. */
  isSpace(code: number): boolean;
  /**
   * `true` for `(?m)` over the whole file, where a match may run over line breaks; `false` for one line at a time,
   * each without its `\n` or `\r\n`.
   */
  acrossLines: boolean;
}

export interface Match {
  typeEnd: number;
  commandStart: number;
  commandEnd: number;
}

const NEWLINE = 10;

/** The pattern matched at `start`, not running past `limit`, or `null`. */
export function matchAt(text: string, start: number, limit: number, pattern: LinePattern): Match | null {
  let i = start;
  while (i < limit && pattern.isNameChar(text.charCodeAt(i))) i++;
  if (i === start || text.charCodeAt(i) !== 58 /* : */) return null;
  const typeEnd = i;
  let k = typeEnd + 1;
  while (k < limit && pattern.isSpace(text.charCodeAt(k))) k++;
  if (k >= limit || text.charCodeAt(k) === NEWLINE) {
    k--;
    while (k > typeEnd && text.charCodeAt(k) === NEWLINE) k--;
    if (k === typeEnd) return null;
  }
  const newline = text.indexOf('\n', k);
  return { typeEnd, commandStart: k, commandEnd: Math.min(newline === -1 ? text.length : newline, limit) };
}

/** Every entry the pattern matches, in file order, as `FindAll` or a line-by-line loop would find them. */
export function matchEntries(
  source: SourceText,
  pattern: LinePattern,
  skipFirstLine: boolean,
): { entries: ReadProcess[]; swallowedLines: Map<number, number> } {
  const { text, lines } = source;
  const entries: ReadProcess[] = [];
  const swallowedLines = new Map<number, number>();
  const prefixOf = linePrefixes(source);
  const ordinary = ordinaryEntries(source);
  let resumeAt = 0;
  for (const line of lines) {
    if (line.start < resumeAt || (skipFirstLine && line.number === 1)) continue;
    const same = ordinary[line.number];
    if (same) {
      entries.push(same);
      resumeAt = lineLimit(line);
      continue;
    }
    const limit = pattern.acrossLines ? text.length : lineLimit(line);
    const match = matchAt(text, line.start, limit, pattern);
    if (!match) continue;
    const commandLine = match.commandStart < lineLimit(line) ? line.number : (lineAtOffset(lines, match.commandStart) as SourceLine).number;
    for (let n = line.number + 1; n <= commandLine; n++) swallowedLines.set(n, line.number);
    entries.push({
      type: prefixOf(line, match.typeEnd - line.start),
      command: text.slice(match.commandStart, match.commandEnd),
      line: line.number,
      commandLine,
    });
    resumeAt = match.commandEnd + 1;
  }
  return { entries, swallowedLines };
}

/** End of the line without its terminator (`\n` or `\r\n`), as a split on line breaks yields it. */
function lineLimit(line: SourceLine): number {
  return line.start + line.text.length;
}
