import { visible } from '../engine/quote.js';
import type { SourceLine } from '../engine/source.js';
import { columnAt } from '../engine/source.js';
import type { PlatformProfile } from '../platforms/profile.js';
import { everywhere, type ProcfileRule, type Report } from './rule.js';

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
  *check({ procfile, platform }) {
    if (procfile.source.encoding !== 'utf-8') return;
    for (const line of procfile.lines) {
      const found = CONTROL.exec(line.text);
      if (found) yield report(line, found[0], found.index, platform);
    }
  },
};

function report(line: SourceLine, char: string, index: number, platform: PlatformProfile): Report {
  const column = columnAt(line.text, index);
  const range = { line: line.number, column, endLine: line.number, endColumn: column + 1 };
  const shown = `\`${visible(char)}\``;
  if (char === '\r' && index === line.text.length - 1 && line.ending === '') {
    return {
      range,
      severity: 'warning',
      message:
        `The file ends with a carriage return (\`\\r\`) and no line feed. ${platform.name} strips it, but foreman and ` +
        'honcho pass it to bash at the end of the command. End the file with a plain line feed.',
    };
  }
  if (char === '\r') {
    return {
      range,
      message:
        `The line contains a carriage return (\`\\r\`) that does not end it: ${platform.name} keeps the text after it ` +
        "in the same command, honcho starts a new line there, node-foreman drops what follows, and Heroku's Cloud " +
        'Native Buildpack rejects the Procfile. Replace it with a line feed, or delete it.',
    };
  }
  const effect =
    char === '\u0000'
      ? 'a command line cannot carry a NUL byte: depending on the launcher the process fails to start or the command is cut there'
      : 'bash receives it as part of the command, where it is invisible in logs and editors';
  return { range, message: `The line contains the control character ${shown}: ${effect}. Delete it.` };
}
