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

/** What a parser does with the line, in the plural ("skip it"); `null` when it stopped before the line. */
function phrase(outcome: LineOutcome): string | null {
  switch (outcome.kind) {
    case 'reads':
    case 'corrects': {
      const { line, commandLine } = outcome.entry;
      if (commandLine !== line) return `take line ${commandLine} as its command`;
      return outcome.kind === 'reads' ? 'read it' : 'accept it with a warning';
    }
    case 'takes-as-command':
      return `take it as the command of line ${outcome.ofLine}`;
    case 'skips':
      return 'skip it';
    case 'rejects':
      return 'reject the whole Procfile';
    case 'stopped-earlier':
      return null;
  }
}

/**
 * The platform's outcome for a line, then how the other parsers differ: "Code Capsules skips it, as do foreman and
 * honcho; Heroku accepts it with a warning and Dokku reads it".
 */
export function storyOf(readings: Readings, line: number, platformParser: ParserId): string {
  const own = phrase(outcomeOf(readings[platformParser], line));
  const alike: string[] = [];
  const unlike: [string, string | null][] = [];
  for (const parser of PARSERS) {
    if (parser.id === platformParser) continue;
    const other = phrase(outcomeOf(readings[parser.id], line));
    if (other !== null && other === own) alike.push(parser.name);
    else unlike.push([parser.name, other]);
  }
  const platformName = PARSERS.find((parser) => parser.id === platformParser)?.name ?? platformParser;
  const head = `${platformName} ${own ? thirdPerson(own) : 'never gets to it'}${alike.length > 0 ? `, as ${alike.length === 1 ? 'does' : 'do'} ${listNames(alike)}` : ''}`;
  const rest = whoDoesWhat(unlike);
  return rest ? `${head}; ${rest}` : head;
}

/** The verb of a plural phrase in the third person singular: "strip it" -> "strips it", "pass it" -> "passes it". */
export function thirdPerson(phrase: string): string {
  return phrase.replace(/^(\w+)/, (verb) => (/(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`));
}

/**
 * Parsers grouped by what they do, in the order first met, each phrase given in the plural (`null`: leave the parser
 * out): "Code Capsules and honcho strip it, Heroku rejects the Procfile and foreman passes it to bash".
 */
export function whoDoesWhat(items: Iterable<readonly [name: string, phrase: string | null]>): string {
  const groups = new Map<string, string[]>();
  for (const [name, phrase] of items) {
    if (phrase !== null) groups.set(phrase, [...(groups.get(phrase) ?? []), name]);
  }
  return listNames([...groups].map(([phrase, names]) => `${listNames(names)} ${names.length === 1 ? thirdPerson(phrase) : phrase}`));
}

export function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
