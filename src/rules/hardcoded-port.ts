import { fixedPortVerdict } from '../commands/runtime.js';
import { quote } from '../engine/quote.js';
import type { ProcfileContext, Report } from './rule.js';
import { serverSpot, type ProcfileRule } from './rule.js';

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
    if (!server) return;
    if (!port) {
      const fromConfig = configPort(context);
      if (fromConfig) yield fromConfig;
      return;
    }
    if (port.usesPort || !/^\d+$/.test(port.value)) return;
    const verdict = fixedPortVerdict(context.platform, Number(port.value));
    yield {
      ...serverSpot(server, port.word.start, port.word.end),
      severity: verdict.severity,
      message: `${quote(server.config?.framework?.label ?? server.program.label)} is told to listen on port ${port.value}: ${verdict.why}. ${
        port.setsPort
          ? 'Remove the assignment to `PORT`: the platform sets it.'
          : `Use ${quote(port.word.text.replace(port.value, '$PORT'))} instead.`
      }`,
    };
  },
};

/**
 * A fixed port in the server's own config (`port 3000` in config/puma.rb, `server.port=8080`), reported there. A Java
 * framework's config is a warning: an environment variable (`SERVER_PORT`) set on the platform would override it.
 */
function configPort(context: ProcfileContext): Report | null {
  const server = context.facts.webServer();
  const config = server?.config;
  if (!server || config?.listen.kind !== 'fixed') return null;
  const { file, line, port } = config.listen;
  const framework = config.framework;
  const verdict = fixedPortVerdict(context.platform, Number(port));
  const fix = framework
    ? `Read it from \`PORT\`: ${quote(framework.property === 'ktor.deployment.port' ? 'port = ${?PORT}' : `${framework.property ?? 'port'}=\${PORT:${port}}`)}${framework.property ? `, or pass ${quote(`-D${framework.property}=$PORT`)} before \`-jar\`` : ''}`
    : `Write ${quote("port ENV['PORT'] || 3000")} instead`;
  return {
    file: appFile(context, file),
    range: { line, column: 1, endLine: line, endColumn: 2 },
    severity: framework ? 'warning' : verdict.severity,
    message: `${quote(file)} tells ${quote(framework?.label ?? server.program.label)} to listen on port ${port}: ${verdict.why}. ${fix}.`,
  };
}

/** A path relative to the app root, as a path relative to the workspace (where findings' files are). */
export function appFile(context: ProcfileContext, file: string): string {
  const dir = context.path.includes('/') ? context.path.slice(0, context.path.lastIndexOf('/')) : '';
  return dir ? `${dir}/${file}` : file;
}
