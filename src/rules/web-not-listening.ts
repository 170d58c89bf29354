import { quote } from '../engine/quote.js';
import { commandRange, type ProcfileRule } from './rule.js';

/** Programs that never open a port: background workers. `celery flower` is a web UI and does listen. */
const WORKERS: Readonly<Record<string, { label: string; unless?: string }>> = {
  celery: { label: 'a Celery worker', unless: 'flower' },
  sidekiq: { label: 'a Sidekiq worker' },
};

/**
 * The `web` process must answer HTTP on `$PORT`: Heroku stops a web dyno that does not bind within 60 seconds (R10,
 * devcenter "Error codes"). Code Capsules (unverified) and Dokku (its default checks only wait) may leave it running
 * with no traffic answered, hence a warning there.
 */
export const webNotListening: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'web-not-listening',
    description: 'The `web` process starts a background worker, which listens on no port.',
    severity: { codecapsules: 'warning', heroku: 'error', 'heroku-fir': 'error', dokku: 'warning' },
    tags: ['command'],
  },
  *check(context) {
    const line = context.facts.webLine();
    const main = line ? context.facts.command(line).main : null;
    const worker = main?.program ? WORKERS[main.program.id] : undefined;
    if (!line || !main || !worker || (worker.unless && main.args.some((word) => word.value === worker.unless))) return;
    const effect = context.platform.port.random
      ? `${context.platform.name} stops a web process that does not listen on \`$PORT\` within 60 seconds (R10)`
      : `${context.platform.name} sends the app's traffic to \`$PORT\`, where nothing answers`;
    yield {
      range: commandRange(line, main.name.start, main.name.end),
      message:
        `${quote('web')} starts ${quote(main.name.value)}, ${worker.label}, which listens on no port: ${effect}. ` +
        `Declare it as ${quote(`worker: ${line.command.text}`, 120)} and give \`web\` the command that serves HTTP.`,
    };
  },
};
