import type { ParsedProcfile, ProcessLine } from '../engine/parse.js';
import { quote } from '../engine/quote.js';
import type { ParserId, Readings } from '../engine/readers/index.js';
import type { Reading } from '../engine/readers/reading.js';
import type { EditFix } from '../engine/types.js';
import { deleteLinesFix } from '../fixes/line-fixes.js';
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
  *check({ procfile, platform, reading, readings, path }) {
    // The first line of each type, or every line of a type met again: 100 000 distinct types make no group.
    const byKey = new Map<string, ProcessLine | ProcessLine[]>();
    for (const line of processLines(procfile)) {
      if (reading.swallowedLines.has(line.number)) continue;
      const key = platform.processTypeName.key(line.type.text);
      const met = byKey.get(key);
      if (met === undefined) byKey.set(key, line);
      else if (Array.isArray(met)) met.push(line);
      else byKey.set(key, [met, line]);
    }
    for (const [key, lines] of byKey) {
      if (!Array.isArray(lines)) continue;
      const [first, ...repeats] = lines as [ProcessLine, ...ProcessLine[]];
      const numbers = [first, ...repeats].map((line) => line.number);
      const verdicts = whoRunsWhat(readings, platform.parser, numbers);
      let fix = ignoredLinesFix(procfile, path, reading, [first, ...repeats], platform.name);
      for (const line of repeats) {
        const type = line.type.text;
        const alias = first.type.text === type ? '' : ` as ${quote(first.type.text)}, the same name to ${platform.name}`;
        yield {
          range: rangeOf(line, line.type),
          fix,
          message:
            `${quote(type)} is declared again (first on line ${first.number}${alias}): ${verdicts}. ` +
            `Keep a single ${quote(alias ? key : type)} line.`,
        };
        fix = undefined; // one fix per group, on its first report
      }
    }
  },
};

/** "Code Capsules runs only line 2; Heroku runs only line 5, foreman starts them all, honcho rejects the Procfile". */
function whoRunsWhat(readings: Readings, own: ParserId, lines: number[]): string {
  const verdict = (reading: Reading): string => {
    if (reading.failure?.line != null) return 'reject the Procfile';
    if (readsDistinctTypes(reading, lines)) return 'see different process types';
    const running = lines.filter((line) => reading.running.has(reading.entryOn.get(line)));
    if (running.length === 0) return 'run none of them';
    if (running.length === lines.length) return 'start them all';
    return `run only line ${listNames(running.map(String))}`;
  };
  return `${parserName(own)} ${thirdPerson(verdict(readings[own]))}; ${othersDo(own, (parser) => verdict(readings[parser]))}`;
}

/** Deleting the lines of a group the platform ignores, when it runs exactly one of them and reads each on its own line. */
function ignoredLinesFix(
  procfile: ParsedProcfile,
  path: string,
  reading: Reading,
  group: ProcessLine[],
  platform: string,
): EditFix | undefined {
  if (reading.failure) return undefined;
  const entries = group.map((line) => reading.entryOn.get(line.number));
  if (entries.some((entry) => !entry || entry.commandLine !== entry.line)) return undefined;
  const kept = group.filter((_, i) => reading.running.has(entries[i]));
  if (kept.length !== 1) return undefined;
  const ignored = group.filter((line) => !kept.includes(line));
  return deleteLinesFix(
    procfile,
    path,
    ignored,
    `${platform} runs only line ${(kept[0] as ProcessLine).number} and ignores ${ignored.length === 1 ? 'it' : 'them'}`,
  );
}

/** Whether `reading` reads more than one of `lines`, each as a type of its own (stops at the first repeat). */
function readsDistinctTypes(reading: Reading, lines: number[]): boolean {
  const types = new Set<string>();
  for (const line of lines) {
    const type = reading.entryOn.get(line)?.type;
    if (type === undefined) continue;
    if (types.has(type)) return false;
    types.add(type);
  }
  return types.size > 1;
}
