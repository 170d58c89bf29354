import { commandFacts } from '../commands/facts.js';
import { isLoopback, listenOf } from '../commands/listen.js';
import { quote } from '../engine/quote.js';
import { webLine } from './processes.js';
import { commandRange, everywhere, type ProcfileRule } from './rule.js';

/** How to make each server listen on every interface. */
const HOST_FLAG: Record<string, string> = {
  'django-runserver': '0.0.0.0:$PORT',
  hypercorn: '--bind 0.0.0.0:$PORT',
  daphne: '--bind 0.0.0.0',
  rackup: '--host 0.0.0.0',
  'php-builtin': '0.0.0.0:$PORT',
};

export const localhostBind: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'localhost-bind',
    description: 'The `web` server listens only on 127.0.0.1 (localhost), where the platform\'s router cannot reach it.',
    severity: everywhere('error'),
    tags: ['command'],
  },
  *check(context) {
    const line = webLine(context);
    const main = line ? commandFacts(line).main : null;
    const listen = main ? listenOf(main) : null;
    if (!line || !main?.program || !listen || listen.undecidable) return;
    const unreachable = `the router of ${context.platform.name} connects from outside the container, so the app never answers`;
    if (listen.host && isLoopback(listen.host.value)) {
      yield {
        range: commandRange(line, listen.host.word.start, listen.host.word.end),
        message: `${quote(main.program.label)} is told to listen on ${quote(listen.host.value)}, which only the container itself can reach: ${unreachable}. Listen on \`0.0.0.0\` instead.`,
      };
      return;
    }
    const usesDefault = !listen.host && !listen.facts.readsPort && isLoopback(listen.facts.defaultHost);
    if (usesDefault) {
      yield {
        range: commandRange(line, main.name.start, main.name.end),
        message: `${quote(main.program.label)} listens on ${listen.facts.defaultHost} unless told otherwise: ${unreachable}. Add ${quote(HOST_FLAG[main.program.id] ?? '--host 0.0.0.0')}.`,
      };
    }
  },
};
