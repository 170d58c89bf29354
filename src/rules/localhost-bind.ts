import { isLoopback } from '../commands/listen.js';
import { quote } from '../engine/quote.js';
import { listenFix } from '../fixes/command-fixes.js';
import { appFile } from './hardcoded-port.js';
import { everywhere, serverSpot, type ProcfileRule } from './rule.js';

export const localhostBind: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'localhost-bind',
    description: "The `web` server listens only on 127.0.0.1 (localhost), where the platform's router cannot reach it.",
    severity: everywhere('error'),
    tags: ['command'],
  },
  *check(context) {
    const server = context.facts.webServer();
    if (!server || server.listen.undecidable) return;
    const { main, program, listen } = server;
    const unreachable = `the router of ${context.platform.name} connects from outside the container, so the app never answers`;
    if (listen.host && isLoopback(listen.host.value)) {
      yield {
        ...serverSpot(server, listen.host.word.start, listen.host.word.end),
        fix: server.inScript(0, 0) ? undefined : listenFix(context.procfile, context.path, server, context.facts),
        message: `${quote(program.label)} is told to listen on ${quote(listen.host.value)}, which only the container itself can reach: ${unreachable}. Listen on \`0.0.0.0\` instead.`,
      };
      return;
    }
    const fromConfig = server.config?.listen;
    if ((fromConfig?.kind === 'fixed' || fromConfig?.kind === 'reads-port') && fromConfig.host !== null) {
      if (isLoopback(fromConfig.host)) {
        yield {
          file: appFile(context, fromConfig.file),
          range: { line: fromConfig.line, column: 1, endLine: fromConfig.line, endColumn: 2 },
          message: `${quote(fromConfig.file)} tells ${quote(program.label)} to listen on ${quote(fromConfig.host)}, which only the container itself can reach: ${unreachable}. Bind \`0.0.0.0\` instead.`,
        };
      }
      return;
    }
    const usesDefault = !listen.host && !listen.facts.readsPort && isLoopback(listen.facts.defaultHost);
    if (usesDefault) {
      yield {
        ...serverSpot(server, main.name.start, main.name.end),
        fix: server.inScript(0, 0) ? undefined : listenFix(context.procfile, context.path, server, context.facts),
        message: `${quote(program.label)} listens on ${listen.facts.defaultHost} unless told otherwise: ${unreachable}. Add ${quote(program.listenFix?.host ?? '--host 0.0.0.0')}.`,
      };
    }
  },
};
