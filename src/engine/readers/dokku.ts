/**
 * dokku/procfile-util@0af89383 (procfile/parse.go ParseProcfile): each line trimmed, `#` and `//` lines skipped,
 * `^([A-Za-z0-9_-]+)\s*:\s*(.+)$` (or, with `--strict`, `^([a-z0-9]([-a-z0-9]*[a-z0-9])?)\s*:\s*(.+)$`), names of
 * at most 63 characters, the last ` #...` or ` //...` cut off the command, a command that is still a comment
 * refused, and any bad line, repeated name or empty command rejecting the whole file with its line number. Dokku
 * itself runs it without `--strict` (dokku/dokku plugins/ps), so the platform reads in `lax` mode.
 */
import { linePrefixes, linesKeepingBom, type SourceText } from '../source.js';
import { ordinaryEntries } from './ordinary.js';
import { reading, type ReadProcess, type Reading, type Rejection } from './reading.js';
import { isAsciiWordChar, isGoRegexSpace, isGoUnicodeSpace } from './whitespace.js';

/** bufio.Scanner's default limit: a longer line stops the scan. */
const MAX_LINE_BYTES = 64 * 1024;

const STRICT_NAME = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;

export function readDokku(source: SourceText, mode: 'strict' | 'lax' = 'strict'): Reading {
  const entries: ReadProcess[] = [];
  const fail = (message: string, line: number | null): Reading =>
    reading({ entries, policy: 'first-wins', failure: { message, line } satisfies Rejection });
  if (source.encoding !== 'utf-8') return fail('invalid line in procfile, line 1', 1);
  const seen = new Set<string>();
  const prefixOf = linePrefixes(source);
  const ordinary = ordinaryEntries(source);
  for (const line of linesKeepingBom(source)) {
    const same = ordinary[line.number];
    if (same) {
      if (seen.has(same.type)) return fail(`process names must be unique, line ${line.number}`, line.number);
      seen.add(same.type);
      entries.push(same);
      continue;
    }
    const raw = line.number === 1 && source.bom ? `\uFEFF${line.text}` : line.text;
    // A UTF-16 code unit is at most 3 bytes of UTF-8: only a long line needs counting.
    if (raw.length * 3 >= MAX_LINE_BYTES && Buffer.byteLength(raw, 'utf8') >= MAX_LINE_BYTES)
      return fail('bufio.Scanner: token too long', line.number);
    const [from, to] = trimmedBounds(raw, 0, raw.length, isGoUnicodeSpace);
    if (from === to || startsWithin(raw, '#', from, to) || startsWithin(raw, '//', from, to)) continue;
    const parts = splitEntry(raw, from, to);
    if (!parts) return fail(`invalid line in procfile, line ${line.number}`, line.number);
    const type = from === 0 && raw === line.text ? prefixOf(line, parts.nameEnd) : raw.slice(from, parts.nameEnd);
    if (mode === 'strict' && !STRICT_NAME.test(type))
      return fail(`process name contains invalid characters, line ${line.number}`, line.number);
    if (type.length > 63) return fail(`process name over 63 characters, line ${line.number}`, line.number);
    if (seen.has(type)) return fail(`process names must be unique, line ${line.number}`, line.number);
    seen.add(type);
    const [commandFrom, commandTo] = trimmedBounds(
      raw,
      parts.commandStart,
      withoutInlineComment(raw, parts.commandStart, to),
      isGoUnicodeSpace,
    );
    const command = raw.slice(commandFrom, commandTo);
    if (command.startsWith('#') || command.startsWith('//'))
      return fail(`comment specified in place of command, line ${line.number}`, line.number);
    if (command === '') return fail(`no command specified, line ${line.number}`, line.number);
    entries.push({ type, command, line: line.number, commandLine: line.number });
  }
  return entries.length === 0 ? fail('no entries found in Procfile', null) : reading({ entries, policy: 'first-wins', unique: true });
}

/** Whether `text[from, to)` starts with `marker`. */
function startsWithin(text: string, marker: string, from: number, to: number): boolean {
  return to - from >= marker.length && text.startsWith(marker, from);
}

/** `[from, to)` without the characters at either end for which `isSpace` holds. */
function trimmedBounds(text: string, from: number, to: number, isSpace: (code: number) => boolean): [number, number] {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/**
 * `^([A-Za-z0-9_-]+)\s*:\s*(.+)$` on the trimmed line `text[from, to)`: where the name ends and the part after the
 * colon and its spaces starts.
 */
function splitEntry(text: string, from: number, to: number): { nameEnd: number; commandStart: number } | null {
  const colon = text.indexOf(':', from);
  if (colon === -1 || colon >= to) return null;
  let nameEnd = colon;
  while (nameEnd > from && isGoRegexSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
  if (nameEnd === from) return null;
  for (let i = from; i < nameEnd; i++) if (!isLaxNameChar(text.charCodeAt(i))) return null;
  let start = colon + 1;
  while (start < to && isGoRegexSpace(text.charCodeAt(start))) start++;
  return start < to ? { nameEnd, commandStart: start } : null;
}

/** `[A-Za-z0-9_-]`. */
function isLaxNameChar(code: number): boolean {
  return isAsciiWordChar(code) || code === 45;
}

/** The end of `text[from, to)` without its comment: `^(.*)\s#.+$`, else `^(.*)\s//.+$`; the greedy `(.*)` cuts at the last. */
function withoutInlineComment(text: string, from: number, to: number): number {
  for (const marker of ['#', '//']) {
    for (let i = to - marker.length - 2; i >= from; i--) {
      if (isGoRegexSpace(text.charCodeAt(i)) && text.startsWith(marker, i + 1)) return i;
    }
  }
  return to;
}
