/**
 * `--format junit`: a JUnit XML test report, which GitLab (`artifacts:reports:junit`), Jenkins, Azure Pipelines and
 * CircleCI show as test results. Each finding is a test case named after its rule and place; those at `--fail-on`
 * or above fail, the others pass with the finding as their output. A clean run is one passing case, so the report is
 * never an empty suite.
 */
import { isFailing, type FailOn } from '../engine/fail-on.js';
import { printable } from '../engine/quote.js';
import type { Finding, LintResult } from '../engine/types.js';
import { xmlForLog } from './log.js';

export function formatJunit(result: LintResult, failOn: FailOn): string {
  const cases = result.findings.length > 0 ? result.findings.map((finding) => testCase(finding, failOn)) : [cleanCase(result)];
  const failures = result.findings.filter((finding) => isFailing(finding.severity, failOn)).length;
  const count = Math.max(result.findings.length, 1);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="procfile-lint" tests="${count}" failures="${failures}" errors="0">`,
    `  <testsuite name="procfile-lint (${xmlForLog(result.platform)})" tests="${count}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function testCase(finding: Finding, failOn: FailOn): string {
  const place = `${finding.file}:${finding.line}:${finding.column}`;
  const open = `    <testcase classname="${xmlForLog(finding.file)}" name="${xmlForLog(`${finding.rule} at ${place}`)}">`;
  const message = xmlForLog(printable(finding.message));
  const body = isFailing(finding.severity, failOn)
    ? `<failure type="${finding.severity}" message="${message}">${xmlForLog(`${finding.severity}: ${printable(finding.message)} [${finding.rule}]`)}</failure>`
    : `<system-out>${xmlForLog(`${finding.severity}: ${printable(finding.message)} [${finding.rule}]`)}</system-out>`;
  return `${open}${body}</testcase>`;
}

function cleanCase(result: LintResult): string {
  const file = result.procfile ?? 'Procfile';
  return `    <testcase classname="${xmlForLog(file)}" name="${xmlForLog(`${file} has no problems`)}"/>`;
}
