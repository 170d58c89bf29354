/**
 * `--format github`: the workflow-command lines the action writes for its annotations, byte for byte, so that the
 * CLI run in a `run:` step (or a container job) annotates the pull request as the action does. The escaping is
 * the one @actions/core applies to `core.error(message, properties)`.
 */
import type { AnnotationProperties } from '@actions/core';
import type { LintResult } from '../engine/types.js';
import { annotationProperties, planAnnotations, unannotatedMessage } from './annotations.js';
import { printable } from '../engine/quote.js';

export function formatGithub(result: LintResult): string {
  const plan = planAnnotations(result.findings);
  const lines = plan.shown.map((finding) => workflowCommand(finding.severity, printable(finding.message), annotationProperties(finding)));
  if (plan.hidden.length > 0) lines.push(unannotatedMessage(plan.hidden, ['the output of `--format json` or `--format sarif`']));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

export function workflowCommand(command: string, message: string, properties: AnnotationProperties): string {
  const fields = {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn,
  };
  const list = Object.entries(fields)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${list.length > 0 ? ` ${list.join(',')}` : ''}::${escapeData(message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
