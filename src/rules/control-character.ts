import { columnAt } from '../engine/source.js';
import { visible } from '../engine/quote.js';
import type { ProcfileRule } from './rule.js';

/** C0 controls but tab, DEL and C1 controls; a CR is only a control here when it does not end a CRLF line. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

export const controlCharacter: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'control-character',
    description: 'A line contains a control character (a lone carriage return, NUL, escape, ...) that reaches the shell or splits the line.',
    severity: 'error',
    tags: ['encoding'],
  },
  *check({ procfile, platform }) {
    if (procfile.source.encoding !== 'utf-8') return;
    for (const line of procfile.lines) {
      CONTROL.lastIndex = 0;
      const found = CONTROL.exec(line.text);
      if (!found) continue;
      const char = found[0];
      const column = columnAt(line.text, found.index);
      const effect =
        char === '\r'
          ? `${platform.name} keeps the text after it in the same command, node-foreman and honcho start a new line there, ` +
            'and Heroku rejects the Procfile'
          : char === '\u0000'
            ? 'bash cannot receive a NUL byte, so the command is cut short there'
            : 'bash receives it as part of the command, where it is invisible in logs and editors';
      yield {
        range: { line: line.number, column, endLine: line.number, endColumn: column + 1 },
        message: `The line contains the control character \`${visible(char)}\`${char === '\r' ? ' (a carriage return without a line feed)' : ''}: ${effect}. Delete it.`,
      };
    }
  },
};
