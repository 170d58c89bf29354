/**
 * dokku/procfile-util@0af89383 (procfile/parse.go ParseProcfile): each line trimmed, `#` and `//` lines skipped,
 * `^([A-Za-z0-9_-]+)\s*:\s*(.+)$` (or, with `--strict`, `^([a-z0-9]([-a-z0-9]*[a-z0-9])?)\s*:\s*(.+)$`), names of
 * at most 63 characters, the last ` #...` or ` //...` cut off the command, a command that is still a comment
 * refused, and any bad line, repeated name or empty command rejecting the whole file with its line number. Dokku
 * itself runs it without `--strict` (dokku/dokku plugins/ps), so the platform reads in `lax` mode.
 */
import type { SourceText } from '../source.js';
import { reading, type ReadProcess, type Reading, type Rejection } from './reading.js';
import { isGoRegexSpace, isGoUnicodeSpace, trimWith } from './whitespace.js';

/** bufio.Scanner's default limit: a longer line stops the scan. */
const MAX_LINE_BYTES = 64 * 1024;

const STRICT_NAME = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
const LAX_NAME = /^[A-Za-z0-9_-]+$/;

export function readDokku(source: SourceText, mode: 'strict' | 'lax' = 'strict'): Reading {
  const entries: ReadProcess[] = [];
  const fail = (message: string, line: number | null): Reading =>
    reading({ entries, policy: 'first-wins', failure: { message, line } satisfies Rejection });
  if (source.encoding !== 'utf-8') return fail('invalid line in procfile, line 1', 1);
  const seen = new Set<string>();
  for (const line of source.lines) {
    const raw = line.number === 1 && source.bom ? `\uFEFF${line.text}` : line.text;
    if (Buffer.byteLength(raw, 'utf8') >= MAX_LINE_BYTES) return fail('bufio.Scanner: token too long', line.number);
    const text = trimWith(raw, isGoUnicodeSpace);
    if (text === '' || text.startsWith('#') || text.startsWith('//')) continue;
    const parts = splitEntry(text);
    if (!parts) return fail(`invalid line in procfile, line ${line.number}`, line.number);
    const [type, rawCommand] = parts;
    if (mode === 'strict' && !STRICT_NAME.test(type))
      return fail(`process name contains invalid characters, line ${line.number}`, line.number);
    if (type.length > 63) return fail(`process name over 63 characters, line ${line.number}`, line.number);
    if (seen.has(type)) return fail(`process names must be unique, line ${line.number}`, line.number);
    seen.add(type);
    const command = trimWith(stripInlineComment(rawCommand), isGoUnicodeSpace);
    if (command.startsWith('#') || command.startsWith('//'))
      return fail(`comment specified in place of command, line ${line.number}`, line.number);
    if (command === '') return fail(`no command specified, line ${line.number}`, line.number);
    entries.push({ type, command, line: line.number, commandLine: line.number });
  }
  return entries.length === 0 ? fail('no entries found in Procfile', null) : reading({ entries, policy: 'first-wins', unique: true });
}

/** `^([A-Za-z0-9_-]+)\s*:\s*(.+)$` on a trimmed line: the name and what follows the colon and its spaces. */
function splitEntry(text: string): [string, string] | null {
  const colon = text.indexOf(':');
  if (colon === -1) return null;
  let nameEnd = colon;
  while (nameEnd > 0 && isGoRegexSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
  const name = text.slice(0, nameEnd);
  if (!LAX_NAME.test(name)) return null;
  let start = colon + 1;
  while (start < text.length && isGoRegexSpace(text.charCodeAt(start))) start++;
  return start < text.length ? [name, text.slice(start)] : null;
}

/** `^(.*)\s#.+$`, else `^(.*)\s//.+$`: the greedy `(.*)` cuts at the last such comment. */
function stripInlineComment(command: string): string {
  for (const marker of ['#', '//']) {
    for (let i = command.length - marker.length - 2; i >= 0; i--) {
      if (isGoRegexSpace(command.charCodeAt(i)) && command.startsWith(marker, i + 1)) return command.slice(0, i);
    }
  }
  return command;
}
