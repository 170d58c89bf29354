/**
 * Trimming a repeated character from the ends of a string, by a scan: `/-+$/` and `/\/+$/` try every start of the run
 * and rescan it, quadratic on a long run followed by anything else.
 */
export function trimChar(text: string, char: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === char) start++;
  while (end > start && text[end - 1] === char) end--;
  return text.slice(start, end);
}

export function trimCharEnd(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return text.slice(0, end);
}
