/** Findings as workflow-command annotations, which GitHub shows on the pull request's diff. */
import type { AnnotationProperties } from '@actions/core';
import { printable } from '../engine/quote.js';
import { SEVERITIES, type Finding, type Severity } from '../engine/types.js';
import { plural } from './text.js';

export type Annotate = (severity: Severity, message: string, properties: AnnotationProperties) => void;

/** GitHub shows at most this many annotations of each severity per step and silently drops the rest. */
export const STEP_ANNOTATION_LIMIT = 10;

export interface AnnotationPlan {
  /** Most severe first, each severity in file order. */
  shown: Finding[];
  /** What the step cannot show, in file order. */
  hidden: Finding[];
}

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

/**
 * Which findings the step can show: the most severe first. `reserved` counts the slots other annotations of the
 * step take (the failure message is an error annotation too), so that no finding is dropped unknowingly.
 */
export function planAnnotations(findings: readonly Finding[], reserved: Partial<Record<Severity, number>> = {}): AnnotationPlan {
  const shown = new Set<Finding>();
  for (const severity of SEVERITIES) {
    const room = Math.max(0, STEP_ANNOTATION_LIMIT - (reserved[severity] ?? 0));
    for (const finding of findings.filter((each) => each.severity === severity).slice(0, room)) shown.add(finding);
  }
  const ordered = SEVERITIES.flatMap((severity) => findings.filter((finding) => finding.severity === severity && shown.has(finding)));
  return { shown: ordered, hidden: findings.filter((finding) => !shown.has(finding)) };
}

export function annotate(findings: readonly Finding[], emit: Annotate, reserved: Partial<Record<Severity, number>> = {}): AnnotationPlan {
  const plan = planAnnotations(findings, reserved);
  for (const finding of plan.shown) emit(finding.severity, printable(finding.message), annotationProperties(finding));
  return plan;
}

/** `3 errors, 1 warning`: how many findings of each severity `findings` holds. */
export function countBySeverity(findings: readonly Finding[]): string {
  return SEVERITIES.map((severity) => plural(findings.filter((finding) => finding.severity === severity).length, severity))
    .filter(Boolean)
    .join(', ');
}

/**
 * One line (trusted text only) saying how many findings were not annotated and where they are. `seeAlso` names the
 * places that hold them all, e.g. `the job summary`, `the SARIF file`.
 */
export function unannotatedMessage(hidden: readonly Finding[], seeAlso: readonly string[]): string {
  const where = seeAlso.length > 0 ? ` See every finding in ${joinOr(seeAlso)}.` : '';
  return (
    `${hidden.length} ${hidden.length === 1 ? 'finding was' : 'findings were'} not annotated (${countBySeverity(hidden)}): ` +
    `GitHub shows at most ${STEP_ANNOTATION_LIMIT} errors, ${STEP_ANNOTATION_LIMIT} warnings and ${STEP_ANNOTATION_LIMIT} ` +
    `notices per step, so the most severe were annotated first.${where}`
  );
}

export function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
