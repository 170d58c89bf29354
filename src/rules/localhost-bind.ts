import { isLoopback } from '../commands/listen.js';
import { quote } from '../engine/quote.js';
import { commandRange, everywhere, type ProcfileRule } from './rule.js';

export const localhostBind: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'localhost-bind',
    description: 'The `web` server listens only on 127.0.0.1 (localhost), where the platform\'s router cannot reach it.',
    severity: everywhere('error'),
    tags: ['command'],
  },
  *check(context) {
    const server = context.facts.webServer();
    if (!server || server.listen.undecidable) return;
    const { line, main, program, listen } = server;
    const unreachable = `the router of ${context.platform.name} connects from outside the container, so the app never answers`;
    if (listen.host && isLoopback(listen.host.value)) {
      yield {
        range: commandRange(line, listen.host.word.start, listen.host.word.end),
        message: `${quote(program.label)} is told to listen on ${quote(listen.host.value)}, which only the container itself can reach: ${unreachable}. Listen on \`0.0.0.0\` instead.`,
      };
      return;
    }
    const usesDefault = !listen.host && !listen.facts.readsPort && isLoopback(listen.facts.defaultHost);
    if (usesDefault) {
      yield {
        range: commandRange(line, main.name.start, main.name.end),
        message: `${quote(program.label)} listens on ${listen.facts.defaultHost} unless told otherwise: ${unreachable}. Add ${quote(program.listenFix?.host ?? '--host 0.0.0.0')}.`,
      };
    }
  },
};
