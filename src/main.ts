/** The GitHub Action: inputs -> engine -> reporters. Everything GitHub-specific stays in action/ and report/. */
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { listChangedFiles } from './action/changed-files.js';
import type { CheckRunOutcome } from './action/check-run.js';
import { checkRunsNote, publishCheckRuns } from './action/check-runs.js';
import { suggestChanges } from './action/suggest-changes.js';
import { readEvent, type ActionEvent } from './action/event.js';
import { sarifTarget } from './action/sarif-target.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { scopeFindings } from './action/fail-scope.js';
import { failingFindings } from './engine/fail-on.js';
import { combineApps, lintApps, platformName, type AppRun } from './each-app.js';
import { printable, quote, visible } from './engine/quote.js';
import { UsageError, type LintResult, type Severity } from './engine/types.js';
import { writeFileInside, type WriteProblem } from './engine/workspace.js';
import { RULES } from './rules/index.js';
import { annotate, unannotatedMessage } from './report/annotations.js';
import { appHeadingHtml, appsOverviewHtml, type AppVerdict } from './report/apps.js';
import { checkRunName } from './report/check-run.js';
import { code, escapeHtml } from './report/html.js';
import { outputsOf } from './report/outputs.js';
import { renderPullRequestSection, type ChangedFiles } from './report/pull-request.js';
import { formatSarifRuns } from './report/sarif.js';
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
    const request = { paths: inputs.paths, auto: inputs.apps === 'auto', source: "Input 'path'" };
    const linted = await lintApps({ workspace, platform, language, rules }, request);
    for (const note of linted.notes) core.warning(`procfile-lint: ${note}`);
    // Annotations, suggestions and the totals take every app's findings; each app has its section, check run and SARIF run.
    const result = combineApps(linted.apps);
    const appPaths = linted.apps.map((app) => app.path);
    const event = readEvent();
    const wantsSummary = inputs.summary || inputs.checkRun;
    const changes =
      event.pullRequest && (wantsSummary || inputs.failScope === 'changed') ? await listChangedFiles(event, inputs.githubToken) : null;
    const judged = linted.apps.map((app) => judge(app, inputs, changes, linted.single));
    const failing = judged.reduce((sum, app) => sum + app.failing, 0);

    const sarifWritten = inputs.sarifFile ? writeSarif(workspace, inputs.sarifFile, linted.apps) : false;
    const pullRequest = wantsSummary ? pullRequestSection(event, changes, appPaths) : '';
    const notes = [...new Set(judged.map((app) => app.note).filter(Boolean))];
    const scopeNote = notes.map((note) => `\n<p>${escapeHtml(note)}</p>\n`).join('');
    for (const note of notes) core.info(`procfile-lint: ${note}`);
    const elsewhere = [
      ...(inputs.checkRun ? [`the <code>${linted.single ? 'Procfile' : 'Procfile (…)'}</code> check run`] : []),
      ...(sarifWritten ? [`the SARIF file ${code(inputs.sarifFile)}`] : []),
    ];
    const overview = linted.single ? '' : appsOverviewHtml(judged);
    // What follows the summary (the scope note, the pull request section, the note on annotations) is bounded: it takes its room first.
    const budget = SUMMARY_BYTES - Buffer.byteLength(overview + pullRequest + scopeNote) - NOTE_BYTES;
    // Each app and platform gets an equal share of the budget.
    const share = Math.floor(budget / linted.apps.reduce((sum, app) => sum + app.results.length, 0));
    const sections = judged.map((app) => appSummary(app, { inputs, changes, share, elsewhere, single: linted.single }));
    const summary = overview + sections.join('\n') + scopeNote + pullRequest;
    const checkRuns = inputs.checkRun
      ? await publishCheckRuns(judged, sections, { event, token: inputs.githubToken, closing: scopeNote + pullRequest, emit: EMIT })
      : [];
    if (inputs.suggestions) await suggestChanges(result, event, inputs, workspace, EMIT);
    const note = annotateFindings(judged, inputs, checkRuns, failing > 0, sarifWritten);
    for (const app of linted.apps) for (const each of app.results) logReport(each);
    for (const [name, value] of Object.entries(outputsOf(result, linted.apps))) core.setOutput(name, value);
    if (inputs.summary) await core.summary.addRaw(summary + note).write();
    if (failing > 0) core.setFailed(failureReason(judged, failing, inputs.failOn));
  } catch (error) {
    // A usage error quotes the `path` input, which may come from the pull request (a branch or directory name).
    const message = printable(error instanceof Error ? error.message : String(error));
    core.setFailed(error instanceof UsageError ? message : `procfile-lint crashed: ${message}`);
  }
}

interface JudgedApp extends AppVerdict {
  results: LintResult[];
  /** Findings at or above `fail-on` within `fail-scope`. */
  failing: number;
  /** Why some findings do not count (fail-scope), or ''. */
  note: string;
  /** The check run's name: `Procfile` in a single-app run, else `Procfile (<path>)`. */
  checkRunName: string;
}

function judge(app: AppRun, inputs: ActionInputs, changes: ChangedFiles | null, single: boolean): JudgedApp {
  const scope = scopeFindings(app.result.findings, inputs.failScope, changes, app.path);
  const failing = failingFindings(scope.counted, inputs.failOn);
  const note = scope.note && !single ? `${app.path}: ${scope.note}` : scope.note;
  return { ...app, failing, failed: failing > 0, note, checkRunName: checkRunName(single ? null : app.path) };
}

interface SummaryContext {
  inputs: ActionInputs;
  changes: ChangedFiles | null;
  /** Bytes each platform's section of each app may take. */
  share: number;
  elsewhere: string[];
  single: boolean;
}

/** An app's part of the job summary: one section per platform, under the app's heading when there are several apps. */
function appSummary(app: JudgedApp, { inputs, changes, share, elsewhere, single }: SummaryContext): string {
  const sections = app.results.map((each) => {
    const failed = failingFindings(scopeFindings(each.findings, inputs.failScope, changes, app.path).counted, inputs.failOn) > 0;
    return renderSummary(each, { failOn: inputs.failOn, failed, platformName: platformName(each.platform), budget: share, elsewhere });
  });
  return (single ? '' : `\n${appHeadingHtml(app.path)}\n`) + sections.join('\n');
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
function writeSarif(workspace: string, file: string, apps: readonly AppRun[]): boolean {
  const runs = apps.map((app) => ({ result: app.result, appPath: app.path }));
  const target = sarifTarget(workspace, file, process.env.RUNNER_TEMP);
  const outcome = writeFileInside(
    target.root,
    target.file,
    formatSarifRuns(
      runs,
      RULES.map((rule) => rule.meta),
    ),
  );
  if (outcome.ok) return true;
  core.warning(
    `procfile-lint: the SARIF file was not written: the \`sarif-file\` input ${quote(file)} ${SARIF_PROBLEMS[outcome.problem]}. The annotations, the job summary and the outputs are complete without it.`,
  );
  return false;
}

function pullRequestSection(event: ActionEvent, changes: ChangedFiles | null, appPaths: readonly string[]): string {
  if (!event.pullRequest || !changes) return '';
  const section = renderPullRequestSection({ number: event.pullRequest.number, eventName: event.name, changes, appPath: appPaths });
  return `\n${section}\n`;
}

/**
 * Workflow-command annotations for what the check runs do not carry, most severe first within the step's limit,
 * with a line in the log about the rest. Returns the note for the job summary.
 */
function annotateFindings(
  apps: readonly JudgedApp[],
  inputs: ActionInputs,
  checkRuns: readonly CheckRunOutcome[],
  failed: boolean,
  sarifWritten: boolean,
): string {
  const findings = apps.reduce((sum, app) => sum + app.result.findings.length, 0);
  if (checkRuns.length > 0 && checkRuns.every((outcome) => outcome.ok)) return findings > 0 ? checkRunsNote(apps, checkRuns) : '';
  if (!inputs.annotations) return '';
  // The failure message and the check runs' refusals are annotations too, and take room in the step's limit.
  const reserved: Partial<Record<Severity, number>> = { error: failed ? 1 : 0 };
  for (const outcome of new Set(checkRuns)) if (!outcome.ok) reserved[outcome.level] = (reserved[outcome.level] ?? 0) + 1;
  const left = apps.flatMap((app, index) => {
    const outcome = checkRuns[index];
    return outcome?.ok ? [] : app.result.findings.slice(outcome?.annotated ?? 0);
  });
  const plan = annotate(left, (severity, message, properties) => EMIT[severity](message, properties), reserved);
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

function failureReason(apps: readonly JudgedApp[], failing: number, failOn: string): string {
  const failed = apps.filter((app) => app.failed);
  const where =
    apps.length === 1
      ? apps[0]?.result.procfile
        ? visible(apps[0].result.procfile)
        : 'the app root'
      : `${plural(failed.length, 'app')} (${failed.map((app) => visible(app.path)).join(', ')})`;
  return `${where}: ${plural(failing, 'finding')} at or above fail-on: ${failOn} (see the annotations and the job summary).`;
}
