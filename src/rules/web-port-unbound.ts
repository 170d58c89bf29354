import { scriptRunBy } from '../apps/scripts.js';
import { fixedPortVerdict } from '../commands/runtime.js';
import { quote } from '../engine/quote.js';
import { listenFix } from '../fixes/command-fixes.js';
import { serverSpot, type ProcfileRule } from './rule.js';

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
    const { line, main, program, listen, config } = server;
    // Its own config decides (puma.rb, application.conf): read there, or reported by hardcoded-port when fixed.
    if (config && config.listen.kind !== 'none') return;
    const { facts } = listen;
    const configured = facts.configFiles?.find((file) => /server\.port|\bPORT\b/.test(context.files.readText(file) ?? ''));
    if (configured || (facts.configFiles && !context.files.complete)) return;
    // `sh setup.sh && streamlit run app.py`: a script run first may write the server's config (~/.streamlit/config.toml).
    const earlier = context.facts.command(line).invocations.filter((invocation) => invocation !== main);
    if (
      facts.configFiles &&
      earlier.some((invocation) => invocation.name.start < main.name.start && scriptRunBy(invocation, context.files))
    )
      return;
    const framework = config?.framework;
    const variable = framework?.env ?? facts.portEnv[0]?.port;
    const envHint = variable ? `, unless ${quote(variable)} is set in the app's environment` : '';
    const fix = framework
      ? framework.property
        ? `Add ${quote(`-D${framework.property}=$PORT`)} before \`-jar\``
        : 'Read the port from the `PORT` environment variable in the code'
      : listen.host
        ? `Give its address the port: ${quote(`${listen.host.value}:$PORT`)}`
        : `Add ${quote(program.listenFix?.port ?? '--port $PORT')}${program.listenFix?.where ? ` ${program.listenFix.where}` : ''}`;
    const defaultPort = framework ? framework.defaultPort : facts.defaultPort;
    const label = quote(framework?.label ?? program.label);
    // Where `$PORT` is a setting (Code Capsules' Network Port, Dokku's PORT), a fixed port works when the setting matches.
    const verdict = defaultPort !== null && !context.platform.port.random ? fixedPortVerdict(context.platform, defaultPort) : null;
    yield {
      ...serverSpot(server, main.name.start, main.name.end),
      fix: server.inScript(0, 0) ? undefined : listenFix(context.procfile, context.path, server, context.facts),
      severity: variable || framework || verdict ? 'warning' : 'error',
      message: verdict
        ? `${label} listens on port ${defaultPort}${envHint}: ${verdict.why}. ${fix}.`
        : `${label} listens on port ${defaultPort ?? '(none given)'}${envHint}, but ${context.platform.name} ` +
          `sends the app's traffic to the port in \`$PORT\`, so the app never answers and is restarted. ${fix}.`,
    };
  },
};
