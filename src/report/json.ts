import type { LintResult } from '../engine/types.js';

/**
 * The result object as JSON: the contract documented in docs/result.md. What a terminal or a CI log would act on is
 * written as a JSON escape, which parses back to the same text: DEL and C1 controls, U+2028 and U+2029
 * (`JSON.stringify` escapes only C0 controls), and the second `#` of `##[`, which the Actions runner executes as a
 * workflow command anywhere in a line.
 */
export function formatJson(result: LintResult): string {
  return formatJsonObject(result);
}

/** Any object, escaped as `formatJson` escapes a result (for several results: `{ "platforms": [...] }`). */
export function formatJsonObject(value: object): string {
  const json = JSON.stringify(value, null, 2)
    .replace(/[\u007f-\u009f\u2028\u2029]/gu, (char) => `\\u${(char.codePointAt(0) as number).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '#\\u0023[');
  return `${json}\n`;
}
