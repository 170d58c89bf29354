import { fixedPortVerdict } from '../commands/runtime.js';
import { quote } from '../engine/quote.js';
import { commandRange, type ProcfileRule } from './rule.js';

export const webPortUnbound: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'web-port-unbound',
    description: 'The `web` server is started without being told to listen on `$PORT`, and does not read `PORT` by itself.',
    // A warning where `$PORT` is a setting (src/commands/runtime.ts fixedPortVerdict), an error where it is random.
    severity: { codecapsules: 'warning', heroku: 'error', 'heroku-fir': 'error', dokku: 'warning' },
    tags: ['command'],
  },
  *check(context) {
    const server = context.facts.webServer();
    if (!server || server.listen.port || server.listen.undecidable || server.listen.readsPort) return;
    const { line, main, program, listen } = server;
    const { facts } = listen;
    const configured = facts.configFiles?.find((file) => /server\.port|\bPORT\b/.test(context.files.readText(file) ?? ''));
    if (configured || (facts.configFiles && !context.files.complete)) return;
    const variable = facts.portEnv[0]?.port;
    const envHint = variable ? `, unless ${quote(variable)} is set in the app's environment` : '';
    const fix = listen.host
      ? `Give its address the port: ${quote(`${listen.host.value}:$PORT`)}`
      : `Add ${quote(program.listenFix?.port ?? '--port $PORT')}${program.listenFix?.where ? ` ${program.listenFix.where}` : ''}`;
    // Where `$PORT` is a setting (Code Capsules' Network Port, Dokku's PORT), a fixed port works when the setting matches.
    const verdict = facts.defaultPort !== null && !context.platform.port.random ? fixedPortVerdict(context.platform, facts.defaultPort) : null;
    yield {
      range: commandRange(line, main.name.start, main.name.end),
      severity: facts.portEnv.length > 0 || verdict ? 'warning' : 'error',
      message: verdict
        ? `${quote(program.label)} listens on port ${facts.defaultPort}${envHint}: ${verdict.why}. ${fix}.`
        : `${quote(program.label)} listens on port ${facts.defaultPort ?? '(none given)'}${envHint}, but ${context.platform.name} ` +
          `sends the app's traffic to the port in \`$PORT\`, so the app never answers and is restarted. ${fix}.`,
    };
  },
};
