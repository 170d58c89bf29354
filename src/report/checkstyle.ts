/**
 * `--format checkstyle`: Checkstyle's XML report, which Jenkins (warnings-ng), reviewdog, SonarQube and most CI
 * dashboards read: one `<file>` per file, one `<error>` per finding.
 */
import { printable } from '../engine/quote.js';
import type { Finding, LintResult, Severity } from '../engine/types.js';
import { xmlForLog } from './log.js';

/** Checkstyle's severities are error, warning, info and ignore. */
const SEVERITY = { error: 'error', warning: 'warning', notice: 'info' } as const satisfies Record<Severity, string>;

export function formatCheckstyle(result: LintResult): string {
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const files = [...byFile].map(([file, findings]) => [`  <file name="${xmlForLog(file)}">`, ...findings.map(errorElement), '  </file>']);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">', ...files.flat(), '</checkstyle>', ''].join('\n');
}

function errorElement(finding: Finding): string {
  const attributes = {
    line: finding.line,
    column: finding.column,
    severity: SEVERITY[finding.severity],
    message: printable(finding.message),
    source: `procfile-lint.${finding.rule}`,
  };
  const list = Object.entries(attributes).map(([name, value]) => `${name}="${xmlForLog(String(value))}"`);
  return `    <error ${list.join(' ')}/>`;
}
