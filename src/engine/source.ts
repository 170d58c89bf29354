/** Bytes to text: decoding, line splitting and offset-to-position mapping. Never throws. */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';
export type LineEnding = '\n' | '\r\n' | '';

export interface SourceLine {
  /** 1-based. */
  number: number;
  /** Offset in `SourceText.text` of the line's first character. */
  start: number;
  /** The line without its terminator. A lone `\r` is content: only `\n` ends a line (as on Code Capsules). */
  text: string;
  ending: LineEnding;
}

export interface SourceText {
  /** The decoded file without its byte order mark. */
  text: string;
  encoding: Encoding;
  /** The file starts with a byte order mark (EF BB BF for UTF-8, FF FE / FE FF for UTF-16). */
  bom: boolean;
  byteLength: number;
  lines: SourceLine[];
  /** Offsets in `text` of the U+FFFD characters that replace bytes that are not valid UTF-8. */
  invalidOffsets: number[];
}

export function decodeSource(bytes: Uint8Array): SourceText {
  const { text, encoding, bom, invalidOffsets } = decode(bytes);
  return { text, encoding, bom, byteLength: bytes.length, lines: splitLines(text), invalidOffsets };
}

function decode(bytes: Uint8Array): Pick<SourceText, 'text' | 'encoding' | 'bom' | 'invalidOffsets'> {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { ...decodeUtf8(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16le', bom: true, invalidOffsets: [] };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16be', bom: true, invalidOffsets: [] };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16 === 'utf-16le'), encoding: utf16, bom: false, invalidOffsets: [] };
  return { ...decodeUtf8(bytes), encoding: 'utf-8', bom: false };
}

/**
 * UTF-16 without a byte order mark, as some Windows tools write it: text of ASCII characters has a NUL in every
 * other byte. Only the start of the file is sampled.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(Math.floor(bytes.length / 2), 2048);
  if (pairs < 2) return null;
  let nulFirst = 0;
  let nulSecond = 0;
  for (let i = 0; i < pairs; i++) {
    const first = bytes[2 * i];
    const second = bytes[2 * i + 1];
    if (first === 0 && second !== 0) nulFirst++;
    if (second === 0 && first !== 0) nulSecond++;
  }
  if (nulSecond >= pairs * 0.9) return 'utf-16le';
  if (nulFirst >= pairs * 0.9) return 'utf-16be';
  return null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const REPLACEMENT = '\uFFFD';

function decodeUtf8(bytes: Uint8Array): { text: string; invalidOffsets: number[] } {
  try {
    return { text: strictUtf8.decode(bytes), invalidOffsets: [] };
  } catch {
    // Invalid bytes become U+FFFD. A U+FFFD that was already in the file is reported too: it is just as unreadable.
    const text = lenientUtf8.decode(bytes);
    const invalidOffsets: number[] = [];
    for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) invalidOffsets.push(i);
    return { text, invalidOffsets };
  }
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = Math.floor(bytes.length / 2);
  const parts: string[] = [];
  const chunk = 8192;
  for (let first = 0; first < units; first += chunk) {
    const codes: number[] = [];
    for (let i = first; i < Math.min(units, first + chunk); i++) {
      const a = bytes[2 * i] ?? 0;
      const b = bytes[2 * i + 1] ?? 0;
      codes.push(littleEndian ? a | (b << 8) : (a << 8) | b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  if (bytes.length % 2 === 1) parts.push(REPLACEMENT);
  return parts.join('');
}

const prefixCaches = new WeakMap<SourceText, string[]>();

/**
 * `(line, length) => line.text.slice(0, length)`, giving every caller the same string for the same line and length:
 * the neutral parse and each platform's reader take a line's process type from it, and each keeps a set of types. V8
 * computes a string's hash once and keeps it in the string, so on a 100 000-line file shared strings saved six of
 * the seven hash computations per type (and six strings per line).
 */
export function linePrefixes(source: SourceText): (line: SourceLine, length: number) => string {
  let cache = prefixCaches.get(source);
  if (!cache) prefixCaches.set(source, (cache = []));
  const prefixes = cache;
  return (line, length) => {
    const cached = prefixes[line.number];
    if (cached !== undefined && cached.length === length) return cached;
    const prefix = line.text.slice(0, length);
    if (cached === undefined) prefixes[line.number] = prefix;
    return prefix;
  };
}

/**
 * The lines as a parser that keeps the byte order mark sees them: a file that is only a BOM has one line, holding
 * it (the decoded text, without the BOM, has none).
 */
export function linesKeepingBom(source: SourceText): readonly SourceLine[] {
  return source.bom && source.lines.length === 0 ? [{ number: 1, start: 0, text: '', ending: '' }] : source.lines;
}

function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const crlf = newline !== -1 && end > start && text.charCodeAt(end - 1) === 13;
    lines.push({
      number: lines.length + 1,
      start,
      text: text.slice(start, crlf ? end - 1 : end),
      ending: newline === -1 ? '' : crlf ? '\r\n' : '\n',
    });
    start = end + 1;
  }
  return lines;
}

const utf8LineStarts = new WeakMap<SourceText, number[]>();

/**
 * The UTF-8 byte offset, in the decoded text (its byte order mark not counted), of the UTF-16 offset `offset`. The
 * line starts are counted once per source, so a fix per line of a large Procfile costs one line each, not the file.
 */
export function utf8OffsetAt(source: SourceText, offset: number): number {
  let starts = utf8LineStarts.get(source);
  if (!starts) {
    starts = [];
    let bytes = 0;
    for (const line of source.lines) {
      starts.push(bytes);
      bytes += Buffer.byteLength(line.text) + line.ending.length;
    }
    utf8LineStarts.set(source, starts);
  }
  const line = lineAtOffset(source.lines, offset);
  if (!line) return Buffer.byteLength(source.text.slice(0, offset));
  return (starts[line.number - 1] as number) + Buffer.byteLength(source.text.slice(line.start, offset));
}

/** 1-based column of the UTF-16 index `index` within `lineText`, counting code points. */
export function columnAt(lineText: string, index: number): number {
  let column = 1;
  for (let i = 0; i < index && i < lineText.length; i++) {
    const code = lineText.charCodeAt(i);
    const isLeadSurrogate = code >= 0xd800 && code <= 0xdbff;
    const next = lineText.charCodeAt(i + 1);
    if (isLeadSurrogate && i + 1 < index && next >= 0xdc00 && next <= 0xdfff) i++;
    column++;
  }
  return column + Math.max(0, index - lineText.length);
}

/** The line containing text offset `offset` (the last line if the offset is past the end). */
export function lineAtOffset(lines: readonly SourceLine[], offset: number): SourceLine | undefined {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lines[mid] as SourceLine).start <= offset) low = mid;
    else high = mid - 1;
  }
  return lines[low];
}
