/**
 * `suggestions: true` through the built action (dist/index.js) on a real pull_request payload, against the stand-in
 * API that checks every request against GitHub's REST description.
 */
import { eventEnv, webhookExample } from './helpers/events.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './helpers/github-api.js';
import { runActionAsync, type ActionRun } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const APP = { 'app.py': '', 'requirements.txt': 'gunicorn\n', 'w.py': '' };
const PROCFILE = 'web: gunicorn app:app\nworker : python w.py\n';
const PATCH = '@@ -1 +1,2 @@\n web: gunicorn app:app\n+worker : python w.py';

let api: FakeGitHub | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
  removeTrees();
});

async function run(options: FakeGitHubOptions = {}): Promise<ActionRun> {
  const payload = webhookExample('pull_request', 'opened');
  api = await startFakeGitHub({ changedFiles: [{ filename: 'Procfile', status: 'modified', patch: PATCH }], ...options });
  const workspace = makeTree({ Procfile: PROCFILE, ...APP });
  return runActionAsync(
    workspace,
    { 'github-token': TOKEN, suggestions: 'true' },
    { GITHUB_API_URL: api.url, ...eventEnv('pull_request', payload) },
  );
}

const called = (operationId: string) => (api?.requests ?? []).filter((request) => request.operationId === operationId);

interface ReviewBody {
  commit_id: string;
  event: string;
  comments: { path: string; line: number; side: string; body: string }[];
}

describe('suggested changes on a pull request', () => {
  it('posts one review whose comment is a suggested change on the touched line', async () => {
    await run();
    expect(api?.problems()).toEqual([]);
    const [review, ...more] = called('pulls/create-review');
    expect(more).toEqual([]);
    const body = review?.body as ReviewBody;
    expect(body.event).toBe('COMMENT');
    expect(body.comments).toHaveLength(1);
    expect(body.comments[0]).toMatchObject({ path: 'Procfile', line: 2, side: 'RIGHT' });
    expect(body.comments[0]?.body).toContain('```suggestion\nworker: python w.py\n```');
  });

  it('updates its earlier comment and resolves a stale one instead of posting again', async () => {
    const first = await run();
    const posted = (called('pulls/create-review')[0]?.body as ReviewBody).comments[0]?.body ?? '';
    expect(first.status).not.toBeNull();
    await api?.close();
    const stale = '<!-- procfile-lint suggestion bad-port-var%3AProcfile%3A9 -->\nold';
    await run({
      reviewComments: [
        { id: 7, body: posted.replace('worker: python', 'worker: OLD') },
        { id: 8, body: stale },
        { id: 9, body: 'a human comment' },
      ],
    });
    expect(api?.problems()).toEqual([]);
    expect(called('pulls/create-review')).toEqual([]);
    const updates = called('pulls/update-review-comment');
    expect(updates.map((request) => request.params.comment_id).sort()).toEqual(['7', '8']);
    expect((updates.find((request) => request.params.comment_id === '7')?.body as { body: string }).body).toBe(posted);
    expect((updates.find((request) => request.params.comment_id === '8')?.body as { body: string }).body).toContain('resolved');
  });

  it('says so in one notice when the token may not review (a fork), and still annotates', async () => {
    const result = await run({ refuse: ['pulls/create-review'] });
    const notices = result.stdout.split('\n').filter((line) => line.startsWith('::notice::procfile-lint: no suggested changes'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('pull-requests: write');
    expect(result.stdout).toMatch(/::error title=procfile-lint/u);
  });
});
