/**
 * honcho (honcho/environ.py): `str.splitlines()` (which also breaks at a lone CR, VT, FF, U+2028, ...), then
 * `^([A-Za-z0-9_-]+):\s*(.+)$` with Python's Unicode `\s` on each line; a repeated process name stops it with
 * "process names must be unique within a Procfile".
 */
import { linePrefixes, type SourceLine, type SourceText } from '../source.js';
import { isProcfileNameChar } from './foreman.js';
import { matchAt } from './line-pattern.js';
import { ordinaryEntries } from './ordinary.js';
import { reading, type ReadProcess, type Reading, type Rejection } from './reading.js';
import { isPythonLineBreak, isPythonSpace } from './whitespace.js';

const pattern = { isNameChar: isProcfileNameChar, isSpace: isPythonSpace, acrossLines: false };

export function readHoncho(source: SourceText): Reading {
  if (source.encoding !== 'utf-8') return reading({ entries: [], policy: 'first-wins' });
  const { text, lines } = source;
  const entries: ReadProcess[] = [];
  const seen = new Set<string>();
  const prefixOf = linePrefixes(source);
  const ordinary = ordinaryEntries(source);
  let failure: Rejection | null = null;
  const add = (entry: ReadProcess): boolean => {
    if (seen.has(entry.type)) {
      failure = { message: 'process names must be unique within a Procfile', line: entry.line };
      return false;
    }
    seen.add(entry.type);
    entries.push(entry);
    return true;
  };
  let lineIndex = 0; // python lines start in increasing order: the source line of each is found by moving forward
  forEachPythonLine(text, (start, end) => {
    if (start === 0 && source.bom) return true; // open() keeps the BOM: `\ufeffweb` is no name
    while (lineIndex + 1 < lines.length && (lines[lineIndex + 1] as SourceLine).start <= start) lineIndex++;
    const sourceLine = lines[lineIndex] as SourceLine;
    // An ordinary line holds no character splitlines breaks at: the python line is the whole source line.
    const same = start === sourceLine.start ? ordinary[sourceLine.number] : undefined;
    if (same) return add(same);
    const match = matchAt(text, start, end, pattern);
    if (!match) return true;
    const line = sourceLine.number;
    const type = start === sourceLine.start ? prefixOf(sourceLine, match.typeEnd - start) : text.slice(start, match.typeEnd);
    return add({ type, command: text.slice(match.commandStart, match.commandEnd), line, commandLine: line });
  });
  return failure ? reading({ entries, policy: 'first-wins', failure }) : reading({ entries, policy: 'first-wins', unique: true });
}

/** Calls `visit` with [start, end) of each line as `str.splitlines()` cuts the text, until it returns `false`. */
function forEachPythonLine(text: string, visit: (start: number, end: number) => boolean): void {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isPythonLineBreak(code)) continue;
    if (!visit(start, i)) return;
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < text.length) visit(start, text.length);
}
