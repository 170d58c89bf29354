/**
 * Procfile text and file names are written by whoever opened the pull request. Every piece of them that goes
 * into a message passes through `quote`, which makes it one line of visible characters: control characters,
 * line and paragraph separators, bidirectional overrides and invisible characters are shown as escapes, so
 * nothing quoted can start a new log line (a workflow command), move the cursor, or hide what it is.
 */

/**
 * From the Unicode properties the regex engine knows (Node 20's V8 has them all), not a hand-picked list: controls
 * (Cc, C1 and NEL included), format characters (Cf: bidi overrides, zero-width joiners, tag characters U+E0000...),
 * every Default_Ignorable_Code_Point (fillers such as U+3164 and U+FFA0, which display as nothing), variation
 * selectors, separators other than the plain space (Zs, Zl, Zp), lone surrogates, noncharacters, and U+FFF0-U+FFFD.
 */
const INVISIBLE =
  /(?! )[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Variation_Selector}\p{Noncharacter_Code_Point}\ufff0-\ufffd]/gu;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Raw `text` made visible and unambiguous: `\r`, `\n`, `\t` and `\u{...}` escapes, and `\\` for a backslash. */
export function visible(text: string): string {
  return printable(text.replace(/\\/g, '\\\\'));
}

/**
 * `text` with every invisible character escaped, backslashes left alone: for text composed from `visible` parts
 * (messages), where it changes nothing, and as a last guard before text reaches a log or a page.
 */
export function printable(text: string): string {
  return text.replace(INVISIBLE, (char) => NAMED[char] ?? escapeCodePoint(char));
}

function escapeCodePoint(char: string): string {
  return `\\u{${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}}`;
}

/**
 * `text` as a visible, length-limited inline quote for a message: `` `web: gunicorn app:app` ``. A backtick inside is
 * written `` \` ``, so the quote's own backticks always pair up (the job summary turns them into code).
 */
export function quote(text: string, maxLength = 80): string {
  return `\`${visible(truncate(text, maxLength)).replace(/`/g, '\\`')}\``;
}

/** At most `maxLength` code points of `text`, the last one an ellipsis when it was cut. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const head = Array.from(text.slice(0, 2 * maxLength));
  const isLonger = head.length > maxLength || text.length > 2 * maxLength;
  return isLonger ? `${head.slice(0, maxLength - 1).join('')}…` : text;
}

/** `word` quoted for a POSIX shell when it needs to be, for commands suggested in messages. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A suggested shell command, quoted for a message. */
export function suggestCommand(...words: string[]): string {
  return quote(words.map(shellWord).join(' '), 200);
}
