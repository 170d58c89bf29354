/** The fixes of the rules about a Procfile's syntax and encoding: each removes what the platform trips on. */
import type { ParsedProcfile, ProcessLine } from '../engine/parse.js';
import type { EditFix } from '../engine/types.js';
import { inCommand, procfileFix, wholeLine, type TextChange } from './edits.js';

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
  const description = which === 'indent' ? `Remove the indentation of line ${line.number}.` : `Remove the whitespace before the colon on line ${line.number}.`;
  return procfileFix(procfile, file, description, [{ start, end: start + token.text.length, text: '' }]);
}

/**
 * Cuts the trailing ` # comment` off `line`, which Dokku cuts off before bash sees the command (so Dokku runs the
 * same) while other parsers hand it to bash. `readCommand` is the command as Dokku reads it. Only offered when what
 * is left has no further ` #` Dokku would cut, so the fixed line reads the same on Dokku.
 */
export function trailingCommentFix(procfile: ParsedProcfile, file: string, line: ProcessLine, readCommand: string): EditFix | undefined {
  const kept = readCommand.trimEnd();
  const command = line.command.text;
  if (kept === '' || !command.startsWith(kept) || !/^\s+(#|\/\/)/u.test(command.slice(kept.length))) return undefined;
  if (/\s(#|\/\/)/u.test(kept)) return undefined;
  const cut = inCommand(line, kept.length, command.length);
  return procfileFix(procfile, file, `Remove the trailing comment of line ${line.number}, which Dokku cuts off anyway.`, [{ ...cut, text: '' }]);
}

/** Deletes `lines`, which the platform ignores, with why. */
export function deleteLinesFix(procfile: ParsedProcfile, file: string, lines: readonly ProcessLine[], why: string): EditFix | undefined {
  const numbers = lines.map((line) => line.number).join(', ');
  const description = `Remove line${lines.length === 1 ? '' : 's'} ${numbers}: ${why}.`;
  return procfileFix(procfile, file, description, lines.map((line) => ({ ...wholeLine(line), text: '' })));
}
