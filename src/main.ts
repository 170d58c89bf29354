/** The GitHub Action: inputs -> engine -> reporters. Everything GitHub-specific stays in action/ and report/. */
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { listChangedFiles } from './action/changed-files.js';
import { publishCheckRun, type CheckRunOutcome } from './action/check-run.js';
import { suggestChanges } from './action/suggest-changes.js';
import { readEvent, type ActionEvent } from './action/event.js';
import { sarifTarget } from './action/sarif-target.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { scopeFindings } from './action/fail-scope.js';
import { failingFindings } from './engine/fail-on.js';
import { lintEach, mergeResults } from './each-platform.js';
import { printable, quote, visible } from './engine/quote.js';
import { UsageError, type LintResult, type Severity } from './engine/types.js';
import { writeFileInside, type WriteProblem } from './engine/workspace.js';
import { findPlatform } from './platforms/index.js';
import { RULES } from './rules/index.js';
import { annotate, unannotatedMessage } from './report/annotations.js';
import { checkRunRequests } from './report/check-run.js';
import { code, escapeHtml } from './report/html.js';
import { outputsOf } from './report/outputs.js';
import { renderPullRequestSection, type ChangedFiles } from './report/pull-request.js';
import { formatSarif } from './report/sarif.js';
import { renderSummary, SUMMARY_BYTES } from './report/summary.js';
import { formatText, plural } from './report/text.js';

/** Room for the note on annotations that closes the job summary (a few hundred bytes of trusted text). */
const NOTE_BYTES = 2048;

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
    const event = readEvent();
    const wantsSummary = inputs.summary || inputs.checkRun;
    const changes =
      event.pullRequest && (wantsSummary || inputs.failScope === 'changed') ? await listChangedFiles(event, inputs.githubToken) : null;
    const scope = scopeFindings(result.findings, inputs.failScope, changes, inputs.path);
    const failing = failingFindings(scope.counted, inputs.failOn);

    const sarifWritten = inputs.sarifFile ? writeSarif(workspace, inputs.sarifFile, result, inputs.path) : false;
    const pullRequest = wantsSummary ? pullRequestSection(event, changes, inputs) : '';
    const scopeNote = scope.note ? `\n<p>${escapeHtml(scope.note)}</p>\n` : '';
    if (scope.note) core.info(`procfile-lint: ${scope.note}`);
    const elsewhere = [
      ...(inputs.checkRun ? ['the <code>Procfile</code> check run'] : []),
      ...(sarifWritten ? [`the SARIF file ${code(inputs.sarifFile)}`] : []),
    ];
    // What follows the summary (the scope note, the pull request section, the note on annotations) is bounded: it takes its room first.
    const budget = SUMMARY_BYTES - Buffer.byteLength(pullRequest) - Buffer.byteLength(scopeNote) - NOTE_BYTES;
    // Each platform's section gets an equal share of the budget.
    const share = Math.floor(budget / results.length);
    const sections = results.map((each) => {
      const failed = failingFindings(scopeFindings(each.findings, inputs.failScope, changes, inputs.path).counted, inputs.failOn) > 0;
      return renderSummary(each, { failOn: inputs.failOn, failed, platformName: nameOf(each.platform), budget: share, elsewhere });
    });
    const summary = sections.join('\n') + scopeNote + pullRequest;
    const checkRun = inputs.checkRun ? await createCheckRun(result, event, inputs, failing > 0, summary) : null;
    if (inputs.suggestions) await suggestChanges(result, event, inputs, workspace, EMIT);
    const note = annotateFindings(result, inputs, checkRun, failing > 0, sarifWritten);
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

const SARIF_PROBLEMS: Record<WriteProblem, string> = {
  outside:
    'is outside the workspace (a symbolic link or `..` leads out of it); give a path inside the repository checkout, or an absolute one inside `${{ runner.temp }}`',
  'into-git': "is inside `.git`, which holds git's own files; give another path",
  'not-a-folder': 'has a file where a folder should be',
  directory: 'is a folder, not a file',
  'not-regular': 'is not a regular file (a FIFO, a socket or a device)',
  permission: 'may not be written (permission denied)',
  'io-error': 'could not be written (an I/O error)',
};

/** SARIF is best-effort: a path that cannot be written is one warning, and the rest of the run goes on. */
function writeSarif(workspace: string, file: string, result: LintResult, appPath: string): boolean {
  const target = sarifTarget(workspace, file, process.env.RUNNER_TEMP);
  const outcome = writeFileInside(
    target.root,
    target.file,
    formatSarif(
      result,
      RULES.map((rule) => rule.meta),
      { appPath },
    ),
  );
  if (outcome.ok) return true;
  core.warning(
    `procfile-lint: the SARIF file was not written: the \`sarif-file\` input ${quote(file)} ${SARIF_PROBLEMS[outcome.problem]}. The annotations, the job summary and the outputs are complete without it.`,
  );
  return false;
}

function pullRequestSection(event: ActionEvent, changes: ChangedFiles | null, inputs: ActionInputs): string {
  if (!event.pullRequest || !changes) return '';
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
function annotateFindings(
  result: LintResult,
  inputs: ActionInputs,
  checkRun: CheckRunOutcome | null,
  failed: boolean,
  sarifWritten: boolean,
): string {
  if (checkRun?.ok) {
    return result.findings.length > 0
      ? `\n<p>Every finding is annotated on the <a href="${escapeHtml(checkRun.url)}">Procfile check run</a>.</p>\n`
      : '';
  }
  if (!inputs.annotations) return '';
  // The failure message and the check run's refusal are annotations too, and take room in the step's limit.
  const reserved = { error: failed ? 1 : 0, ...(checkRun ? { [checkRun.level]: 1 } : {}) };
  const plan = annotate(
    result.findings.slice(checkRun?.annotated ?? 0),
    (severity, message, properties) => EMIT[severity](message, properties),
    reserved,
  );
  if (plan.hidden.length === 0) return '';
  const places = [
    ...(inputs.summary ? ['the findings table of the job summary'] : []),
    ...(sarifWritten ? [`the SARIF file ${quote(inputs.sarifFile)}`] : []),
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
