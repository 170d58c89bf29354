/** The step outputs, as name -> value; `valid` means no error-severity finding, whatever `fail-on` says. */
import type { LintResult } from '../engine/types.js';

export function outputsOf(result: LintResult, apps: readonly { path: string; result: LintResult }[] = []): Record<string, string> {
  return {
    valid: String(result.counts.error === 0),
    procfile: result.procfile ?? '',
    language: result.language ?? '',
    'process-types': JSON.stringify(result.processes.map((process) => process.type)),
    errors: String(result.counts.error),
    warnings: String(result.counts.warning),
    notices: String(result.counts.notice),
    results: JSON.stringify(apps.map(appEntry)),
  };
}

/** One entry of the `results` output: where the app is, whether it has a Procfile, and its counts. */
function appEntry({ path, result }: { path: string; result: LintResult }) {
  return {
    path,
    procfile: result.procfile,
    valid: result.counts.error === 0,
    language: result.language,
    'process-types': result.processes.map((process) => process.type),
    errors: result.counts.error,
    warnings: result.counts.warning,
    notices: result.counts.notice,
  };
}
