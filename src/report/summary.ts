/** The job summary: the verdict first, then the processes, then the findings. */
import type { FailOn } from '../engine/fail-on.js';
import { languageName } from '../engine/languages.js';
import { truncate } from '../engine/quote.js';
import type { LintResult } from '../engine/types.js';
import { ruleDocsUrl } from './docs.js';
import { code, escapeHtml, messageHtml, table } from './html.js';
import { planHtml } from './plan.js';
import { plural } from './text.js';

/** Rows beyond these are counted, not shown: the summary of a step is limited to 1 MiB. */
export const SUMMARY_LIMITS = { findings: 200, processes: 100, commandLength: 200 };

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

export interface SummaryOptions {
  failOn: FailOn;
  failed: boolean;
  platformName: string;
}

export function renderSummary(result: LintResult, options: SummaryOptions): string {
  // With a plan, it says the language and why, so the one-line language section is left out.
  const plan = result.plan ? planHtml(result.plan, options.platformName) : null;
  const sections = [plan, heading(result, options), plan ? '' : languageSection(result, options), processesSection(result), findingsSection(result)];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}

/** The language the platform builds the app as, and the files that say so. */
function languageSection(result: LintResult, { platformName }: SummaryOptions): string {
  if (result.languages.length === 0 && !result.language) return '<p>Language: none detected from the files at the app root.</p>';
  const describe = ({ language, evidence }: { language: string; evidence: string[] }) =>
    `${escapeHtml(languageName(language))} (${evidence.map(code).join(', ')})`;
  const built = result.languages.find((candidate) => candidate.language === result.language);
  const others = result.languages.filter((candidate) => candidate !== built);
  const main = built ? describe(built) : escapeHtml(languageName(result.language ?? ''));
  const rest = others.length > 0 ? `; also found: ${others.map(describe).join(', ')}` : '';
  return `<p>Language: <b>${main}</b>, as ${escapeHtml(platformName)} would build it${rest}.</p>`;
}

function heading(result: LintResult, { failOn, failed, platformName }: SummaryOptions): string {
  const { error, warning, notice } = result.counts;
  const counts = [plural(error, 'error'), plural(warning, 'warning'), plural(notice, 'notice')].filter(Boolean);
  const title = counts.length === 0 ? 'no problems' : counts.join(', ');
  const icon = failed ? '❌' : counts.length === 0 ? '✅' : '⚠️';
  const checked = result.procfile ? `Checked ${code(result.procfile)}` : 'No Procfile at the app root';
  const policy = failOn === 'never' ? 'the check never fails (<code>fail-on: never</code>)' : `the check fails on ${failOn}s${failOn === 'error' ? '' : ' and above'}`;
  return `## ${icon} Procfile: ${title}\n\n<p>${checked} for ${escapeHtml(platformName)}; ${policy}.</p>`;
}

function processesSection(result: LintResult): string {
  if (!result.procfile) return '';
  if (result.processes.length === 0) return '### Processes\n\n<p>None: the platform would start nothing from this Procfile.</p>';
  const shown = result.processes.slice(0, SUMMARY_LIMITS.processes);
  const rows = shown.map((process) => [
    code(process.type),
    code(truncate(process.command, SUMMARY_LIMITS.commandLength)),
    String(process.line),
  ]);
  return `### Processes\n\n${table(['Type', 'Command', 'Line'], rows)}${more(result.processes.length - shown.length, 'process', 'processes')}`;
}

function findingsSection(result: LintResult): string {
  if (result.findings.length === 0) return '';
  const shown = result.findings.slice(0, SUMMARY_LIMITS.findings);
  const rows = shown.map((finding) => [
    `${ICON[finding.severity]} ${finding.severity}`,
    `<a href="${ruleDocsUrl(finding.rule)}">${escapeHtml(finding.rule)}</a>`,
    `${code(finding.file)}:${finding.line}:${finding.column}`,
    messageHtml(finding.message),
  ]);
  const table_ = table(['Severity', 'Rule', 'Where', 'Message'], rows);
  return `### Findings\n\n${table_}${more(result.findings.length - shown.length, 'finding', 'findings')}`;
}

function more(hidden: number, one: string, many: string): string {
  return hidden > 0 ? `\n\n<p>${hidden} more ${hidden === 1 ? one : many} not shown; run the CLI with <code>--format json</code> for all of them.</p>` : '';
}
