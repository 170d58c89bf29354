/** The `fail-on` policy shared by the action and the CLI: which findings make the run fail. */
import { SEVERITIES, UsageError, type LintResult, type Severity } from './types.js';

export type FailOn = Severity | 'never';

export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'never'];

export function parseFailOn(value: string, source: string): FailOn {
  const normalized = value.trim().toLowerCase();
  if ((FAIL_ON_VALUES as readonly string[]).includes(normalized)) return normalized as FailOn;
  throw new UsageError(`${source} must be one of ${FAIL_ON_VALUES.join(', ')}; got '${value}'.`);
}

/** The findings at or above the `fail-on` severity. */
export function failingCount(result: LintResult, failOn: FailOn): number {
  return SEVERITIES.filter((severity) => isFailing(severity, failOn)).reduce((sum, severity) => sum + result.counts[severity], 0);
}

/** How many of `findings` are at or above the `fail-on` severity. */
export function failingFindings(findings: readonly { severity: Severity }[], failOn: FailOn): number {
  return findings.filter((finding) => isFailing(finding.severity, failOn)).length;
}

/** Whether a finding of this severity fails the run. */
export function isFailing(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);
}
