import { quote } from '../engine/quote.js';
import { rangeOf, type ProcfileRule } from './rule.js';

export const spaceBeforeColon: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'space-before-colon',
    description: 'Whitespace between the process type and its colon (`web : cmd`) makes most parsers skip or reject the line.',
    severity: 'error',
    tags: ['syntax'],
  },
  *check({ procfile, platform }) {
    for (const line of procfile.lines) {
      if (line.kind !== 'process' || !line.gap) continue;
      yield {
        range: rangeOf(line, line.gap),
        message:
          `Whitespace between ${quote(line.type.text)} and \`:\` makes ${platform.name}, foreman and honcho skip this line ` +
          `and Heroku's Cloud Native Buildpack reject the Procfile (dokku accepts it). Write ${quote(`${line.type.text}:`)} with no space.`,
      };
    }
  },
};
