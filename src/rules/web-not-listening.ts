import * as posixPath from 'node:path/posix';
import { scriptListens } from '../apps/listens.js';
import type { Invocation } from '../commands/invocation.js';
import type { AppFiles } from '../engine/app-files.js';
import { quote } from '../engine/quote.js';
import { commandRange, type ProcfileRule } from './rule.js';

export const webNotListening: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'web-not-listening',
    description: 'The `web` process runs a program that opens no port (a background worker, a chat bot), so it never answers on `$PORT`.',
    // Heroku, classic and Fir alike, stops a web dyno that has not bound $PORT within 60 s (R10 "Boot timeout",
    // devcenter.heroku.com/articles/error-codes#r10-boot-timeout); Dokku and Code Capsules keep it running (Code
    // Capsules even needs the one process to be `web`), so there it is a notice for the move to Heroku.
    severity: { codecapsules: 'notice', heroku: 'error', 'heroku-fir': 'error', dokku: 'notice' },
    tags: ['command'],
  },
  *check(context) {
    const line = context.facts.webLine();
    const main = line ? context.facts.command(line).main : null;
    if (!line || !main) return;
    const what = workerOf(main) ?? botOf(main, context.files);
    if (!what) return;
    // A router that picks `$PORT` per start is Heroku's (src/platforms/heroku.ts HEROKU_PORT), which enforces R10.
    const bootTimeout = context.platform.port.random;
    yield {
      range: commandRange(line, what.word.start, what.word.end),
      message: bootTimeout
        ? `\`web\` runs ${what.description}; it opens no port, but ${context.platform.name} expects the \`web\` process to listen on \`$PORT\`: after 60 seconds ` +
          `without, it stops the dyno with R10 "Boot timeout" and restarts it, over and over. Name the process \`worker\` and scale it ` +
          `(\`heroku ps:scale web=0 worker=1\`); keep \`web\` for a server.`
        : `\`web\` runs ${what.description}; it opens no port. ${context.platform.name} keeps it running, but nothing answers the HTTP ` +
          `traffic sent to \`web\`, and Heroku would stop it after 60 seconds (R10 "Boot timeout"). Where a platform runs other process types, name it \`worker\`.`,
    };
  },
};

interface NoPort {
  description: string;
  word: Invocation['name'];
}

/** A program whose record says it serves no HTTP (celery, rq, sidekiq, php-fpm). */
function workerOf(main: Invocation): NoPort | null {
  const program = main.program;
  return program?.opensNoPort ? { description: `${quote(program.label)}, which ${program.opensNoPort}`, word: main.name } : null;
}

function botOf(main: Invocation, files: AppFiles): NoPort | null {
  const file = main.file;
  if (!file || file.dynamic || main.cwd === null || !files.complete) return null;
  if (main.program?.id !== 'python-script' && main.program?.id !== 'node-script') return null;
  const listens = scriptListens(files, posixPath.join(main.cwd, file.value));
  return listens.kind === 'no' ? { description: `${quote(file.value)}, a bot built on ${quote(listens.library)}`, word: file } : null;
}
