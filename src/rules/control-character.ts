import { visible } from '../engine/quote.js';
import type { SourceLine } from '../engine/source.js';
import { columnAt } from '../engine/source.js';
import { PARSERS, type ParserId, type Readings } from '../engine/readers/index.js';
import { outcomeOf } from '../engine/readers/outcome.js';
import { allDo, listNames, parserName, storyOf } from './phrases.js';
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

function report({ platform, readings }: ProcfileContext, line: SourceLine, char: string, index: number): Report {
  const column = columnAt(line.text, index);
  const range = { line: line.number, column, endLine: line.number, endColumn: column + 1 };
  const story = storyOf(readings, line.number, platform.parser);
  if (char === '\r' && index === line.text.length - 1 && line.ending === '') {
    const fates = trailingCarriageReturn(readings, line.number, platform.parser);
    return {
      range,
      severity: fates.harmless ? 'warning' : 'error',
      message: `The file ends with a carriage return (\`\\r\`) and no line feed: ${fates.text}. ` + 'End the file with a plain line feed.',
    };
  }
  if (char === '\r') {
    const splitting = PARSERS.filter((parser) => splitsAt(readings, parser.id, line, index)).map((parser) => parserName(parser.id));
    const instead =
      splitting.length > 0 ? `; ${listNames(splitting)} ${splitting.length === 1 ? 'starts' : 'start'} a new line there instead` : '';
    return {
      range,
      message:
        `The line contains a carriage return (\`\\r\`) that does not end it: ${story}. Where the line is read, bash gets ` +
        `the \`\\r\` inside the command${instead}. Replace it with a line feed, or delete it.`,
    };
  }
  const effect =
    char === '\u0000'
      ? 'a command line cannot carry a NUL byte: depending on the launcher the process fails to start or the command is cut there'
      : 'bash receives it as part of the command, where it is invisible in logs and editors';
  return { range, message: `The line contains the control character \`${visible(char)}\`: ${effect}. Delete it.` };
}

/** Whether `parser` ends the line's command at the carriage return at `index` (a line break to it, as to honcho). */
function splitsAt(readings: Readings, parser: ParserId, line: SourceLine, index: number): boolean {
  const entry = readings[parser].entryOn.get(line.number);
  return entry !== undefined && index > line.text.indexOf(':') && !entry.command.includes('\r');
}

/** What each parser does with a carriage return that ends the file, the platform first; harmless if it strips it. */
function trailingCarriageReturn(readings: Readings, line: number, own: ParserId): { text: string; harmless: boolean } {
  const fate = (parser: ParserId): string | null => {
    const outcome = outcomeOf(readings[parser], line);
    if (outcome.kind === 'rejects') return 'reject the Procfile';
    if (outcome.kind !== 'reads' && outcome.kind !== 'corrects') return null;
    return outcome.entry.command.includes('\r') ? 'pass it to bash at the end of the command' : 'strip it';
  };
  return { text: allDo(own, fate), harmless: fate(own) === 'strip it' };
}
