/**
 * How one parser treats one line, and the sentence that compares parsers: the facts behind "Code Capsules skips
 * this line; Heroku accepts it with a warning and Dokku reads it".
 */
import { PARSERS, type ParserId, type Readings } from './index.js';
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

function phrase(outcome: LineOutcome, plural: boolean): string | null {
  const s = plural ? '' : 's';
  switch (outcome.kind) {
    case 'reads':
    case 'corrects': {
      const line = outcome.entry.line;
      if (outcome.entry.commandLine !== line) return `take${s} line ${outcome.entry.commandLine} as its command`;
      return outcome.kind === 'reads' ? `read${s} it` : `accept${s} it with a warning`;
    }
    case 'takes-as-command':
      return `take${s} it as the command of line ${outcome.ofLine}`;
    case 'skips':
      return `skip${s} it`;
    case 'rejects':
      return `reject${s} the whole Procfile`;
    case 'stopped-earlier':
      return null;
  }
}

/**
 * The platform's outcome for a line, then how the other parsers differ: "Code Capsules skips it, as do foreman and
 * honcho; Heroku accepts it with a warning and Dokku reads it".
 */
export function storyOf(readings: Readings, line: number, platformParser: ParserId): string {
  const own = outcomeOf(readings[platformParser], line);
  const ownPhrase = phrase(own, false);
  const alike: string[] = [];
  const unlike = new Map<string, string[]>();
  for (const parser of PARSERS) {
    if (parser.id === platformParser) continue;
    const outcome = outcomeOf(readings[parser.id], line);
    const key = phrase(outcome, true);
    if (key === null) continue;
    if (outcome.kind === own.kind && key === phrase(own, true)) alike.push(parser.name);
    else unlike.set(key, [...(unlike.get(key) ?? []), parser.name]);
  }
  const platformName = PARSERS.find((parser) => parser.id === platformParser)?.name ?? platformParser;
  const head = `${platformName} ${ownPhrase ?? 'never gets to it'}${alike.length > 0 ? `, as ${alike.length === 1 ? 'does' : 'do'} ${listNames(alike)}` : ''}`;
  const rest = [...unlike].map(([plural, names]) => `${listNames(names)} ${names.length === 1 ? singular(plural) : plural}`);
  return rest.length > 0 ? `${head}; ${listNames(rest)}` : head;
}

function singular(pluralPhrase: string): string {
  return pluralPhrase.replace(/^(\w+)/, (verb) => `${verb}s`);
}

export function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
