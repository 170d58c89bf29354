/** The GitHub Action: inputs -> engine -> reporters. Everything GitHub-specific stays in action/ and report/. */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import { listChangedFiles } from './action/changed-files.js';
import { publishCheckRun, type CheckRunOutcome } from './action/check-run.js';
import { readEvent, type ActionEvent } from './action/event.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { failingCount } from './engine/fail-on.js';
import { lintEach, mergeResults } from './each-platform.js';
import { printable, visible } from './engine/quote.js';
import { UsageError, type LintResult, type Severity } from './engine/types.js';
import { findPlatform } from './platforms/index.js';
import { RULES } from './rules/index.js';
import { annotate, unannotatedMessage } from './report/annotations.js';
import { checkRunRequests } from './report/check-run.js';
import { escapeHtml } from './report/html.js';
import { outputsOf } from './report/outputs.js';
import { renderPullRequestSection } from './report/pull-request.js';
import { formatSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { formatText, plural } from './report/text.js';

const EMIT = { error: core.error, warning: core.warning, notice: core.notice } satisfies Record<Severity, unknown>;

export async function run(): Promise<void> {
  maskToken();
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const { platform, language, rules } = inputs;
    const results = await lintEach({ workspace, path: inputs.path, platform, language, rules });
    const nameOf = (id: string) => findPlatform(id)?.name ?? id;
    // Several platforms: one summary section each; annotations, outputs and SARIF carry every platform's findings.
    const result = mergeResults(results, nameOf);
    const failing = failingCount(result, inputs.failOn);
    const event = readEvent();

    if (inputs.sarifFile) writeSarif(path.resolve(workspace, inputs.sarifFile), result);
    const wantsSummary = inputs.summary || inputs.checkRun;
    const pullRequest = wantsSummary ? await pullRequestSection(event, inputs) : '';
    const summary =
      results
        .map((each) => renderSummary(each, { failOn: inputs.failOn, failed: failingCount(each, inputs.failOn) > 0, platformName: nameOf(each.platform) }))
        .join('\n') + pullRequest;
    const checkRun = inputs.checkRun ? await createCheckRun(result, event, inputs, failing > 0, summary) : null;
    const note = annotateFindings(result, inputs, checkRun, failing > 0);
    for (const each of results) logReport(each);
    for (const [name, value] of Object.entries(outputsOf(result))) core.setOutput(name, value);
    if (inputs.summary) await core.summary.addRaw(summary + note).write();
    if (failing > 0) core.setFailed(failureReason(result, failing, inputs.failOn));
  } catch (error) {
    // A usage error quotes the `path` input, which may come from the pull request (a branch or directory name).
    const message = printable(error instanceof Error ? error.message : String(error));
    core.setFailed(error instanceof UsageError ? message : `procfile-lint crashed: ${message}`);
  }
}

function writeSarif(file: string, result: LintResult): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, formatSarif(result, RULES.map((rule) => rule.meta)));
}

async function pullRequestSection(event: ActionEvent, inputs: ActionInputs): Promise<string> {
  if (!event.pullRequest) return '';
  const changes = await listChangedFiles(event, inputs.githubToken);
  const section = renderPullRequestSection({ number: event.pullRequest.number, eventName: event.name, changes, appPath: inputs.path });
  return `\n${section}\n`;
}

/** The check run, or why there is none: said in one annotation line of its own. */
async function createCheckRun(result: LintResult, event: ActionEvent, inputs: ActionInputs, failed: boolean, summary: string) {
  const outcome = await publishCheckRun(checkRunRequests(result, { headSha: event.sha, failed, summary }), event, inputs.githubToken);
  if (!outcome.ok) EMIT[outcome.level](outcome.message);
  return outcome;
}

/**
 * Workflow-command annotations for what the check run does not carry, most severe first within the step's limit,
 * with a line in the log about the rest. Returns the note for the job summary.
 */
function annotateFindings(result: LintResult, inputs: ActionInputs, checkRun: CheckRunOutcome | null, failed: boolean): string {
  if (checkRun?.ok) {
    return result.findings.length > 0 ? `\n<p>Every finding is annotated on the <a href="${escapeHtml(checkRun.url)}">Procfile check run</a>.</p>\n` : '';
  }
  if (!inputs.annotations) return '';
  // The failure message and the check run's refusal are annotations too, and take room in the step's limit.
  const reserved = { error: failed ? 1 : 0, ...(checkRun ? { [checkRun.level]: 1 } : {}) };
  const plan = annotate(result.findings.slice(checkRun?.annotated ?? 0), (severity, message, properties) => EMIT[severity](message, properties), reserved);
  if (plan.hidden.length === 0) return '';
  const places = [
    ...(inputs.summary ? ['the findings table of the job summary'] : []),
    ...(inputs.sarifFile ? [`the SARIF file (${inputs.sarifFile})`] : []),
  ];
  const hint = inputs.checkRun ? '' : ' With `check-run: true`, a check run carries every finding as an annotation.';
  const message = `${unannotatedMessage(plan.hidden, places)}${hint}`;
  core.info(`procfile-lint: ${message}`);
  return `\n<p>⚠️ ${escapeHtml(message)}</p>\n`;
}

/**
 * A `github-token` input is masked before anything is written, so that no later log line, debug output included,
 * can show it. It is read before the other inputs, whose validation may fail.
 */
function maskToken(): void {
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
}

/** The text report, with workflow commands switched off around it: it quotes text from the pull request. */
function logReport(result: LintResult): void {
  const token = randomUUID();
  core.startGroup('procfile-lint report');
  core.info(`::stop-commands::${token}`);
  core.info(formatText(result).trimEnd());
  core.info(`::${token}::`);
  core.endGroup();
}

function failureReason(result: LintResult, failing: number, failOn: string): string {
  const where = result.procfile ? visible(result.procfile) : 'the app root';
  return `${where}: ${plural(failing, 'finding')} at or above fail-on: ${failOn} (see the annotations and the job summary).`;
}
