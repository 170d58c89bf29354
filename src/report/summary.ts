/** The job summary: the verdict first, then the processes, then the findings. */
import type { FailOn } from '../engine/fail-on.js';
import { languageName } from '../engine/languages.js';
import { truncate } from '../engine/quote.js';
import type { LintResult } from '../engine/types.js';
import { ruleDocsUrl } from './docs.js';
import { code, escapeHtml, messageHtml, tableOfRows, tableRow } from './html.js';
import { joinOr } from './annotations.js';
import { planHtml } from './plan.js';
import { plural } from './text.js';

/** The runner uploads no summary at all when a step's is over 1 MiB. */
export const SUMMARY_BYTES = 1024 * 1024;

/**
 * Rows beyond these are counted, not shown, and every piece of untrusted text is cut to its length (in code points,
 * with an ellipsis), so that no path, name or message can fill the summary on its own.
 */
export const SUMMARY_LIMITS = {
  findings: 200,
  processes: 100,
  commandLength: 200,
  nameLength: 100,
  pathLength: 200,
  messageLength: 1000,
  evidence: 10,
};

/** Room kept for the closing notes of a table (how many rows were left out, and where they are). */
const NOTE_BYTES = 1024;

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

export interface SummaryOptions {
  failOn: FailOn;
  failed: boolean;
  platformName: string;
  /** Bytes the summary may take: SUMMARY_BYTES less what the job summary adds after it. */
  budget?: number;
  /** HTML naming where every finding can be read when the table is cut (`the Procfile check run`, `the SARIF file ...`). */
  elsewhere?: readonly string[];
}

/** What is left of the byte budget while rendering. */
class Budget {
  constructor(private left: number) {}

  /** Takes room for `text` (and its line break) if there is room. */
  take(text: string): boolean {
    const bytes = Buffer.byteLength(text) + 1;
    if (bytes > this.left) return false;
    this.left -= bytes;
    return true;
  }
}

export function renderSummary(result: LintResult, options: SummaryOptions): string {
  const budget = new Budget((options.budget ?? SUMMARY_BYTES) - NOTE_BYTES * 2);
  // The plan is bounded (PLAN_LIMITS) and comes first; it says the language and why, so the language line is left out.
  const plan = result.plan ? planHtml(result.plan, options.platformName) : null;
  const fixed = [plan ?? '', heading(result, options), plan ? '' : languageSection(result, options), runtimeSection(result)];
  for (const section of fixed) budget.take(section);
  const sections = [...fixed, processesSection(result, budget), findingsSection(result, budget, options.elsewhere ?? [])];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}

/** Untrusted text cut to `length` code points, as inline code. */
function shortCode(text: string, length: number): string {
  return code(truncate(text, length));
}

/** The language the platform builds the app as, and the files that say so. */
function languageSection(result: LintResult, { platformName }: SummaryOptions): string {
  if (result.languages.length === 0 && !result.language) return '<p>Language: none detected from the files at the app root.</p>';
  const describe = ({ language, evidence }: { language: string; evidence: string[] }) => {
    const files = evidence.slice(0, SUMMARY_LIMITS.evidence).map((file) => shortCode(file, SUMMARY_LIMITS.nameLength));
    const more = evidence.length > files.length ? `, ${evidence.length - files.length} more` : '';
    return `${escapeHtml(languageName(language))} (${files.join(', ')}${more})`;
  };
  const built = result.languages.find((candidate) => candidate.language === result.language);
  const others = result.languages.filter((candidate) => candidate !== built);
  const main = built ? describe(built) : escapeHtml(languageName(result.language ?? ''));
  const rest = others.length > 0 ? `; also found: ${others.map(describe).join(', ')}` : '';
  return `<p>Language: <b>${main}</b>, as ${escapeHtml(platformName)} would build it${rest}.</p>`;
}

/** The language version the platform would install, and the pin it comes from. */
function runtimeSection({ runtime }: LintResult): string {
  if (!runtime) return '';
  const name = escapeHtml(languageName(runtime.language));
  const checked = runtime.table.checked ? ` (table of ${escapeHtml(runtime.table.checked)})` : '';
  if (!runtime.source || runtime.requested === null)
    return `<p>Runtime: ${name}, not pinned: ${escapeHtml(runtime.fallback ?? 'the builder default')}.</p>`;
  const installs = runtime.version ? `<b>${name} ${escapeHtml(truncate(runtime.version, 40))}</b>` : `<b>${name}</b>`;
  const from = `${code(truncate(runtime.requested, 40))} in ${shortCode(runtime.source.file, SUMMARY_LIMITS.pathLength)} line ${runtime.source.line}`;
  return `<p>Runtime: ${installs}, from ${from}${checked}.</p>`;
}

function heading(result: LintResult, { failOn, failed, platformName }: SummaryOptions): string {
  const { error, warning, notice } = result.counts;
  const counts = [plural(error, 'error'), plural(warning, 'warning'), plural(notice, 'notice')].filter(Boolean);
  const title = counts.length === 0 ? 'no problems' : counts.join(', ');
  const icon = failed ? '❌' : counts.length === 0 ? '✅' : '⚠️';
  const checked = result.procfile ? `Checked ${shortCode(result.procfile, SUMMARY_LIMITS.pathLength)}` : 'No Procfile at the app root';
  const policy =
    failOn === 'never'
      ? 'the check never fails (<code>fail-on: never</code>)'
      : `the check fails on ${failOn}s${failOn === 'error' ? '' : ' and above'}`;
  return `## ${icon} Procfile: ${title}\n\n<p>${checked} for ${escapeHtml(platformName)}; ${policy}.</p>`;
}

/** The rows that fit in `limit` and the budget, in order; the rest are counted. */
function fittingRows<T>(
  items: readonly T[],
  limit: number,
  budget: Budget,
  render: (item: T) => string[],
): { rows: string[]; hidden: number } {
  const rows: string[] = [];
  for (const item of items.slice(0, limit)) {
    const row = tableRow(render(item));
    if (!budget.take(row)) break;
    rows.push(row);
  }
  return { rows, hidden: items.length - rows.length };
}

function processesSection(result: LintResult, budget: Budget): string {
  if (!result.procfile) return '';
  if (result.processes.length === 0) return '### Processes\n\n<p>None: the platform would start nothing from this Procfile.</p>';
  const { rows, hidden } = fittingRows(result.processes, SUMMARY_LIMITS.processes, budget, (process) => [
    shortCode(process.type, SUMMARY_LIMITS.nameLength),
    shortCode(process.command, SUMMARY_LIMITS.commandLength),
    String(process.line),
  ]);
  const note =
    hidden > 0
      ? `\n\n<p>${hidden} more ${hidden === 1 ? 'process' : 'processes'} not shown; the <code>process-types</code> output lists every type.</p>`
      : '';
  return `### Processes\n\n${tableOfRows(['Type', 'Command', 'Line'], rows)}${note}`;
}

function findingsSection(result: LintResult, budget: Budget, elsewhere: readonly string[]): string {
  if (result.findings.length === 0) return '';
  const { rows, hidden } = fittingRows(result.findings, SUMMARY_LIMITS.findings, budget, (finding) => [
    `${ICON[finding.severity]} ${finding.severity}`,
    `<a href="${ruleDocsUrl(finding.rule)}">${escapeHtml(finding.rule)}</a>`,
    `${shortCode(finding.file, SUMMARY_LIMITS.pathLength)}:${finding.line}:${finding.column}`,
    messageHtml(truncate(finding.message, SUMMARY_LIMITS.messageLength)),
  ]);
  const places = [...elsewhere, 'the output of the CLI with <code>--format json</code>'];
  const note =
    hidden > 0
      ? `\n\n<p>${hidden} more ${hidden === 1 ? 'finding' : 'findings'} not shown, to keep the summary within GitHub's 1 MiB; every finding is in ${joinOr(places)}.</p>`
      : '';
  return `### Findings\n\n${tableOfRows(['Severity', 'Rule', 'Where', 'Message'], rows)}${note}`;
}
