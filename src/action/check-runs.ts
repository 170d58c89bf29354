/** A check run per app of the run, and the note of the job summary that links them. */
import type { LintResult } from '../engine/types.js';
import { checkRunRequests } from '../report/check-run.js';
import { escapeHtml } from '../report/html.js';
import { publishCheckRun, type CheckRunOutcome } from './check-run.js';
import type { ActionEvent } from './event.js';

export interface CheckRunApp {
  result: LintResult;
  /** `Procfile`, or `Procfile (<path>)` (report/check-run.ts, checkRunName). */
  checkRunName: string;
  failed: boolean;
}

export interface CheckRunsContext {
  event: ActionEvent;
  token: string;
  /** What closes each check run's summary (the fail-scope note, the pull request section). */
  closing: string;
  emit: Record<'notice' | 'warning', (message: string) => void>;
}

/**
 * A check run per app, or why there is none: said in one annotation line of its own. After a refusal that took no
 * annotation (a fork's read-only token), the other apps are not tried: the answer would be the same.
 */
export async function publishCheckRuns(
  apps: readonly CheckRunApp[],
  summaries: readonly string[],
  { event, token, closing, emit }: CheckRunsContext,
): Promise<CheckRunOutcome[]> {
  const outcomes: CheckRunOutcome[] = [];
  for (const [index, app] of apps.entries()) {
    const refused = outcomes.find((outcome) => !outcome.ok && outcome.annotated === 0);
    if (refused) {
      outcomes.push(refused);
      continue;
    }
    const summary = `${summaries[index] ?? ''}${closing}`;
    const requests = checkRunRequests(app.result, { name: app.checkRunName, headSha: event.sha, failed: app.failed, summary });
    const outcome = await publishCheckRun(requests, event, token);
    if (!outcome.ok) emit[outcome.level](outcome.message);
    outcomes.push(outcome);
  }
  return outcomes;
}

export function checkRunsNote(apps: readonly CheckRunApp[], checkRuns: readonly CheckRunOutcome[]): string {
  const links = apps.map((app, index) => {
    const outcome = checkRuns[index];
    const url = outcome?.ok ? outcome.url : '';
    return `<a href="${escapeHtml(url)}">${escapeHtml(app.checkRunName)} check run</a>`;
  });
  return links.length === 1
    ? `\n<p>Every finding is annotated on the ${links[0]}.</p>\n`
    : `\n<p>Every finding is annotated on its app's check run: ${links.join(', ')}.</p>\n`;
}
