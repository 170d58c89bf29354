import { isSpace } from '../engine/parse.js';
import { quote } from '../engine/quote.js';
import { rangeOf, type ProcfileRule } from './rule.js';

export const leadingWhitespace: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'leading-whitespace',
    description: 'A process line is indented, which makes the line-pattern parsers skip it.',
    severity: 'error',
    tags: ['syntax'],
  },
  *check({ procfile, platform, reading }) {
    for (const line of procfile.lines) {
      if (line.kind !== 'process' || !line.indent || reading.swallowedLines.has(line.number)) continue;
      const unusual = Array.from(line.indent.text).some((char) => char !== ' ' && char !== '\t' && isSpace(char));
      yield {
        range: rangeOf(line, line.indent),
        message:
          `${quote(line.type.text)} is indented${unusual ? ` with ${quote(line.indent.text)}, an invisible character` : ''}, ` +
          `so ${platform.name}, foreman and honcho skip the line; Heroku's Cloud Native Buildpack accepts it with a warning and dokku accepts it. ` +
          'Remove the whitespace before the process type.',
      };
    }
  },
};
