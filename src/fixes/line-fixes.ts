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

/** Deletes `lines`, which the platform ignores, with why. */
export function deleteLinesFix(procfile: ParsedProcfile, file: string, lines: readonly ProcessLine[], why: string): EditFix | undefined {
  const numbers = lines.map((line) => line.number).join(', ');
  const description = `Remove line${lines.length === 1 ? '' : 's'} ${numbers}: ${why}.`;
  return procfileFix(
    procfile,
    file,
    description,
    lines.map((line) => ({ ...wholeLine(line), text: '' })),
  );
}
