// Writes __tests__/fixtures/github-webhooks/examples.json: the webhook payload examples the tests run the action with
// (__tests__/helpers/events.ts), taken from @octokit/webhooks-examples, the examples of GitHub's webhook docs. The
// package unpacks to 9 MB for the four payloads the tests read; the licence beside the fixture is that of its
// repository (octokit/webhooks LICENSE, MIT), which the package names but does not ship.
//
// Usage: node scripts/extract-webhook-examples.mjs [index.json]
// Without an argument it fetches @octokit/webhooks-examples@VERSION with `npm pack` (the only step that needs the
// network). When a test needs another event, add it to EXAMPLES and run this again.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '7.6.1';
/** [webhook, action]: the first example of each is kept; `null` keeps the first example of the webhook. */
const EXAMPLES = [
  ['pull_request', 'opened'],
  ['pull_request', 'synchronize'],
  ['push', null],
  ['workflow_dispatch', null],
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '__tests__', 'fixtures', 'github-webhooks', 'examples.json');

const given = process.argv[2];
const scratch = given ? undefined : mkdtempSync(join(tmpdir(), 'procfile-lint-webhooks-'));
try {
  const definitions = JSON.parse(readFileSync(given ? resolve(given) : unpack(scratch), 'utf8'));
  const examples = EXAMPLES.map(([name, action]) => {
    const found = definitions.find((each) => each.name === name)?.examples.find((each) => action === null || each.action === action);
    if (!found) throw new Error(`@octokit/webhooks-examples@${VERSION} has no ${name}${action ? `.${action}` : ''} example`);
    return { name, action, payload: found };
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ source: `@octokit/webhooks-examples@${VERSION}`, examples }, null, 2)}\n`);
  console.log(`Wrote ${examples.length} example(s) to ${out}.`);
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

/** Downloads the package with npm's own client and unpacks its examples of api.github.com; returns their file. */
function unpack(dir) {
  const tarball = execFileSync('npm', ['pack', `@octokit/webhooks-examples@${VERSION}`, '--silent', '--pack-destination', dir], {
    encoding: 'utf8',
  }).trim();
  const file = 'package/api.github.com/index.json';
  execFileSync('tar', ['-xzf', join(dir, tarball.split('\n').pop()), '-C', dir, file]);
  return join(dir, file);
}
