import type { PlatformProfile } from '../../src/platforms/index.js';
import { webNotListening } from '../../src/rules/web-not-listening.js';
import { testRule } from '../helpers/rule-tester.js';

const bot = 'import os\nimport discord\n\nclient = discord.Client(intents=discord.Intents.default())\nclient.run(os.environ["TOKEN"])\n';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Heroku (both generations) stops the dyno with R10; Code Capsules and Dokku keep it running, and say so. */
const stopped = (what: string) => (platform: PlatformProfile) =>
  platform.port.random
    ? new RegExp(
        `^${escaped(what)}; it opens no port, but ${escaped(platform.name)} expects .* R10 "Boot timeout" .* Name the process \`worker\``,
      )
    : new RegExp(`^${escaped(what)}; it opens no port\\. ${escaped(platform.name)} keeps it running, .* name it \`worker\`\\.$`);

const at = (column: number, endColumn: number, message: (platform: PlatformProfile) => RegExp) => [
  { line: 1, column, endLine: 1, endColumn, message },
];

const celeryAt = at(6, 12, stopped('`web` runs `celery`, which takes jobs from the broker and serves no HTTP'))[0]!;

testRule(webNotListening, {
  valid: [
    'web: celery -A proj flower --port=$PORT\n',
    'worker: celery -A proj worker\nweb: gunicorn app:app\n',
    'web: celery -A proj worker & gunicorn app:app\n',
    // A bot script is only known from its file: without the app's files, nothing is said.
    'web: python bot.py\n',
    { code: 'web: python bot.py\n', files: { 'bot.py': `${bot}from flask import Flask\n` } },
  ],
  invalid: [
    {
      // An error where the platform stops the dyno, a notice where it keeps it running.
      code: 'web: celery -A proj worker --loglevel=info\n',
      errors: {
        codecapsules: [{ ...celeryAt, severity: 'notice' }],
        heroku: [{ ...celeryAt, severity: 'error' }],
        'heroku-fir': [{ ...celeryAt, severity: 'error' }],
        dokku: [{ ...celeryAt, severity: 'notice' }],
      },
    },
    {
      code: 'web: bundle exec sidekiq\n',
      errors: at(18, 25, stopped('`web` runs `sidekiq`, which takes jobs from Redis and serves no HTTP')),
    },
    { code: 'web: rq worker\n', errors: at(6, 8, stopped('`web` runs `rq worker`, which takes jobs from Redis and serves no HTTP')) },
    {
      code: 'web: python bot.py\n',
      files: { 'bot.py': bot },
      errors: at(13, 19, stopped('`web` runs `bot.py`, a bot built on `discord`')),
    },
  ],
});
