/**
 * Heroku's Procfile buildpack (heroku/buildpacks-procfile, its SPEC.md and winnow parser): blank lines and `#`
 * comments skipped; `key: value` with a DNS-label key of at most 63 characters; a key that is only wrong in case,
 * `_` or leading spaces corrected with a warning; anything else (no colon, a space before it, an empty value, a
 * lone carriage return, a byte order mark) rejects the whole file; of two equal keys the last one wins.
 */
import { linePrefixes, linesKeepingBom, type SourceText } from '../source.js';
import { ordinaryEntries } from './ordinary.js';
import { reading, type LineIndex, type ReadProcess, type Reading } from './reading.js';

const KEY = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const isSpace0 = (char: string | undefined): boolean => char === ' ' || char === '\t';

export function readHerokuCnb(source: SourceText): Reading {
  const entries: ReadProcess[] = [];
  const corrections = new Map<number, string>();
  const repeats: Repeats = { entryOn: [], earlierLineOf: [] };
  const warnings = duplicateOrCorrection(repeats, corrections);
  const fail = (message: string, line: number): Reading => reading({ entries, policy: 'last-wins', failure: { message, line }, warnings });
  if (source.encoding !== 'utf-8' || source.invalidOffsets.length > 0) return fail('Cannot read Procfile contents: not UTF-8', 1);
  const seen = new Map<string, number>();
  let unique = true;
  const prefixOf = linePrefixes(source);
  const ordinary = ordinaryEntries(source);
  const add = (entry: ReadProcess): void => {
    const earlier = seen.get(entry.type);
    if (earlier !== undefined) {
      unique = false;
      repeats.entryOn[entry.line] = entry;
      repeats.earlierLineOf[entry.line] = earlier;
    }
    seen.set(entry.type, entry.line);
    entries.push(entry);
  };
  for (const line of linesKeepingBom(source)) {
    const same = ordinary[line.number];
    if (same) {
      add(same);
      continue;
    }
    const text = line.number === 1 && source.bom ? `\uFEFF${line.text}` : line.text;
    if (text.includes('\r')) return fail(`line ${line.number}: a carriage return must be followed by a line feed`, line.number);
    const content = skipSpace0(text);
    if (content === text.length || text[content] === '#') continue;
    const colon = text.indexOf(':');
    if (colon === -1) return fail(`line ${line.number}: expected \`key: value\``, line.number);
    const original = text === line.text ? prefixOf(line, colon) : text.slice(0, colon);
    const key = strictKey(original);
    if (key === null) return fail(`line ${line.number}: invalid key ${JSON.stringify(original)}`, line.number);
    const value = text.slice(skipSpace0(text, colon + 1));
    if (value.trim() === '') return fail(`line ${line.number}: empty value for key \`${key}\``, line.number);
    if (key !== original) {
      corrections.set(line.number, `Procfile key \`${original}\` has been corrected to \`${key}\`.`);
    }
    add({ type: key, command: value, line: line.number, commandLine: line.number });
  }
  return reading({ entries, policy: 'last-wins', warnings, unique });
}

/**
 * The buildpack's warning on each line: a repeated key's (which it prints instead of a correction's), written only
 * when asked, since a file of 100 000 lines may repeat every key.
 */
function duplicateOrCorrection({ entryOn, earlierLineOf }: Repeats, corrections: ReadonlyMap<number, string>): LineIndex<string> {
  const get = (line: number): string | undefined => {
    const repeated = entryOn[line];
    if (repeated === undefined) return corrections.get(line);
    return `Duplicate key \`${repeated.type}\` found (also on line ${earlierLineOf[line]}); this value will be used.`;
  };
  return { get, has: (line) => entryOn[line] !== undefined || corrections.has(line) };
}

/** By line: the entries whose key was read before, and the line it was last read on. */
interface Repeats {
  entryOn: ReadProcess[];
  earlierLineOf: number[];
}

/** The key as the buildpack accepts it (possibly after correcting it), or `null` when it rejects it. */
function strictKey(original: string): string | null {
  if (KEY.test(original) && original.length <= 63) return original;
  const corrected = original
    .replace(/_/g, '-')
    .replace(/[A-Z]/g, (char) => char.toLowerCase())
    .slice(skipSpace0(original));
  return KEY.test(corrected) && corrected.length <= 63 ? corrected : null;
}

function skipSpace0(text: string, from = 0): number {
  let i = from;
  while (isSpace0(text[i])) i++;
  return i;
}
