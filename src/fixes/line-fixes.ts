/** The fixes of the rules about a Procfile's syntax and encoding: each removes what the platform trips on. */
import type { ParsedProcfile, ProcessLine } from '../engine/parse.js';
import type { EditFix } from '../engine/types.js';
import { procfileFix, wholeLine, type TextChange } from './edits.js';

export function crlfFix(procfile: ParsedProcfile, file: string): EditFix | undefined {
  const changes = procfile.lines
    .filter((line) => line.ending === '\r\n')
    .map((line): TextChange => ({ start: line.start + line.text.length, end: line.start + line.text.length + 1, text: '' }));
  return procfileFix(procfile, file, 'Convert the line endings to LF.', changes);
}

/** Deletes the whitespace `token` (an indent, the gap before the colon) of `line`. */
export function whitespaceFix(procfile: ParsedProcfile, file: string, line: ProcessLine, which: 'indent' | 'gap'): EditFix | undefined {
  const token = line[which];
  if (!token) return undefined;
  const start = line.start + token.index;
  const description =
    which === 'indent'
      ? `Remove the indentation of line ${line.number}.`
      : `Remove the whitespace before the colon on line ${line.number}.`;
  return procfileFix(procfile, file, description, [{ start, end: start + token.text.length, text: '' }]);
}

/**
 * Writes a line the platform reads as intended so every parser reads it the same: no indentation and no whitespace
 * before the colon (the platform trims both, others skip or reject the line).
 */
export function portableLineFix(procfile: ParsedProcfile, file: string, line: ProcessLine): EditFix | undefined {
  const changes: TextChange[] = [line.indent, line.gap].flatMap((token) =>
    token ? [{ start: line.start + token.index, end: line.start + token.index + token.text.length, text: '' }] : [],
  );
  return procfileFix(procfile, file, `Write line ${line.number} so that every parser reads it as the platform does.`, changes);
}

/** Deletes `lines` (in file order), which the platform ignores, with why. Adjacent lines go in one edit. */
export function deleteLinesFix(procfile: ParsedProcfile, file: string, lines: readonly ProcessLine[], why: string): EditFix | undefined {
  const description = `Remove line${lines.length === 1 ? '' : 's'} ${lineList(lines.map((line) => line.number))}: ${why}.`;
  const changes: TextChange[] = [];
  for (const line of lines) {
    const range = wholeLine(line);
    const last = changes.at(-1);
    if (last?.end === range.start) last.end = range.end;
    else changes.push({ ...range, text: '' });
  }
  return procfileFix(procfile, file, description, changes);
}

/** "2, 3, 5" or, with runs of three or more, "2 to 40, 45": a group of 100 000 repeats must not list each line. */
function lineList(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] as number) + 1) j++;
    if (j - i >= 2) parts.push(`${numbers[i]} to ${numbers[j]}`);
    else parts.push(...numbers.slice(i, j + 1).map(String));
    i = j + 1;
  }
  return parts.join(', ');
}
