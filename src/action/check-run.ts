/**
 * Creates the check run through the Checks API. @actions/github is imported here, on demand, so that runs without
 * `check-run: true` never load it. A refusal (a fork's read-only token, no `checks: write`) or any other API
 * failure is an outcome to report in one line, never an error: the step's result stays governed by `fail-on`.
 */
import type { CheckRunRequests } from '../report/check-run.js';
import { isFork, type ActionEvent } from './event.js';

export type CheckRunOutcome =
  | { ok: true; url: string; annotated: number }
  /** `annotated` findings (the first ones, in file order) did reach the check run before it failed. */
  | { ok: false; annotated: number; level: 'notice' | 'warning'; message: string };

const TIMEOUT_MS = 60_000;

const GRANT = 'The token needs `checks: write`: add `permissions: checks: write` to the job (pull requests from forks never get it).';
const INSTEAD = 'The findings are in the annotations and the job summary instead.';

export async function publishCheckRun(requests: CheckRunRequests, event: ActionEvent, token: string): Promise<CheckRunOutcome> {
  if (!token) return refused(0, 'warning', `procfile-lint: no check run: \`check-run\` is on but \`github-token\` is empty. ${INSTEAD}`);
  if (!event.repository)
    return refused(0, 'warning', `procfile-lint: no check run: GITHUB_REPOSITORY does not name a repository. ${INSTEAD}`);
  const { owner, repo } = event.repository;
  let annotated = 0;
  try {
    const { getOctokit } = await import('@actions/github');
    // `redirect: 'error'`: the token goes to GITHUB_API_URL and nowhere else, not even where that server redirects to.
    const request = { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' as const };
    const octokit = getOctokit(token, { baseUrl: event.apiUrl, request });
    const created = await octokit.rest.checks.create({ owner, repo, ...requests.create });
    annotated += requests.create.output.annotations.length;
    for (const output of requests.updates) {
      await octokit.rest.checks.update({ owner, repo, check_run_id: created.data.id, output });
      annotated += output.annotations.length;
    }
    return { ok: true, url: created.data.html_url ?? '', annotated };
  } catch (error) {
    return explain(error, annotated, event);
  }
}

function explain(error: unknown, annotated: number, event: ActionEvent): CheckRunOutcome {
  const status = statusOf(error);
  const detail = detailOf(error);
  if (annotated > 0) {
    return refused(
      annotated,
      'warning',
      `procfile-lint: the check run holds only the first ${annotated} annotations: updating it failed (${detail}). The rest are annotated in the log.`,
    );
  }
  if (status === 403 && event.name === 'pull_request' && event.pullRequest && isFork(event.pullRequest)) {
    return refused(
      0,
      'notice',
      `procfile-lint: no check run: this pull request comes from a fork, and GitHub gives workflows on fork pull requests a read-only token (${detail}). ${INSTEAD}`,
    );
  }
  if (status === 403 || status === 404)
    return refused(0, 'warning', `procfile-lint: no check run: the token may not create one (${detail}). ${GRANT} ${INSTEAD}`);
  return refused(0, 'warning', `procfile-lint: no check run: ${detail}. ${INSTEAD}`);
}

function refused(annotated: number, level: 'notice' | 'warning', message: string): CheckRunOutcome {
  return { ok: false, annotated, level, message };
}

/** The HTTP status GitHub answered with; undefined when no answer came (Octokit reports that as a 500 without a response). */
function statusOf(error: unknown): number | undefined {
  const { status, response } = (error ?? {}) as { status?: unknown; response?: unknown };
  return typeof status === 'number' && response !== undefined ? status : undefined;
}

/** `the GitHub API answered HTTP 403: Resource not accessible by integration`, cut short. */
function detailOf(error: unknown): string {
  const status = statusOf(error);
  const message = (error instanceof Error ? error.message : String(error)).split(' - http')[0]?.slice(0, 200) ?? '';
  return status === undefined ? `the GitHub API could not be reached: ${message}` : `the GitHub API answered HTTP ${status}: ${message}`;
}
