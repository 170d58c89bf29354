import type { LintResult } from '../engine/types.js';
import { jsonForLog } from './log.js';

/** The result object as JSON: the contract documented in docs/result.md, escaped for a log (see log.ts). */
export function formatJson(result: LintResult): string {
  return jsonForLog(result);
}
