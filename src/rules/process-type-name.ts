import { quote } from '../engine/quote.js';
import { outcomeOf } from '../engine/readers/outcome.js';
import { storyOf } from './phrases.js';
import { everywhere, rangeOf, type ProcfileRule } from './rule.js';

export const processTypeName: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'process-type-name',
    description: 'A process type uses characters the platform does not accept in a name.',
    severity: everywhere('error'),
    tags: ['syntax'],
  },
  *check({ procfile, platform, reading, readings }) {
    for (const line of procfile.lines) {
      if (line.kind !== 'process' || platform.processTypeName.isValid(line.type.text)) continue;
      const outcome = outcomeOf(reading, line.number);
      if (outcome.kind === 'reads' || outcome.kind === 'takes-as-command') continue;
      const type = line.type.text;
      const suggestion = platform.processTypeName.suggest(type);
      const effect =
        outcome.kind === 'corrects'
          ? `${platform.name} renames it to ${quote(outcome.entry.type)} with a warning`
          : storyOf(readings, line.number, platform.parser);
      yield {
        range: rangeOf(line, line.type),
        severity: outcome.kind === 'corrects' ? 'warning' : 'error',
        message:
          `${quote(type)} is not a process type name ${platform.name} accepts: names must ${platform.processTypeName.rule}. ` +
          `${effect}. Rename it, for example to ${quote(suggestion)}.`,
      };
    }
  },
};
