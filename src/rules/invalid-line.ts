import type { InvalidLine, InvalidReason } from '../engine/parse.js';
import { quote } from '../engine/quote.js';
import { rangeOf, type ProcfileRule } from './rule.js';

const WHY: Record<InvalidReason, (text: string) => string> = {
  'no-colon': (text) => `${quote(text)} is not a \`<process type>: <command>\` line: it has no \`:\``,
  'no-type': (text) => `${quote(text)} has nothing before its \`:\`, so it declares no process type`,
  'space-in-type': (text) =>
    `${quote(text.slice(0, text.indexOf(':')).trim())} before the \`:\` is not a process type: process types are single words`,
};

export const invalidLine: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'invalid-line',
    description: 'A line is neither a `<process type>: <command>` line, a `#` comment nor blank.',
    severity: 'error',
    tags: ['syntax'],
  },
  *check({ procfile, platform, reading }) {
    for (const line of procfile.lines) {
      if (line.kind !== 'invalid' || reading.swallowedLines.has(line.number)) continue;
      const text = line.text.trim();
      yield {
        range: { ...rangeOf(line), column: line.indent ? line.indent.endColumn : 1 },
        message:
          `${WHY[line.reason](text)}. ${platform.name}, foreman and honcho skip such a line without a word; ` +
          `Heroku and dokku reject the whole Procfile. ${fix(line, text)}`,
      };
    }
  },
};

function fix(line: InvalidLine, text: string): string {
  const declared = line.reason === 'no-type' ? `web${text}` : `web: ${text}`;
  return `If it is a command, put its process type in front (${quote(declared)}); if it is a note, start it with \`#\`.`;
}
