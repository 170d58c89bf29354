import type { ProcessLine } from '../engine/parse.js';
import { quote } from '../engine/quote.js';
import { rangeOf, type ProcfileRule } from './rule.js';

export const duplicateProcessType: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'duplicate-process-type',
    description: 'The same process type is declared on more than one line; platforms disagree on which one runs.',
    severity: 'error',
    tags: ['syntax'],
  },
  *check({ procfile, platform, reading }) {
    const first = new Map<string, ProcessLine>();
    for (const line of procfile.lines) {
      if (line.kind !== 'process' || reading.swallowedLines.has(line.number)) continue;
      const earlier = first.get(line.type.text);
      if (!earlier) {
        first.set(line.type.text, line);
        continue;
      }
      const type = line.type.text;
      const running = reading.processes.find((process) => process.type === type);
      const onPlatform = running
        ? `${platform.name} runs only line ${running.line}`
        : `${platform.name} runs neither`;
      yield {
        range: rangeOf(line, line.type),
        message:
          `${quote(type)} is declared again (first on line ${earlier.number}). ${onPlatform}; Heroku's Cloud Native Buildpack runs the last one, ` +
          `foreman starts both, honcho and dokku reject the Procfile. Keep one ${quote(type)} line.`,
      };
    }
  },
};
