/**
 * The files a pull request changes, from the REST API (`pulls.listFiles`). The default shallow checkout holds only
 * one commit, so git cannot tell. Any failure gives "unknown" with the reason: this is information for the summary,
 * never a reason to fail the step. @actions/http-client is the client @actions/core already loads.
 */
import { HttpClient, HttpClientError } from '@actions/http-client';
import { BearerCredentialHandler } from '@actions/http-client/lib/auth';
import type { ChangedFile, ChangedFiles } from '../report/pull-request.js';
import type { ActionEvent } from './event.js';

const PAGE_SIZE = 100;
/** The API lists at most 3000 files of a pull request. */
const MAX_PAGES = 30;
const TIMEOUT_MS = 15_000;

export async function listChangedFiles(event: ActionEvent, token: string): Promise<ChangedFiles> {
  if (!event.pullRequest || !event.repository) return { known: false, reason: 'the event names no pull request' };
  if (!token) return { known: false, reason: 'no github-token was given' };
  const { owner, repo } = event.repository;
  const base = `${event.apiUrl}/repos/${owner}/${repo}/pulls/${event.pullRequest.number}/files`;
  // No redirects: @actions/http-client keeps the token on a redirect to the same host name on another port, and adds
  // it again through the handler. The API answers this request directly; a redirect is reported, not followed.
  const client = new HttpClient('procfile-lint', [new BearerCredentialHandler(token)], {
    socketTimeout: TIMEOUT_MS,
    allowRedirects: false,
  });
  const files: ChangedFile[] = [];
  try {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const items = await fetchPage(client, `${base}?per_page=${PAGE_SIZE}&page=${page}`);
      files.push(...items);
      if (items.length < PAGE_SIZE) return { known: true, files, complete: true };
    }
    return { known: true, files, complete: false };
  } catch (error) {
    return { known: false, reason: failureReason(error) };
  } finally {
    client.dispose();
  }
}

async function fetchPage(client: HttpClient, url: string): Promise<ChangedFile[]> {
  const response = await client.getJson<unknown>(url, {
    Accept: 'application/vnd.github+json',
    'X-GitHub-Api-Version': '2022-11-28',
  });
  if (response.statusCode !== 200) throw new HttpClientError(`HTTP ${response.statusCode}`, response.statusCode);
  if (!Array.isArray(response.result)) throw new Error('the API answered with something other than a list of files');
  return response.result.flatMap(changedFile);
}

function changedFile(item: unknown): ChangedFile[] {
  if (typeof item !== 'object' || item === null) return [];
  const { filename, status, previous_filename: previous, patch } = item as Record<string, unknown>;
  if (typeof filename !== 'string' || typeof status !== 'string') return [];
  return [
    {
      path: filename,
      status,
      ...(typeof previous === 'string' ? { previousPath: previous } : {}),
      ...(typeof patch === 'string' ? { patch } : {}),
    },
  ];
}

function failureReason(error: unknown): string {
  if (error instanceof HttpClientError) {
    if (error.statusCode === 403 || error.statusCode === 404) {
      return `the token may not read the pull request (HTTP ${error.statusCode}); grant it \`pull-requests: read\``;
    }
    return `the GitHub API answered HTTP ${error.statusCode}`;
  }
  return `the GitHub API could not be reached (${error instanceof Error ? error.message : String(error)})`;
}
