import { visible } from '../engine/quote.js';
import type { SourceLine } from '../engine/source.js';
import { columnAt } from '../engine/source.js';
import { outcomeOf, storyOf } from '../engine/readers/outcome.js';
import { everywhere, type ProcfileContext, type ProcfileRule, type Report } from './rule.js';

/** C0 controls but tab, DEL and C1 controls. The CR of a CRLF line ending is not part of the line's text. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

export const controlCharacter: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'control-character',
    description:
      'A line contains a control character (a lone carriage return, NUL, escape, ...) that reaches the shell or splits the line.',
    severity: everywhere('error'),
    tags: ['encoding'],
  },
  *check(context) {
    const { procfile } = context;
    if (procfile.source.encoding !== 'utf-8') return;
    for (const line of procfile.lines) {
      const found = CONTROL.exec(line.text);
      if (found) yield report(context, line, found[0], found.index);
    }
  },
};

function report({ platform, reading, readings }: ProcfileContext, line: SourceLine, char: string, index: number): Report {
  const column = columnAt(line.text, index);
  const range = { line: line.number, column, endLine: line.number, endColumn: column + 1 };
  const story = storyOf(readings, line.number, platform.parser);
  if (char === '\r') {
    const atEnd = index === line.text.length - 1 && line.ending === '';
    const rejected = outcomeOf(reading, line.number).kind === 'rejects';
    const effect = atEnd
      ? 'Code Capsules and honcho strip it; foreman passes it to bash at the end of the command'
      : 'Where the line is read, bash gets the `\\r` inside the command; honcho starts a new line there instead';
    return {
      range,
      severity: atEnd && !rejected ? 'warning' : 'error',
      message:
        `The line contains a carriage return (\`\\r\`) ${atEnd ? 'at the very end of the file, with no line feed' : 'that does not end it'}: ` +
        `${story}. ${effect}. ${atEnd ? 'End the file with a plain line feed.' : 'Replace it with a line feed, or delete it.'}`,
    };
  }
  const effect =
    char === '\u0000'
      ? 'a command line cannot carry a NUL byte: depending on the launcher the process fails to start or the command is cut there'
      : 'bash receives it as part of the command, where it is invisible in logs and editors';
  return { range, message: `The line contains the control character \`${visible(char)}\`: ${effect}. Delete it.` };
}
