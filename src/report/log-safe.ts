/**
 * Text that a CI runner reading the log cannot take for a workflow command: the Actions runner executes a line that
 * starts with `::` (after blanks) and the older `##[name ...]` form anywhere in a line, and splits lines at CR, LF,
 * U+2028 and U+2029 as well. The JSON and XML formats write what would act as an escape that parses back to the
 * same text, so a report printed to a `run:` step's log is only data.
 */

/** `value` as JSON, with DEL, C1 controls, U+2028 and U+2029 and the second `#` of `##[` written as `\u` escapes. */
export function jsonForLog(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/[\u007f-\u009f\u2028\u2029]/gu, (char) => `\\u${(char.codePointAt(0) as number).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '#\\u0023[');
}

/**
 * `text` escaped for XML 1.0 text and attribute values: the five markup characters, every character XML cannot
 * hold (C0 controls but tab, LF and CR; lone surrogates; U+FFFE/U+FFFF) as a visible `\u{...}`, and what a log would
 * act on (line breaks, the `#` of `##[`) as character references, so every element stays on one line of the log.
 */
export function xmlForLog(text: string): string {
  return text
    .replace(/[\0-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/gu, (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`)
    .replace(/[&<>"'\t\n\r\u0085\u2028\u2029]/g, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/##\[/g, '#&#35;[');
}
