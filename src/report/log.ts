/**
 * Text that reaches a log: the CLI's stdout and stderr, which a workflow's `run:` step prints. The Actions runner
 * splits its output into lines at CR, LF and CRLF, executes a line that starts with `::` after blanks as a workflow
 * command, and also the older `##[name]` form anywhere in a line. Everything printed passes through one of these.
 */
import { printable } from '../engine/quote.js';

/**
 * A line that the runner cannot take for a workflow command: the first character of a `::` at its start and of
 * every `##[` is shown as an escape, as `printable` shows any other character it must not print.
 */
export function inertLine(line: string): string {
  return line.replace(/^(\s*):(?=:)/u, '$1\\u{003A}').replace(/##\[/g, '#\\u{0023}[');
}

/** A message, untrusted parts included, as one printable, inert line: a line break in it is shown as `\n`. */
export function logLine(text: string): string {
  return inertLine(printable(text));
}

/**
 * `value` as indented JSON that parses back to exactly `value`, safe in a log: JSON.stringify escapes C0 controls
 * (CR and LF included) but not DEL, C1 controls (NEL among them), U+2028 or U+2029, which a terminal or a viewer may
 * act on; those are written as `\uXXXX`. Lines break only between tokens, so a line starts with blanks and a quote,
 * a bracket or a value, never `::`; inside strings a `:` before a `:`, and `##[`, are written `\u003a` and `#\u0023[` too, so that
 * no reader that splits lines differently finds a command either.
 */
export function jsonForLog(value: unknown): string {
  const json = JSON.stringify(value, null, 2);
  return `${hasLogHazard(json) ? escapeLogHazards(json) : json}\n`;
}

/**
 * Whether `json` holds anything `escapeLogHazards` would change. Most output holds none, and three plain searches
 * over tens of MiB take a third of the time of the replacing pass, whose `:` alternative stops at every key.
 */
function hasLogHazard(json: string): boolean {
  return json.includes('::') || json.includes('##[') || /[\u007f-\u009f\u2028\u2029]/.test(json);
}

function escapeLogHazards(json: string): string {
  // One pass: each alternative is a single code unit or `##[`, so none overlaps another.
  return json.replace(/[\u007f-\u009f\u2028\u2029]|:(?=:)|##\[/g, (found) => {
    if (found === ':') return '\\u003a';
    if (found === '##[') return '#\\u0023[';
    return `\\u${found.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * `text` escaped for XML 1.0 text and attribute values: the five markup characters, every character XML cannot
 * hold (C0 controls but tab, LF and CR; lone surrogates; U+FFFE/U+FFFF) as a visible `\u{...}`, and what a log would
 * act on (line breaks, the `#` of `##[`) as character references, so every element stays on one line of the log.
 */
export function xmlForLog(text: string): string {
  return text
    .replace(
      /[\0-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/gu,
      (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`,
    )
    .replace(/[&<>"'\t\n\r\u0085\u2028\u2029]/g, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/##\[/g, '#&#35;[');
}
