import { fixedPortVerdict } from '../commands/runtime.js';
import { quote } from '../engine/quote.js';
import { commandRange, everywhere, type ProcfileRule } from './rule.js';

export const webPortUnbound: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'web-port-unbound',
    description: 'The `web` server is started without being told to listen on `$PORT`, and does not read `PORT` by itself.',
    severity: everywhere('error'),
    tags: ['command'],
  },
  *check(context) {
    const server = context.facts.webServer();
    if (!server || server.listen.port || server.listen.undecidable || server.listen.readsPort) return;
    const { line, main, program, listen } = server;
    const { facts } = listen;
    const configured = facts.configFiles?.find((file) => /server\.port|\bPORT\b/.test(context.files.readText(file) ?? ''));
    if (configured || (facts.configFiles && !context.files.complete)) return;
    const envHint = facts.portEnv.length > 0 ? `, unless ${quote(facts.portEnv[0] as string)} is set in the app's environment` : '';
    const where = program.id === 'java-jar' ? ' before `-jar`' : '';
    const fix = listen.host
      ? `Give its address the port: ${quote(`${listen.host.value}:$PORT`)}`
      : `Add ${quote(suggestPortFlag(program.id))}${where}`;
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

function suggestPortFlag(program: string): string {
  switch (program) {
    case 'hypercorn':
    case 'gunicorn':
      return '--bind 0.0.0.0:$PORT';
    case 'waitress':
      return '--listen=0.0.0.0:$PORT';
    case 'django-runserver':
      return '0.0.0.0:$PORT';
    case 'uwsgi':
      return '--http :$PORT';
    case 'unicorn':
      return '--listen 0.0.0.0:$PORT';
    case 'java-jar':
      return '-Dserver.port=$PORT';
    case 'rackup':
    case 'flask-run':
    case 'uvicorn':
      return '--host 0.0.0.0 --port $PORT';
    default:
      return '--port $PORT';
  }
}
