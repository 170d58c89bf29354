/** Findings as workflow-command annotations, which GitHub shows on the pull request's diff. */
import type { AnnotationProperties } from '@actions/core';
import { printable } from '../engine/quote.js';
import type { Finding, Severity } from '../engine/types.js';

export type Annotate = (severity: Severity, message: string, properties: AnnotationProperties) => void;

export function annotationProperties(finding: Finding): AnnotationProperties {
  return {
    title: `procfile-lint: ${finding.rule}`,
    // @actions/core escapes only `%`, CR, LF, `:` and `,` in properties: a file name can hold an ESC or U+2028.
    file: printable(finding.file),
    startLine: finding.line,
    endLine: finding.endLine,
    // GitHub ignores columns on annotations that span lines.
    ...(finding.line === finding.endLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
  };
}

export function annotate(findings: readonly Finding[], emit: Annotate): void {
  for (const finding of findings) emit(finding.severity, printable(finding.message), annotationProperties(finding));
}
