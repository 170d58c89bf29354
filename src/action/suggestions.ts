/**
 * Posts the suggested changes (src/report/suggestions.ts) as one pull-request review, and brings procfile-lint's
 * earlier comments up to date: the same key with a new body is edited, a key no longer suggested is marked resolved.
 * A refusal (a fork's read-only token, no `pull-requests: write`) is one notice, never an error: the findings are
 * annotated anyway. @actions/http-client is the client the changed-files listing already uses.
 */
import { HttpClient, HttpClientError } from '@actions/http-client';
import { BearerCredentialHandler } from '@actions/http-client/lib/auth';
import { resolvedBody, suggestionKey, type SuggestionComment } from '../report/suggestions.js';
import type { ActionEvent } from './event.js';

const TIMEOUT_MS = 15_000;
const PAGE_SIZE = 100;
const MAX_PAGES = 10;
const HEADERS = { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28', 'Content-Type': 'application/json' };

export type SuggestionsOutcome =
  { ok: true; created: number; updated: number; resolved: number } | { ok: false; level: 'notice' | 'warning'; message: string };

const INSTEAD = 'The findings are annotated instead.';

export async function publishSuggestions(
  comments: readonly SuggestionComment[],
  event: ActionEvent,
  token: string,
): Promise<SuggestionsOutcome> {
  const pullRequest = event.pullRequest;
  if (!pullRequest || !event.repository) return { ok: true, created: 0, updated: 0, resolved: 0 };
  if (!token)
    return {
      ok: false,
      level: 'warning',
      message: `procfile-lint: no suggested changes: \`suggestions\` is on but \`github-token\` is empty. ${INSTEAD}`,
    };
  const base = `${event.apiUrl}/repos/${event.repository.owner}/${event.repository.repo}/pulls`;
  const client = new HttpClient('procfile-lint', [new BearerCredentialHandler(token)], { socketTimeout: TIMEOUT_MS });
  try {
    const earlier = await ownComments(client, `${base}/${pullRequest.number}/comments`);
    const wanted = new Map(comments.map((comment) => [comment.key, comment]));
    let updated = 0;
    let resolved = 0;
    for (const [key, { id, body }] of earlier) {
      const next = wanted.get(key)?.body ?? resolvedBody(key);
      if (next === body) continue;
      await send(client, 'PATCH', `${base}/comments/${id}`, { body: next });
      if (wanted.has(key)) updated++;
      else resolved++;
    }
    const fresh = comments.filter((comment) => !earlier.has(comment.key));
    if (fresh.length > 0) {
      await send(client, 'POST', `${base}/${pullRequest.number}/reviews`, {
        commit_id: pullRequest.headSha,
        event: 'COMMENT',
        body: `procfile-lint suggests ${fresh.length === 1 ? 'a fix' : `${fresh.length} fixes`} for the Procfile.`,
        comments: fresh.map((comment) => ({
          path: comment.path,
          line: comment.line,
          side: 'RIGHT',
          ...(comment.startLine ? { start_line: comment.startLine, start_side: 'RIGHT' } : {}),
          body: comment.body,
        })),
      });
    }
    return { ok: true, created: fresh.length, updated, resolved };
  } catch (error) {
    return refusal(error);
  } finally {
    client.dispose();
  }
}

/** procfile-lint's own review comments on the pull request, by key. */
async function ownComments(client: HttpClient, url: string): Promise<Map<string, { id: number; body: string }>> {
  const own = new Map<string, { id: number; body: string }>();
  for (let page = 1; page <= MAX_PAGES; page++) {
    const response = await client.getJson<unknown>(`${url}?per_page=${PAGE_SIZE}&page=${page}`, HEADERS);
    if (response.statusCode !== 200) throw new HttpClientError(`HTTP ${response.statusCode}`, response.statusCode);
    const items = Array.isArray(response.result) ? response.result : [];
    for (const item of items) {
      const { id, body } = (item ?? {}) as { id?: unknown; body?: unknown };
      const key = typeof body === 'string' ? suggestionKey(body) : null;
      if (key !== null && typeof id === 'number' && typeof body === 'string' && !own.has(key)) own.set(key, { id, body });
    }
    if (items.length < PAGE_SIZE) break;
  }
  return own;
}

async function send(client: HttpClient, method: 'POST' | 'PATCH', url: string, body: unknown): Promise<void> {
  const response = await client.request(method, url, JSON.stringify(body), HEADERS);
  const status = response.message.statusCode ?? 0;
  await response.readBody();
  if (status < 200 || status >= 300) throw new HttpClientError(`HTTP ${status}`, status);
}

function refusal(error: unknown): SuggestionsOutcome {
  if (error instanceof HttpClientError && (error.statusCode === 403 || error.statusCode === 404)) {
    return {
      ok: false,
      level: 'notice',
      message: `procfile-lint: no suggested changes: the token may not review this pull request (HTTP ${error.statusCode}); it needs \`permissions: pull-requests: write\`, which pull requests from forks never get. ${INSTEAD}`,
    };
  }
  const detail =
    error instanceof HttpClientError ? `the GitHub API answered HTTP ${error.statusCode}` : 'the GitHub API could not be reached';
  return { ok: false, level: 'warning', message: `procfile-lint: no suggested changes: ${detail}. ${INSTEAD}` };
}
