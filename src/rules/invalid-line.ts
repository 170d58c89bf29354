import type { InvalidLine } from '../engine/parse.js';
import { quote } from '../engine/quote.js';
import { storyOf } from './phrases.js';
import { everywhere, rangeOf, type ProcfileRule } from './rule.js';

/** Process types common enough that `web java -jar app.jar` is surely `web:` with its colon missing. */
const WELL_KNOWN_TYPES = new Set(['web', 'worker', 'release', 'clock', 'scheduler', 'beat', 'cron', 'bot', 'console']);

const CONFLICT_MARKER = /^(<{7}|={7}|>{7}|\|{7})(\s|$)/u;

export const invalidLine: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'invalid-line',
    description: 'A line is neither a `<process type>: <command>` line, a `#` comment nor blank.',
    severity: everywhere('error'),
    tags: ['syntax'],
  },
  *check({ procfile, platform, reading, readings }) {
    for (const line of procfile.lines) {
      if (line.kind !== 'invalid' || reading.swallowedLines.has(line.number)) continue;
      const text = line.text.trim();
      yield {
        range: { ...rangeOf(line), column: line.indent ? line.indent.endColumn : 1 },
        message: `${diagnosis(line, text)} ${storyOf(readings, line.number, platform.parser)}.`,
      };
    }
  },
};

function diagnosis(line: InvalidLine, text: string): string {
  if (CONFLICT_MARKER.test(text)) {
    return `${quote(text)} is a merge conflict marker: resolve the conflict and keep one version of the lines.`;
  }
  const [first = '', ...rest] = text.split(/\s+/u);
  if (line.reason === 'no-colon' && rest.length > 0 && WELL_KNOWN_TYPES.has(first.toLowerCase())) {
    return `${quote(text)} lacks the \`:\` after ${quote(first)}: write ${quote(`${first}: ${rest.join(' ')}`)}.`;
  }
  const asCommand = `prefix it with its process type (${quote(line.reason === 'no-type' ? `web${text}` : `web: ${text}`)})`;
  const hint = `If it is a command, ${asCommand}; if it is a note, start it with \`#\`.`;
  if (line.reason === 'no-colon') return `${quote(text)} is not a \`<process type>: <command>\` line: it has no \`:\`. ${hint}`;
  if (line.reason === 'no-type') return `${quote(text)} has nothing before its \`:\`, so it declares no process type. ${hint}`;
  const type = text.slice(0, text.indexOf(':')).trim();
  return `${quote(type)} before the \`:\` is not a process type: process types are single words. ${hint}`;
}
