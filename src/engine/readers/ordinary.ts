/**
 * Lines that every platform's parser reads alike, found once per file so that each reader takes them without
 * matching them again: `name: command` with a name of lowercase ASCII letters and digits (at most 63), one or more
 * spaces, and a command of printable ASCII that starts and ends with a non-space, neither starts with `#` or `//` nor
 * holds ` #` or ` //`, on a line of at most 4 KiB that is not the first line of a file with a byte order mark.
 *
 * Why each reader agrees on such a line (the readers' own comments name their sources):
 * - Google Cloud's `(?m)^(\w+):\s*(.+)$`, foreman's and honcho's `^([A-Za-z0-9_-]+):\s*(.+)$`: the name is `\w+`, the
 *   spaces are `\s*` and the rest is `.+`, with nothing to trim at either end; honcho's `splitlines` breaks only at
 *   characters such a line does not hold.
 * - heroku/buildpacks-procfile: a DNS-label key as written (no correction, no warning), no carriage return, a value.
 * - procfile-util: nothing to trim, no comment, no inline ` #` or ` //` to cut, a strict name, a short line.
 * Repeated names are left to each reader's own policy.
 */
import { linePrefixes, type SourceText } from '../source.js';
import type { ReadProcess } from './reading.js';

const MAX_NAME = 63;
const MAX_LINE = 4096;
const SPACE = 32;
const COLON = 58;

const cache = new WeakMap<SourceText, readonly (ReadProcess | undefined)[]>();

/** The entry every reader reads on each such line, by line number; shared by the readings, so never changed. */
export function ordinaryEntries(source: SourceText): readonly (ReadProcess | undefined)[] {
  let entries = cache.get(source);
  if (!entries) cache.set(source, (entries = findOrdinaryEntries(source)));
  return entries;
}

function findOrdinaryEntries(source: SourceText): (ReadProcess | undefined)[] {
  const entries: (ReadProcess | undefined)[] = [];
  if (source.encoding !== 'utf-8') return entries;
  const prefixOf = linePrefixes(source);
  for (const line of source.lines) {
    if (line.number === 1 && source.bom) continue;
    const split = ordinarySplit(line.text);
    if (split === null) continue;
    const [nameEnd, commandStart] = split;
    const type = prefixOf(line, nameEnd);
    entries[line.number] = { type, command: line.text.slice(commandStart), line: line.number, commandLine: line.number };
  }
  return entries;
}

/** Where the name ends and the command starts on an ordinary line, or `null`. */
function ordinarySplit(text: string): [number, number] | null {
  if (text.length > MAX_LINE) return null;
  let nameEnd = 0;
  while (nameEnd < text.length && isLowerAlnum(text.charCodeAt(nameEnd))) nameEnd++;
  if (nameEnd === 0 || nameEnd > MAX_NAME || text.charCodeAt(nameEnd) !== COLON) return null;
  let commandStart = nameEnd + 1;
  while (text.charCodeAt(commandStart) === SPACE) commandStart++;
  if (commandStart === nameEnd + 1 || commandStart === text.length) return null;
  if (text.charCodeAt(text.length - 1) === SPACE) return null;
  for (let i = commandStart; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < SPACE || code > 126) return null;
  }
  if (text.startsWith('#', commandStart) || text.startsWith('//', commandStart)) return null;
  if (text.includes(' #', commandStart) || text.includes(' //', commandStart)) return null;
  return [nameEnd, commandStart];
}

function isLowerAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}
