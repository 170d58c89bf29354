/**
 * Real event payloads, from @octokit/webhooks-examples (the examples in GitHub's webhook documentation), written
 * where the runner puts them (GITHUB_EVENT_PATH) with the environment variables that go with them. The examples the
 * tests use are kept in __tests__/fixtures/github-webhooks (scripts/extract-webhook-examples.mjs writes them).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTree } from './tree.js';

type Payload = Record<string, unknown> & {
  repository: { full_name: string };
  pull_request?: {
    number: number;
    head: { sha: string; repo: { full_name: string } | null };
    base: { sha: string; repo: { full_name: string } };
  };
  after?: string;
  action?: string;
};

interface KeptExample {
  name: string;
  action: string | null;
  payload: Payload;
}

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'github-webhooks', 'examples.json');
const kept = (JSON.parse(fs.readFileSync(fixture, 'utf8')) as { examples: KeptExample[] }).examples;

/** The first example of webhook `name` (with `action`, when given), as a fresh copy. */
export function webhookExample(name: string, action?: string): Payload {
  const example = kept.find((each) => each.name === name && (action === undefined || each.action === action));
  if (!example) {
    throw new Error(`no ${name}${action ? `.${action}` : ''} example is kept: add it to scripts/extract-webhook-examples.mjs`);
  }
  return structuredClone(example.payload);
}

/**
 * The environment of a workflow run started by `eventName` with `payload`. The workflow events that carry a pull
 * request (`pull_request`, `pull_request_target`) have the `pull_request` webhook's payload.
 */
export function eventEnv(eventName: string, payload: Payload): Record<string, string> {
  const file = path.join(makeTree({ 'event.json': JSON.stringify(payload) }), 'event.json');
  const sha = payload.after && !/^0+$/.test(payload.after) ? payload.after : 'ffac537e6cbbf934b08745a378932722df287a53';
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: payload.repository.full_name,
    // On pull requests GITHUB_SHA is the merge commit, which is not where the check run belongs.
    GITHUB_SHA: payload.pull_request ? 'a'.repeat(40) : sha,
  };
}
