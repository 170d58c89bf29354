import type { LintResult } from '../engine/types.js';
import { jsonForLog } from './log-safe.js';

/** The result object as JSON: the contract documented in docs/result.md, escaped for a CI log (`jsonForLog`). */
export function formatJson(result: LintResult): string {
  return `${jsonForLog(result)}\n`;
}
