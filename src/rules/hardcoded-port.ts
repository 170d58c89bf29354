import { fixedPortVerdict } from '../commands/runtime.js';
import { quote } from '../engine/quote.js';
import { commandRange, type ProcfileRule } from './rule.js';

export const hardcodedPort: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'hardcoded-port',
    description: 'The `web` server is told to listen on a fixed port number instead of `$PORT`.',
    // A warning where `$PORT` is a setting (src/commands/runtime.ts fixedPortVerdict), an error where it is random.
    severity: { codecapsules: 'warning', heroku: 'error', 'heroku-fir': 'error', dokku: 'warning' },
    tags: ['command'],
  },
  *check(context) {
    const server = context.facts.webServer();
    const port = server?.listen.port;
    if (!server || !port || port.usesPort || !/^\d+$/.test(port.value)) return;
    const verdict = fixedPortVerdict(context.platform, Number(port.value));
    yield {
      range: commandRange(server.line, port.word.start, port.word.end),
      severity: verdict.severity,
      message:
        `${quote(server.program.label)} is told to listen on port ${port.value}: ${verdict.why}. ${
          port.setsPort
            ? 'Remove the assignment to `PORT`: the platform sets it.'
            : `Use ${quote(port.word.text.replace(port.value, '$PORT'))} instead.`
        }`,
    };
  },
};
