/**
 * How one parser treats one line: the facts behind "Code Capsules skips this line; Heroku accepts it with a warning
 * and Dokku reads it" (the words are src/rules/phrases.ts's).
 */
import type { ReadProcess, Reading } from './reading.js';

export type LineOutcome =
  | { kind: 'reads'; entry: ReadProcess }
  | { kind: 'corrects'; entry: ReadProcess; warning: string }
  | { kind: 'takes-as-command'; ofLine: number }
  | { kind: 'skips' }
  | { kind: 'rejects'; message: string }
  | { kind: 'stopped-earlier'; line: number };

/**
 * The entry `reading` takes from `line`, as written or corrected (`outcomeOf`'s `reads` and `corrects`), found without
 * building an outcome: the rules ask it of every line of files of 100 000.
 */
export function entryReadOn(reading: Reading, line: number): ReadProcess | undefined {
  const failureLine = reading.failure?.line;
  if (failureLine != null && failureLine <= line) return undefined;
  return reading.entryOn.get(line);
}

export function outcomeOf(reading: Reading, line: number): LineOutcome {
  const failure = reading.failure;
  if (failure?.line === line) return { kind: 'rejects', message: failure.message };
  if (failure?.line != null && failure.line < line) return { kind: 'stopped-earlier', line: failure.line };
  const entry = reading.entryOn.get(line);
  if (entry) {
    const warning = reading.warnings.get(line);
    return warning ? { kind: 'corrects', entry, warning } : { kind: 'reads', entry };
  }
  const owner = reading.swallowedLines.get(line);
  return owner === undefined ? { kind: 'skips' } : { kind: 'takes-as-command', ofLine: owner };
}
