import { quote } from '../engine/quote.js';
import { outcomeOf } from '../engine/readers/outcome.js';
import { whitespaceFix } from '../fixes/line-fixes.js';
import { storyOf } from './phrases.js';
import { rangeOf, type ProcfileRule } from './rule.js';

export const spaceBeforeColon: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'space-before-colon',
    description: 'Whitespace between the process type and its colon (`web : cmd`) makes most parsers skip or reject the line.',
    severity: { codecapsules: 'error', heroku: 'error', 'heroku-fir': 'error' },
    tags: ['syntax'],
  },
  *check({ procfile, platform, reading, readings, path }) {
    for (const line of procfile.lines) {
      if (line.kind !== 'process' || !line.gap) continue;
      if (outcomeOf(reading, line.number).kind === 'reads') continue;
      yield {
        range: rangeOf(line, line.gap),
        fix: whitespaceFix(procfile, path, line, 'gap'),
        message:
          `Whitespace between ${quote(line.type.text)} and \`:\`: ${storyOf(readings, line.number, platform.parser)}. ` +
          `Write ${quote(`${line.type.text}:`)} with no space.`,
      };
    }
  },
};
