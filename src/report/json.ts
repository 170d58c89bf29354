import type { LintResult } from '../engine/types.js';

/** The result object as JSON: the contract documented in docs/result.md. */
export function formatJson(result: LintResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
