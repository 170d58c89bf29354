import fc from 'fast-check';
import { readDokku } from '../src/engine/readers/dokku.js';
import { readForeman } from '../src/engine/readers/foreman.js';
import { GCP_NO_PROCESSES, readGcp } from '../src/engine/readers/gcp.js';
import { readHoncho } from '../src/engine/readers/honcho.js';
import { isGoUnicodeSpace, trimWith } from '../src/engine/readers/whitespace.js';
import { decodeSource } from '../src/engine/source.js';

const source = (text: string) => decodeSource(Buffer.from(text, 'utf8'));
const gcp = (text: string) => readGcp(source(text));
const foreman = (text: string) => readForeman(source(text));

describe('readGcp (Code Capsules)', () => {
  it('reads type and trimmed command per line, keeping the first of duplicates', () => {
    const reading = gcp('web: gunicorn app:app  \nworker:celery\nweb: other\n');
    expect(reading.processes).toEqual([
      { type: 'web', command: 'gunicorn app:app', line: 1, commandLine: 1 },
      { type: 'worker', command: 'celery', line: 2, commandLine: 2 },
    ]);
    expect(reading.entries).toHaveLength(3);
    expect(reading.failure).toBeNull();
  });

  it('lets an empty `web:` swallow the next line, which is then not read on its own', () => {
    const reading = gcp('web:\n\nworker: celery\nclock: x\n');
    expect(reading.entries).toEqual([
      { type: 'web', command: 'worker: celery', line: 1, commandLine: 3 },
      { type: 'clock', command: 'x', line: 4, commandLine: 4 },
    ]);
    expect([...reading.swallowedLines]).toEqual([
      [2, 1],
      [3, 1],
    ]);
  });

  it('backtracks into trailing blanks: `web:` plus spaces at the end of the file runs an empty command', () => {
    expect(gcp('web:  \n\n').entries).toEqual([{ type: 'web', command: '', line: 1, commandLine: 1 }]);
    expect(gcp('web:\n').entries).toEqual([]);
  });

  it('strips the CR of CRLF but keeps a lone CR inside the command', () => {
    expect(gcp('web: a\r\nworker: b\rc\n').entries.map((entry) => entry.command)).toEqual(['a', 'b\rc']);
  });

  it('skips indented, hyphenated, spaced-out and BOM-prefixed first lines', () => {
    expect(gcp('  web: a\nmy-web: b\nweb : c\n').failure).toEqual({ message: GCP_NO_PROCESSES, line: null });
    const withBom = readGcp(decodeSource(Buffer.from('\uFEFFweb: a\nworker: b\n', 'utf8')));
    expect(withBom.entries.map((entry) => entry.type)).toEqual(['worker']);
  });

  it('reads nothing from a UTF-16 file', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('web: a\n', 'utf16le')]);
    expect(readGcp(decodeSource(utf16))).toMatchObject({ entries: [], failure: { message: GCP_NO_PROCESSES } });
  });

  it('agrees with the Go pattern (?m)^(\\w+):\\s*(.+)$ on arbitrary text', () => {
    fc.assert(
      fc.property(procfileLikeText(), fc.boolean(), (text, bom) => {
        const ours = readGcp(decodeSource(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8')));
        expect(ours.entries).toEqual(referenceGcp(text, bom));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readForeman (the common line pattern)', () => {
  it('reads each line on its own, keeps duplicates and hyphens, never swallows', () => {
    const reading = foreman('web:\nworker: celery\nmy-job: x\nworker: again\n');
    expect(reading.entries.map((entry) => [entry.type, entry.command])).toEqual([
      ['worker', 'celery'],
      ['my-job', 'x'],
      ['worker', 'again'],
    ]);
    expect(reading.processes).toHaveLength(3);
  });

  it('keeps a trailing space as the command of `web: ` (the pattern backtracks into it)', () => {
    expect(foreman('web: \n').entries).toEqual([{ type: 'web', command: ' ', line: 1, commandLine: 1 }]);
  });

  it('agrees with ^([A-Za-z0-9_-]+):\\s*(.+)$ applied line by line', () => {
    fc.assert(
      fc.property(procfileLikeText(), (text) => {
        expect(readForeman(decodeSource(Buffer.from(text, 'utf8'))).entries).toEqual(referenceForeman(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readDokku and readHoncho against their sources, on arbitrary text', () => {
  it('Dokku (lax) agrees with procfile-util@0af89383 procfile/parse.go ParseProcfile', () => {
    fc.assert(
      fc.property(procfileLikeText(), fc.boolean(), (text, bom) => {
        const ours = readDokku(decodeSource(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8')), 'lax');
        const entries = ours.entries.map(({ type, command, line }) => ({ type, command, line }));
        expect({ entries, failure: ours.failure?.message ?? null }).toEqual(referenceDokku(text, bom));
      }),
      { numRuns: 2000 },
    );
  });

  it('honcho agrees with honcho/environ.py parse_procfile', () => {
    fc.assert(
      fc.property(procfileLikeText(), fc.boolean(), (text, bom) => {
        const ours = readHoncho(decodeSource(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8')));
        const entries = ours.entries.map(({ type, command, line }) => ({ type, command, line }));
        expect({ entries, failure: ours.failure?.line ?? null }).toEqual(referenceHoncho(text, bom));
      }),
      { numRuns: 2000 },
    );
  });
});

function procfileLikeText() {
  // `\nweb2: x y` makes lines that every reader takes from src/engine/readers/ordinary.ts without matching them.
  const pieces = [
    'web',
    'w',
    '_',
    '-',
    ':',
    ' ',
    '\t',
    '\n',
    '\r',
    '\r\n',
    '\f',
    '\v',
    '#',
    '//',
    'x y',
    '\u00a0',
    'é',
    '\u2028',
    '\x1c',
    '\nweb2: x y',
  ];
  return fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The Go pattern written as a JavaScript regex with Go's character classes (ASCII \w and \s, `.` = not LF). */
function referenceGcp(text: string, bom: boolean) {
  const full = (bom ? '\uFEFF' : '') + text;
  const pattern = /(?<=^|\n)([0-9A-Za-z_]+):[\t\n\f\r ]*([^\n]+)/g;
  return Array.from(full.matchAll(pattern), (match) => {
    const index = match.index - (bom ? 1 : 0);
    const commandOffset = index + (match[0].length - (match[2] as string).length);
    return {
      type: match[1],
      command: trimWith(match[2] as string, isGoUnicodeSpace),
      line: lineOf(text, index),
      commandLine: lineOf(text, commandOffset),
    };
  });
}

/** foreman: CRLF to LF, split on LF, the pattern with Ruby's ASCII \s applied to each line. */
function referenceForeman(text: string) {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .flatMap((line, index) => {
      const match = /^([A-Za-z0-9_-]+):[ \t\r\n\f\v]*([^\n]+)$/.exec(line);
      return match ? [{ type: match[1], command: match[2], line: index + 1, commandLine: index + 1 }] : [];
    });
}

/**
 * procfile-util's loop as written in Go: bufio.Scanner lines (split at LF, a CR before it dropped), strings.TrimSpace,
 * comment lines skipped, `^([A-Za-z0-9_-]+)\s*:\s*(.+)$` with RE2's `\s` and a `.` that is anything but LF, names
 * of at most 63 bytes and unique, `^(.*)\s#.+$` else `^(.*)\s//.+$` cut off, TrimSpace again.
 */
function referenceDokku(
  text: string,
  bom: boolean,
): { entries: { type: string; command: string; line: number }[]; failure: string | null } {
  const lines = ((bom ? '\uFEFF' : '') + text).split('\n');
  if (lines.at(-1) === '') lines.pop();
  const entries: { type: string; command: string; line: number }[] = [];
  const names = new Set<string>();
  const fail = (failure: string) => ({ entries, failure });
  for (const [index, scanned] of lines.entries()) {
    const number = index + 1;
    const line = trimWith(scanned.endsWith('\r') ? scanned.slice(0, -1) : scanned, isGoUnicodeSpace);
    if (line === '' || line.startsWith('#') || line.startsWith('//')) continue;
    const match = /^([A-Za-z0-9_-]+)[\t\n\f\r ]*:[\t\n\f\r ]*([^\n]+)$/.exec(line);
    if (!match) return fail(`invalid line in procfile, line ${number}`);
    const name = match[1] as string;
    if (name.length > 63) return fail(`process name over 63 characters, line ${number}`);
    if (names.has(name)) return fail(`process names must be unique, line ${number}`);
    names.add(name);
    const cut = /^([^\n]*)[\t\n\f\r ]#[^\n]+$/.exec(match[2] as string) ?? /^([^\n]*)[\t\n\f\r ]\/\/[^\n]+$/.exec(match[2] as string);
    const command = trimWith(cut ? (cut[1] as string) : (match[2] as string), isGoUnicodeSpace);
    if (command.startsWith('#') || command.startsWith('//')) return fail(`comment specified in place of command, line ${number}`);
    if (command === '') return fail(`no command specified, line ${number}`);
    entries.push({ type: name, command, line: number });
  }
  return entries.length === 0 ? fail('no entries found in Procfile') : { entries, failure: null };
}

/**
 * honcho: `str.splitlines()` (LF, CR, CRLF, VT, FF, FS, GS, RS, NEL, LS, PS), then `re.match` of
 * `^([A-Za-z0-9_-]+):\s*(.+)$` with Python's Unicode `\s` and a `.` that is anything but LF; a repeated name raises.
 * The BOM stays at the start (open() does not strip it). Lines are numbered as the file's LF-separated lines.
 */
function referenceHoncho(
  text: string,
  bom: boolean,
): { entries: { type: string; command: string; line: number }[]; failure: number | null } {
  const full = (bom ? '\uFEFF' : '') + text;
  const entries: { type: string; command: string; line: number }[] = [];
  const names = new Set<string>();
  const space = '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
  const pattern = new RegExp(`^([A-Za-z0-9_-]+):${space}*([^\\n]+)$`);
  for (const { line, start } of pythonSplitlines(full)) {
    const match = pattern.exec(line);
    if (!match) continue;
    const number = lineOf(full, start);
    if (names.has(match[1] as string)) return { entries, failure: number };
    names.add(match[1] as string);
    entries.push({ type: match[1] as string, command: match[2] as string, line: number });
  }
  return { entries, failure: null };
}

function pythonSplitlines(text: string): { line: string; start: number }[] {
  const lines: { line: string; start: number }[] = [];
  const breaks = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let start = 0;
  for (const found of text.matchAll(breaks)) {
    lines.push({ line: text.slice(start, found.index), start });
    start = found.index + found[0].length;
  }
  if (start < text.length) lines.push({ line: text.slice(start), start });
  return lines;
}
