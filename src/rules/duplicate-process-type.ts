import type { ProcessLine } from '../engine/parse.js';
import { quote } from '../engine/quote.js';
import type { ParserId, Readings } from '../engine/readers/index.js';
import type { ReadProcess, Reading } from '../engine/readers/reading.js';
import { listNames, othersDo, parserName, thirdPerson } from './phrases.js';
import { everywhere, processLines, rangeOf, type ProcfileRule } from './rule.js';

export const duplicateProcessType: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'duplicate-process-type',
    description: 'The same process type is declared on more than one line; platforms disagree on which one runs.',
    severity: everywhere('error'),
    tags: ['syntax'],
  },
  *check({ procfile, platform, reading, readings }) {
    const groups = new Map<string, ProcessLine[]>();
    for (const line of processLines(procfile)) {
      if (reading.swallowedLines.has(line.number)) continue;
      const key = platform.processTypeName.key(line.type.text);
      const group = groups.get(key);
      if (group) group.push(line);
      else groups.set(key, [line]);
    }
    for (const [key, [first, ...repeats]] of groups) {
      if (!first || repeats.length === 0) continue;
      const numbers = [first, ...repeats].map((line) => line.number);
      const verdicts = whoRunsWhat(readings, platform.parser, numbers);
      for (const line of repeats) {
        const type = line.type.text;
        const alias = first.type.text === type ? '' : ` as ${quote(first.type.text)}, the same name to ${platform.name}`;
        yield {
          range: rangeOf(line, line.type),
          message:
            `${quote(type)} is declared again (first on line ${first.number}${alias}): ${verdicts}. ` +
            `Keep a single ${quote(alias ? key : type)} line.`,
        };
      }
    }
  },
};

/** "Code Capsules runs only line 2; Heroku runs only line 5, foreman starts them all, honcho rejects the Procfile". */
function whoRunsWhat(readings: Readings, own: ParserId, lines: number[]): string {
  const verdict = (reading: Reading): string => {
    if (reading.failure?.line != null) return 'reject the Procfile';
    const types = lines.flatMap((line) => reading.entryOn.get(line)?.type ?? []);
    if (types.length > 1 && new Set(types).size === types.length) return 'see different process types';
    const running = lines.filter((line) => reading.running.has(reading.entryOn.get(line) as ReadProcess));
    if (running.length === 0) return 'run none of them';
    if (running.length === lines.length) return 'start them all';
    return `run only line ${listNames(running.map(String))}`;
  };
  return `${parserName(own)} ${thirdPerson(verdict(readings[own]))}; ${othersDo(own, (parser) => verdict(readings[parser]))}`;
}
