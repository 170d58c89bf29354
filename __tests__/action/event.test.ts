import * as path from 'node:path';
import { isFork, readEvent } from '../../src/action/event.js';
import { eventEnv, webhookExample } from '../helpers/events.js';
import { makeTree, removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

describe('readEvent', () => {
  it('reads the pull request of a pull_request event, and its head commit for the check run', () => {
    const payload = webhookExample('pull_request', 'opened');
    const event = readEvent({ ...eventEnv('pull_request', payload), GITHUB_API_URL: 'https://ghe.example.com/api/v3/' });
    expect(event).toEqual({
      name: 'pull_request',
      sha: payload.pull_request?.head.sha,
      repository: { owner: 'Codertocat', repo: 'Hello-World' },
      pullRequest: {
        number: 2,
        headSha: payload.pull_request?.head.sha,
        headRepository: 'Codertocat/Hello-World',
        baseRepository: 'Codertocat/Hello-World',
      },
      apiUrl: 'https://ghe.example.com/api/v3',
    });
    expect(isFork(event.pullRequest!)).toBe(false);
  });

  it('reads pull_request_target the same way', () => {
    const payload = webhookExample('pull_request', 'synchronize');
    expect(readEvent(eventEnv('pull_request_target', payload)).pullRequest?.number).toBe(payload.pull_request?.number);
  });

  it.each(['push', 'workflow_dispatch'])('has no pull request on %s, and uses GITHUB_SHA', (name) => {
    const env = eventEnv(name, webhookExample(name));
    const event = readEvent(env);
    expect(event).toMatchObject({ name, sha: env.GITHUB_SHA, pullRequest: null, apiUrl: 'https://api.github.com' });
  });

  it('knows a fork, and a deleted fork, by the head repository', () => {
    const payload = webhookExample('pull_request', 'opened');
    const pr = payload.pull_request as { head: { repo: { full_name: string } | null } };
    pr.head.repo = { full_name: 'someone/Hello-World' };
    expect(isFork(readEvent(eventEnv('pull_request', payload)).pullRequest!)).toBe(true);
    pr.head.repo = null;
    expect(readEvent(eventEnv('pull_request', payload)).pullRequest).toMatchObject({ headRepository: null });
  });

  it('gives no pull request, never an error, for a missing or malformed payload', () => {
    const dir = makeTree({ 'bad.json': '{', 'odd.json': JSON.stringify({ pull_request: { number: '2', head: { sha: 'x' } } }) });
    const base = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: 'b'.repeat(40), GITHUB_REPOSITORY: 'not a repo' };
    for (const file of ['bad.json', 'odd.json', 'missing.json']) {
      expect(readEvent({ ...base, GITHUB_EVENT_PATH: path.join(dir, file) })).toMatchObject({
        pullRequest: null,
        sha: 'b'.repeat(40),
        repository: null,
      });
    }
    expect(readEvent({})).toMatchObject({ name: '', sha: '', pullRequest: null, repository: null });
  });
});
