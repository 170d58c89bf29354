/** The step outputs, as name -> value; `valid` means no error-severity finding, whatever `fail-on` says. */
import type { LintResult } from '../engine/types.js';

export function outputsOf(result: LintResult): Record<string, string> {
  return {
    valid: String(result.counts.error === 0),
    procfile: result.procfile ?? '',
    language: result.language ?? '',
    'process-types': JSON.stringify(result.processes.map((process) => process.type)),
    errors: String(result.counts.error),
    warnings: String(result.counts.warning),
    notices: String(result.counts.notice),
  };
}
