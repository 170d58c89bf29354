/** Whitespace as the platforms' own languages define it, which is not what JavaScript's `\s` means. */

/** Go's and RE2's `\s`: `[\t\n\f\r ]`. */
export function isGoRegexSpace(code: number): boolean {
  return code === 9 || code === 10 || code === 12 || code === 13 || code === 32;
}

/** Ruby's `\s`: `[ \t\r\n\f\v]`. */
export function isRubyRegexSpace(code: number): boolean {
  return isGoRegexSpace(code) || code === 11;
}

/** Go's `unicode.IsSpace`, used by `strings.TrimSpace`. */
export function isGoUnicodeSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** `text` without leading and trailing characters for which `isSpace` holds. Linear: no regex backtracking. */
export function trimWith(text: string, isSpace: (code: number) => boolean): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** ASCII letters, digits and `_`: `\w` in Go and Ruby. */
export function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Python's `str.isspace`, which `\s` means in a `str` pattern. */
export function isPythonSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || (code >= 0x1c && code <= 0x20) || isGoUnicodeSpace(code);
}

/** Where Python's `str.splitlines` breaks a line (besides `\r\n`, which counts as one break). */
export function isPythonLineBreak(code: number): boolean {
  return (
    code === 10 ||
    code === 13 ||
    code === 11 ||
    code === 12 ||
    (code >= 0x1c && code <= 0x1e) ||
    code === 0x85 ||
    code === 0x2028 ||
    code === 0x2029
  );
}
