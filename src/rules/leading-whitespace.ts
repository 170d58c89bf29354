import { isSpace } from '../engine/parse.js';
import { quote } from '../engine/quote.js';
import { outcomeOf } from '../engine/readers/outcome.js';
import { whitespaceFix } from '../fixes/line-fixes.js';
import { storyOf } from './phrases.js';
import { rangeOf, type ProcfileRule } from './rule.js';

export const leadingWhitespace: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'leading-whitespace',
    description: 'A process line is indented, which makes most parsers skip it.',
    severity: { codecapsules: 'error', heroku: 'error', 'heroku-fir': 'warning' },
    tags: ['syntax'],
  },
  *check({ procfile, platform, reading, readings, path }) {
    for (const line of procfile.lines) {
      if (line.kind !== 'process' || !line.indent) continue;
      const outcome = outcomeOf(reading, line.number);
      if (outcome.kind === 'reads' || outcome.kind === 'takes-as-command') continue;
      const unusual = Array.from(line.indent.text).some((char) => char !== ' ' && char !== '\t' && isSpace(char));
      yield {
        range: rangeOf(line, line.indent),
        fix: whitespaceFix(procfile, path, line, 'indent'),
        severity: outcome.kind === 'corrects' ? 'warning' : 'error',
        message:
          `${quote(line.type.text)} is indented${unusual ? ` with ${quote(line.indent.text)}, an invisible character` : ''}: ` +
          `${storyOf(readings, line.number, platform.parser)}. Remove the whitespace before the process type.`,
      };
    }
  },
};
