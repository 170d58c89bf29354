import { quote } from '../engine/quote.js';
import { rangeOf, type ProcfileRule } from './rule.js';

export const processTypeName: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'process-type-name',
    description: 'A process type uses characters the platform does not accept in a name, so the line is not read.',
    severity: 'error',
    tags: ['syntax'],
  },
  *check({ procfile, platform }) {
    for (const line of procfile.lines) {
      if (line.kind !== 'process' || platform.processTypeName.isValid(line.type.text)) continue;
      const type = line.type.text;
      const suggestion = type.replace(/[^A-Za-z0-9_]/g, '_');
      yield {
        range: rangeOf(line, line.type),
        message:
          `${quote(type)} is not a process type ${platform.name} accepts: names must ${platform.processTypeName.rule}, ` +
          `so the line is skipped. Rename it, for example to ${quote(suggestion)}.`,
      };
    }
  },
};
