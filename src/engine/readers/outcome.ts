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
