/**
 * The English the rules' messages are built from, in one place: how a parser treats a line, in words, and how to
 * list who does what ("Code Capsules and honcho strip it, Heroku rejects the Procfile"). Names come from the profiles
 * (a platform's parser is called by the platform's name) and from the parser models, never written out in a rule.
 */
import { PARSERS, type ParserId, type Readings } from '../engine/readers/index.js';
import { outcomeOf, type LineOutcome } from '../engine/readers/outcome.js';
import { PLATFORMS } from '../platforms/index.js';
import type { PlatformProfile } from '../platforms/profile.js';

/** What to call a parser in a message: the platform that reads Procfiles with it, else the tool (`foreman`). */
export function parserName(id: ParserId): string {
  return PLATFORMS.find((platform) => platform.parser === id)?.name ?? PARSERS.find((parser) => parser.id === id)?.tool ?? id;
}

/** The platforms `test` holds for, by name: "Code Capsules", "Heroku and Dokku". */
export function platformNames(test: (platform: PlatformProfile) => boolean, conjunction: 'and' | 'or' = 'and'): string {
  return listNames(
    PLATFORMS.filter(test).map((platform) => platform.name),
    conjunction,
  );
}

/** The parsers people run on their own machine, by name: "foreman or honcho". */
export function localRunnerNames(conjunction: 'and' | 'or' = 'and'): string {
  return listNames(
    PARSERS.filter((parser) => parser.local).map((parser) => parserName(parser.id)),
    conjunction,
  );
}

/** What a parser does with the line, in the plural ("skip it"); `null` when it stopped before the line. */
export function outcomePhrase(outcome: LineOutcome): string | null {
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
  const own = outcomePhrase(outcomeOf(readings[platformParser], line));
  const alike: string[] = [];
  const unlike: [string, string | null][] = [];
  for (const parser of PARSERS) {
    if (parser.id === platformParser) continue;
    const other = outcomePhrase(outcomeOf(readings[parser.id], line));
    if (other !== null && other === own) alike.push(parserName(parser.id));
    else unlike.push([parserName(parser.id), other]);
  }
  const head = `${parserName(platformParser)} ${own ? thirdPerson(own) : 'never gets to it'}${alike.length > 0 ? `, as ${alike.length === 1 ? 'does' : 'do'} ${listNames(alike)}` : ''}`;
  const rest = whoDoesWhat(unlike);
  return rest ? `${head}; ${rest}` : head;
}

/** Each parser but the platform's, by name, with what `phrase` says it does (`null`: leave it out), grouped. */
export function othersDo(platformParser: ParserId, phrase: (parser: ParserId) => string | null): string {
  const items: (readonly [string, string | null])[] = [];
  for (const parser of PARSERS) if (parser.id !== platformParser) items.push([parserName(parser.id), phrase(parser.id)]);
  return whoDoesWhat(items);
}

/** The same for every parser, the platform's first. */
export function allDo(platformParser: ParserId, phrase: (parser: ParserId) => string | null): string {
  const ordered = [...PARSERS].sort((a, b) => Number(b.id === platformParser) - Number(a.id === platformParser));
  return whoDoesWhat(ordered.map((parser) => [parserName(parser.id), phrase(parser.id)] as const));
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
  if (groups.size === 0) return ''; // the common case on a large file: every parser agrees
  return listNames([...groups].map(([phrase, names]) => `${listNames(names)} ${names.length === 1 ? thirdPerson(phrase) : phrase}`));
}

/** "a", "a and b", "a, b and c". */
export function listNames(names: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)}`;
}
