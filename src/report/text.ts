/** Plain-text report for terminals and logs: `file:line:column: severity: message [rule]`, then a one-line verdict. */
import { languageName } from '../engine/languages.js';
import { printable, visible } from '../engine/quote.js';
import type { Finding, LintResult } from '../engine/types.js';
import { inertLine } from './log.js';

export function formatText(result: LintResult): string {
  const lines = result.findings.map(formatFinding);
  if (lines.length > 0) lines.push('');
  lines.push(verdict(result));
  return `${lines.map(inertLine).join('\n')}\n`;
}

export function formatFinding(finding: Finding): string {
  const { file, line, column, severity, message, rule } = finding;
  return `${visible(file)}:${line}:${column}: ${severity}: ${printable(message)} [${rule}]`;
}

function verdict(result: LintResult): string {
  const { error, warning, notice } = result.counts;
  const where = result.procfile ? `${visible(result.procfile)}: ` : '';
  const app = result.language ? `; ${languageName(result.language)} app` : '';
  const noProcfile = result.procfile ? '' : ` (no Procfile at the app root${app})`;
  if (error + warning + notice === 0) {
    const types = result.processes.map((process) => visible(process.type)).join(', ');
    return `✔ ${where}no problems${types ? ` (${types})` : noProcfile}`;
  }
  const parts = [plural(error, 'error'), plural(warning, 'warning'), plural(notice, 'notice')].filter(Boolean);
  return `${error > 0 ? '✖' : '⚠'} ${where}${parts.join(', ')}${noProcfile}`;
}

export function plural(count: number, noun: string): string {
  return count === 0 ? '' : `${count} ${noun}${count === 1 ? '' : 's'}`;
}
