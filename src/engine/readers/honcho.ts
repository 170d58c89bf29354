/**
 * honcho (honcho/environ.py): `str.splitlines()` (which also breaks at a lone CR, VT, FF, U+2028, ...), then
 * `^([A-Za-z0-9_-]+):\s*(.+)$` with Python's Unicode `\s` on each line; a repeated process name stops it with
 * "process names must be unique within a Procfile".
 */
import { lineAtOffset, type SourceLine, type SourceText } from '../source.js';
import { isProcfileNameChar } from './foreman.js';
import { matchAt } from './line-pattern.js';
import { reading, type ReadProcess, type Reading } from './reading.js';
import { isPythonLineBreak, isPythonSpace } from './whitespace.js';

const pattern = { isNameChar: isProcfileNameChar, isSpace: isPythonSpace, acrossLines: false };

export function readHoncho(source: SourceText): Reading {
  if (source.encoding !== 'utf-8') return reading({ entries: [], policy: 'first-wins' });
  const { text, lines } = source;
  const entries: ReadProcess[] = [];
  const seen = new Set<string>();
  for (const [start, end] of pythonLines(text)) {
    if (start === 0 && source.bom) continue; // open() keeps the BOM: `\ufeffweb` is no name
    const match = matchAt(text, start, end, pattern);
    if (!match) continue;
    const line = (lineAtOffset(lines, start) as SourceLine).number;
    const type = text.slice(start, match.typeEnd);
    if (seen.has(type)) {
      return reading({ entries, policy: 'first-wins', failure: { message: 'process names must be unique within a Procfile', line } });
    }
    seen.add(type);
    entries.push({ type, command: text.slice(match.commandStart, match.commandEnd), line, commandLine: line });
  }
  return reading({ entries, policy: 'first-wins', unique: true });
}

/** [start, end) of each line as `str.splitlines()` cuts the text. */
function* pythonLines(text: string): Generator<[number, number]> {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isPythonLineBreak(code)) continue;
    yield [start, i];
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < text.length) yield [start, text.length];
}
