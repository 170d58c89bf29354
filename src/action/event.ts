/**
 * What the action needs from the event that started the workflow, read from the runner's environment and the
 * event payload (GITHUB_EVENT_PATH). A small reader of our own instead of @actions/github's `context`: that package
 * adds start-up time to every run (measured in the commit that added this file) for the five fields needed here,
 * so it is loaded only to create a check run. A payload that is missing or malformed gives an event without a
 * pull request, never an error.
 */
import * as fs from 'node:fs';

export interface Repository {
  owner: string;
  repo: string;
}

export interface PullRequest {
  number: number;
  /** The commit the pull request's checks belong to. */
  headSha: string;
  /** `owner/name` of the repository the pull request comes from; null when that fork was deleted. */
  headRepository: string | null;
  /** `owner/name` of the repository the pull request targets. */
  baseRepository: string;
}

export interface ActionEvent {
  /** GITHUB_EVENT_NAME: `pull_request`, `push`, `workflow_dispatch`, ... */
  name: string;
  /** The commit a check run is attached to: the pull request's head, else GITHUB_SHA. */
  sha: string;
  /** From GITHUB_REPOSITORY; null when it is not `owner/name`. */
  repository: Repository | null;
  /** Set on `pull_request` and `pull_request_target` events. */
  pullRequest: PullRequest | null;
  /** GITHUB_API_URL. */
  apiUrl: string;
}

export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];

export function readEvent(env: NodeJS.ProcessEnv = process.env): ActionEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const pullRequest = PULL_REQUEST_EVENTS.includes(name) ? pullRequestOf(readPayload(env.GITHUB_EVENT_PATH)) : null;
  return {
    name,
    sha: pullRequest?.headSha ?? env.GITHUB_SHA ?? '',
    repository: repositoryOf(env.GITHUB_REPOSITORY ?? ''),
    pullRequest,
    apiUrl: withoutTrailingSlashes(env.GITHUB_API_URL || 'https://api.github.com'),
  };
}

/** A scan: `/\/+$/` tries every start of a run of slashes and rescans it. */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}

/** A pull request from another repository, whose workflows get a read-only token on `pull_request`. */
export function isFork(pullRequest: PullRequest): boolean {
  return pullRequest.headRepository !== pullRequest.baseRepository;
}

function readPayload(file: string | undefined): unknown {
  if (!file) return null;
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function pullRequestOf(payload: unknown): PullRequest | null {
  const pr = field(payload, 'pull_request');
  const number = field(pr, 'number');
  const headSha = field(field(pr, 'head'), 'sha');
  const baseRepository = field(field(field(pr, 'base'), 'repo'), 'full_name');
  const headRepository = field(field(field(pr, 'head'), 'repo'), 'full_name');
  if (!Number.isSafeInteger(number) || (number as number) < 1) return null;
  if (typeof headSha !== 'string' || !/^[0-9a-f]{40,64}$/.test(headSha) || typeof baseRepository !== 'string') return null;
  return {
    number: number as number,
    headSha,
    headRepository: typeof headRepository === 'string' ? headRepository : null,
    baseRepository,
  };
}

function repositoryOf(fullName: string): Repository | null {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(fullName);
  return match ? { owner: match[1] as string, repo: match[2] as string } : null;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
