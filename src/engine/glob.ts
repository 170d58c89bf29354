/**
 * The globs that pick app folders (`apps/*`, `services/**`, `api-?`): `*` matches any run of characters within one
 * folder name, `?` one character, and `**` as a whole segment any number of folders. They are parsed into segments and
 * matched one folder name at a time by a scan, never through a regular expression built from the pattern (which could
 * backtrack): a name is compared with a segment's literal pieces left to right, each piece at its leftmost place, so
 * the cost is at most the name's length times the segment's, and both are bounded. Character classes (`[ab]`), braces
 * (`{a,b}`), negation (`!`) and escapes (`\`) are refused with a message rather than read some other way.
 */
import { quote } from './quote.js';
import { UsageError } from './types.js';

/** A longer pattern is refused: real ones are a few dozen characters. */
export const MAX_GLOB_LENGTH = 256;

export type GlobSegment =
  | { kind: 'literal'; name: string }
  /** The segment split at its `*`s: `api-*-v?` is `['api-', '-v?']`; `?` in a piece matches any one character. */
  | { kind: 'wildcard'; pieces: string[] }
  | { kind: 'any-depth' };

/** Whether `text` is a glob rather than a plain path: it holds `*` or `?`. */
export function isGlob(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** The segments of `pattern`, or a usage error that says what is wrong with it (`source` names the input). */
export function parseGlob(pattern: string, source: string): GlobSegment[] {
  const refuse = (why: string) => new UsageError(`${source}: the glob ${quote(pattern)} ${why}`);
  if (pattern.length > MAX_GLOB_LENGTH) throw refuse(`is over ${MAX_GLOB_LENGTH} characters.`);
  if (pattern.startsWith('/') || /^[A-Za-z]:/.test(pattern)) throw refuse('is an absolute path; give a relative one, as in `apps/*`.');
  const unsupported = ['\\', '[', ']', '{', '}', '!'].find((character) => pattern.includes(character));
  if (unsupported)
    throw refuse(
      `holds ${quote(unsupported)}, which is not supported: globs take \`*\`, \`?\` and \`**\` only, with \`/\` between folders; list several folders on lines of their own.`,
    );
  const segments: GlobSegment[] = [];
  for (const segment of pattern.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') throw refuse('climbs out with `..`; globs stay inside the repository.');
    if (segment === '**') {
      if (segments.at(-1)?.kind !== 'any-depth') segments.push({ kind: 'any-depth' });
    } else if (segment.includes('**')) {
      throw refuse('has `**` inside a folder name; `**` stands for any number of folders only as a segment of its own (`apps/**`).');
    } else if (isGlob(segment)) {
      segments.push({ kind: 'wildcard', pieces: segment.split('*') });
    } else {
      segments.push({ kind: 'literal', name: segment });
    }
  }
  if (segments.length === 0) throw refuse('names no folder.');
  return segments;
}

/**
 * Whether a folder name matches a wildcard segment. As in a shell, a wildcard does not match a name that starts with
 * `.` unless the segment does.
 */
export function matchesSegment(name: string, pieces: readonly string[]): boolean {
  const first = pieces[0] ?? '';
  if (name.startsWith('.') && !first.startsWith('.')) return false;
  if (pieces.length === 1) return name.length === first.length && matchesAt(name, 0, first);
  const last = pieces[pieces.length - 1] ?? '';
  if (name.length < first.length + last.length || !matchesAt(name, 0, first)) return false;
  const end = name.length - last.length;
  if (!matchesAt(name, end, last)) return false;
  let position = first.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = leftmost(name, piece, position, end);
    if (found === -1) return false;
    position = found + piece.length;
  }
  return true;
}

/** Where `piece` first matches in `name` at or after `from`, ending at or before `end`; -1 when nowhere. */
function leftmost(name: string, piece: string, from: number, end: number): number {
  for (let start = from; start + piece.length <= end; start++) if (matchesAt(name, start, piece)) return start;
  return -1;
}

function matchesAt(name: string, start: number, piece: string): boolean {
  for (let i = 0; i < piece.length; i++) if (piece[i] !== '?' && piece[i] !== name[start + i]) return false;
  return true;
}
