/**
 * Fixes as data (docs/result.md, "Fixes"): rules describe a change by offsets in the decoded Procfile text, and these
 * helpers turn it into edits carrying both the result's positions and the exact bytes to replace.
 */
import type { ParsedProcfile, ProcessLine } from '../engine/parse.js';
import { columnAt, lineAtOffset, utf8OffsetAt, type SourceText } from '../engine/source.js';
import type { EditFix, Range, RenameFix, TextEdit } from '../engine/types.js';

/** Replace `[start, end)` (UTF-16 offsets in `SourceText.text`) with `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

const UTF8_BOM_BYTES = 3;

/**
 * A fix made of `changes` to the Procfile at `file`; `undefined` when its bytes cannot be addressed exactly (a file that
 * is not clean UTF-8: the encoding rules ask for it to be re-saved first) or when there is nothing to change.
 */
export function procfileFix(
  procfile: ParsedProcfile,
  file: string,
  description: string,
  changes: readonly TextChange[],
  safe = true,
): EditFix | undefined {
  const { source } = procfile;
  if (!isByteAddressable(source) || changes.length === 0) return undefined;
  const sorted = [...changes].sort((a, b) => a.start - b.start || a.end - b.end);
  const edits: TextEdit[] = [];
  const bom = source.bom ? UTF8_BOM_BYTES : 0;
  let offset = 0;
  for (const change of sorted) {
    if (change.start < offset) return undefined; // overlapping changes: a bug in the rule, never a half-made fix
    const byteOffset = bom + utf8OffsetAt(source, change.start);
    const byteLength = Buffer.byteLength(source.text.slice(change.start, change.end));
    edits.push({ range: rangeBetween(source, change.start, change.end), byteOffset, byteLength, text: change.text });
    offset = change.end;
  }
  return { description, safe, file, edits };
}

/** Removing the UTF-8 byte order mark, which the decoded text does not show. */
export function bomRemoval(procfile: ParsedProcfile, file: string, description: string): EditFix | undefined {
  if (!isByteAddressable(procfile.source) || !procfile.source.bom) return undefined;
  const start: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { description, safe: true, file, edits: [{ range: start, byteOffset: 0, byteLength: UTF8_BOM_BYTES, text: '' }] };
}

export function renameFix(from: string, to: string, description: string, safe: boolean): RenameFix {
  return { description, safe, rename: { from, to } };
}

/** A new file holding `text`. */
export function newFileFix(file: string, text: string, description: string, safe: boolean): EditFix {
  const start: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { description, safe, file, create: true, edits: [{ range: start, byteOffset: 0, byteLength: 0, text }] };
}

/** The whole of `line`, its terminator included: what deleting the line removes. */
export function wholeLine(line: { start: number; text: string; ending: string }): { start: number; end: number } {
  return { start: line.start, end: line.start + line.text.length + line.ending.length };
}

/** `[start, end)` of the command of `line` (offsets in the command) as offsets in the file's text. */
export function inCommand(line: ProcessLine, start: number, end: number): { start: number; end: number } {
  const base = line.start + line.command.index;
  return { start: base + start, end: base + end };
}

function isByteAddressable(source: SourceText): boolean {
  return source.encoding === 'utf-8' && source.invalidOffsets.length === 0;
}

function rangeBetween(source: SourceText, start: number, end: number): Range {
  const from = positionOf(source, start);
  const to = positionOf(source, end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** An offset past a line's terminator is the start of the next line (or of the line after the last). */
function positionOf(source: SourceText, offset: number): { line: number; column: number } {
  const line = lineAtOffset(source.lines, offset);
  if (!line) return { line: 1, column: 1 };
  const within = offset - line.start;
  if (line.ending !== '' && within >= line.text.length + line.ending.length) return { line: line.number + 1, column: 1 };
  return { line: line.number, column: columnAt(line.text, Math.min(within, line.text.length)) };
}
