import type { ProcessLine } from '../engine/parse.js';
import { quote } from '../engine/quote.js';
import type { ReadProcess } from '../engine/readers/reading.js';
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
    const running = firstProcessOfEachType(reading.processes);
    for (const line of procfile.lines) {
      if (line.kind !== 'process' || reading.swallowedLines.has(line.number)) continue;
      const earlier = first.get(line.type.text);
      if (!earlier) {
        first.set(line.type.text, line);
        continue;
      }
      const type = line.type.text;
      const runningLine = running.get(type)?.line;
      const onPlatform = runningLine
        ? `${platform.name} runs only line ${runningLine}`
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

/** A map built once, not a search per duplicate: thousands of duplicated types must stay linear. */
function firstProcessOfEachType(processes: readonly ReadProcess[]): Map<string, ReadProcess> {
  const byType = new Map<string, ReadProcess>();
  for (const process of processes) if (!byType.has(process.type)) byType.set(process.type, process);
  return byType;
}
