/**
 * `--format gitlab`: a GitLab Code Quality report (the `artifacts:reports:codequality` JSON), which GitLab shows
 * in the merge request widget and the diff. Each issue needs a description, a check name, a fingerprint unique in
 * the report and stable across runs (GitLab compares the branch's report with the target's by it), a severity, and
 * a location with a path relative to the repository root and a begin line.
 * Format: https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 */
import { printable } from '../engine/quote.js';
import type { LintResult, Severity } from '../engine/types.js';
import { fingerprintsOf } from './fingerprint.js';
import { jsonForLog } from './log.js';

/** GitLab's severities are info, minor, major, critical and blocker. */
const SEVERITY = { error: 'major', warning: 'minor', notice: 'info' } as const satisfies Record<Severity, string>;

export function formatGitlab(result: LintResult): string {
  const fingerprints = fingerprintsOf(result.findings);
  const issues = result.findings.map((finding, index) => ({
    description: printable(finding.message),
    check_name: finding.rule,
    fingerprint: fingerprints[index],
    severity: SEVERITY[finding.severity],
    location: { path: finding.file, lines: { begin: finding.line, end: finding.endLine } },
  }));
  return jsonForLog(issues);
}
