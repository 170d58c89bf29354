import { quote } from '../engine/quote.js';
import { commandRange, everywhere, type ProcfileRule } from './rule.js';

/** Process types that run once, not as a long-lived server: a server there is a mistake of another kind. */
const ONE_OFF = new Set(['release', 'postdeploy', 'predeploy']);

export const workerRunsServer: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'worker-runs-server',
    description: 'A process other than `web` starts a web server, which the platform sends no HTTP traffic to.',
    severity: everywhere('warning'),
    tags: ['command'],
  },
  *check(context) {
    const hasWeb = context.reading.processes.some((process) => process.type === 'web');
    for (const { line, type } of context.facts.processLines()) {
      if (type === 'web' || ONE_OFF.has(type)) continue;
      const main = context.facts.command(line).main;
      const program = main?.program;
      // java -jar and scripts may be anything; only programs that are HTTP servers and nothing else count.
      if (!main || !program?.port || program.id === 'java-jar' || program.devServer) continue;
      yield {
        range: commandRange(line, main.name.start, main.name.end),
        message:
          `${quote(type)} starts ${quote(program.label)}, a web server, but ${context.platform.name} routes HTTP traffic only to the \`web\` process, ` +
          `so nothing reaches this one. ${hasWeb ? `If it is a second copy of the app, drop it; if it serves something else, serve that from \`web\`.` : `Name the process \`web\`.`}`,
      };
    }
  },
};
