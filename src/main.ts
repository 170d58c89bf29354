/** The GitHub Action: inputs -> engine -> reporters. Everything GitHub-specific stays in this file and report/. */
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { readInputs } from './action/inputs.js';
import { failingCount } from './engine/fail-on.js';
import { lint } from './engine/lint.js';
import { printable, visible } from './engine/quote.js';
import { UsageError, type LintResult, type Severity } from './engine/types.js';
import { findPlatform } from './platforms/index.js';
import { annotate } from './report/annotations.js';
import { outputsOf } from './report/outputs.js';
import { renderSummary } from './report/summary.js';
import { formatText, plural } from './report/text.js';

const EMIT = { error: core.error, warning: core.warning, notice: core.notice } satisfies Record<Severity, unknown>;

export async function run(): Promise<void> {
  maskToken();
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const result = lint({ workspace, path: inputs.path, platform: inputs.platform });
    const failing = failingCount(result, inputs.failOn);

    if (inputs.annotations) annotate(result.findings, (severity, message, properties) => EMIT[severity](message, properties));
    logReport(result);
    for (const [name, value] of Object.entries(outputsOf(result))) core.setOutput(name, value);
    if (inputs.summary) {
      const platformName = findPlatform(result.platform)?.name ?? result.platform;
      await core.summary.addRaw(renderSummary(result, { failOn: inputs.failOn, failed: failing > 0, platformName })).write();
    }
    if (failing > 0) core.setFailed(failureReason(result, failing, inputs.failOn));
  } catch (error) {
    // A usage error quotes the `path` input, which may come from the pull request (a branch or directory name).
    const message = printable(error instanceof Error ? error.message : String(error));
    core.setFailed(error instanceof UsageError ? message : `procfile-lint crashed: ${message}`);
  }
}

/**
 * A `github-token` input is masked before anything is written, so that no later log line, debug output included,
 * can show it. The action does not use a token yet; the input is read here so that it is safe from the start.
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
