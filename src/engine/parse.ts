/**
 * The neutral reading of a Procfile: every line classified, with exact positions. It is deliberately more liberal
 * than any platform (indented lines, `web : cmd`, `my-web: cmd` are all process lines here) so that rules can say
 * what the author meant and how each platform reads it instead (see ./readers/).
 */
import { columnAt, decodeSource, linePrefixes, type SourceLine, type SourceText } from './source.js';

/** A piece of a line: its text, its UTF-16 offset in the line, and its 1-based columns (end exclusive). */
export interface Token {
  text: string;
  index: number;
  column: number;
  endColumn: number;
}

interface LineBase extends SourceLine {
  /** Leading whitespace, if any. */
  indent: Token | null;
}

export interface BlankLine extends LineBase {
  kind: 'blank';
}

export interface CommentLine extends LineBase {
  kind: 'comment';
}

export interface ProcessLine extends LineBase {
  kind: 'process';
  type: Token;
  /** Whitespace between the process type and the colon (`web : cmd`). */
  gap: Token | null;
  colonColumn: number;
  /** The command without surrounding whitespace; empty text (at the column after the colon) when there is none. */
  command: Token;
}

export type InvalidReason = 'no-colon' | 'no-type' | 'space-in-type';

export interface InvalidLine extends LineBase {
  kind: 'invalid';
  reason: InvalidReason;
}

export type ProcfileLine = BlankLine | CommentLine | ProcessLine | InvalidLine;

export interface ParsedProcfile {
  source: SourceText;
  lines: ProcfileLine[];
}

/** Whitespace inside a line: anything JavaScript calls whitespace (tabs, NBSP, U+3000, ...). */
const SPACE = /\s/u;
const SURROGATE = /[\ud800-\udfff]/;

export function parseProcfile(bytes: Uint8Array): ParsedProcfile {
  const source = decodeSource(bytes);
  const prefixOf = linePrefixes(source);
  return { source, lines: source.lines.map((line) => classifyLine(line, prefixOf)) };
}

export function isSpace(char: string | undefined): boolean {
  return char !== undefined && isSpaceAt(char, 0);
}

/** `SPACE` at `text[i]`, without the regex for ASCII: it ran once per character of every line. */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[i] as string);
}

function classifyLine(line: SourceLine, prefixOf: (line: SourceLine, length: number) => string): ProcfileLine {
  const { text } = line;
  // Without surrogate pairs a column is the offset plus one; counting from the line start for every token was a
  // third of the parse of a 100 000-line file.
  const plain = !SURROGATE.test(text);
  const contentStart = skipSpaces(text, 0);
  const base = lineBase(line, contentStart > 0 ? tokenOf(text, plain, 0, contentStart) : null);
  if (contentStart === text.length) return Object.assign(base, { kind: 'blank' as const });
  if (text[contentStart] === '#') return Object.assign(base, { kind: 'comment' as const });

  const colon = text.indexOf(':', contentStart);
  if (colon === -1) return invalid(base, 'no-colon');
  const typeEnd = trimEnd(text, contentStart, colon);
  if (typeEnd === contentStart) return invalid(base, 'no-type');
  if (skipNonSpaces(text, contentStart, typeEnd) < typeEnd) return invalid(base, 'space-in-type');

  const commandStart = skipSpaces(text, colon + 1);
  const commandEnd = trimEnd(text, commandStart, text.length);
  // One object per line, fields in one literal: a process line is most lines of a large file.
  return {
    number: line.number,
    start: line.start,
    text,
    ending: line.ending,
    indent: base.indent,
    kind: 'process',
    // An unindented type is the string the readers take theirs from.
    type: tokenOf(text, plain, contentStart, typeEnd, contentStart === 0 ? prefixOf(line, typeEnd) : undefined),
    gap: typeEnd < colon ? tokenOf(text, plain, typeEnd, colon) : null,
    colonColumn: columnOf(text, plain, colon),
    command: tokenOf(text, plain, commandStart, commandEnd),
  };
}

function columnOf(text: string, plain: boolean, index: number): number {
  return plain ? index + 1 : columnAt(text, index);
}

function tokenOf(text: string, plain: boolean, start: number, end: number, pieceText = text.slice(start, end)): Token {
  return { text: pieceText, index: start, column: columnOf(text, plain, start), endColumn: columnOf(text, plain, end) };
}

/** The first offset in `text[from, to)` that is whitespace, or `to`. */
function skipNonSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && !isSpaceAt(text, i)) i++;
  return i;
}

/**
 * The line's fields copied one by one: V8 builds `{ ...line, more }` on a slow path, which made parsing a
 * 100 000-line file take seconds.
 */
function lineBase(line: SourceLine, indent: Token | null): LineBase {
  return { number: line.number, start: line.start, text: line.text, ending: line.ending, indent };
}

function invalid(base: LineBase, reason: InvalidReason): InvalidLine {
  return Object.assign(base, { kind: 'invalid' as const, reason });
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceAt(text, i)) i++;
  return i;
}

/** The end of `text[from, to)` without trailing whitespace. */
function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpaceAt(text, end - 1)) end--;
  return end;
}

export function token(text: string, start: number, end: number): Token {
  return { text: text.slice(start, end), index: start, column: columnAt(text, start), endColumn: columnAt(text, end) };
}
