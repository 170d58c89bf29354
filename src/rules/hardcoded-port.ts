import { quote } from '../engine/quote.js';
import type { ProcfileContext, Report } from './rule.js';
import { everywhere, serverSpot, type ProcfileRule } from './rule.js';

export const hardcodedPort: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'hardcoded-port',
    description: 'The `web` server is told to listen on a fixed port number instead of `$PORT`.',
    severity: everywhere('error'),
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
    yield {
      ...serverSpot(server, port.word.start, port.word.end),
      message:
        `${quote(server.program.label)} is told to listen on port ${port.value}, but ${context.platform.name} sends the app's ` +
        `traffic to the port in \`$PORT\`, which the platform chooses. ${
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
  const fix = framework
    ? `Read it from \`PORT\`: ${quote(framework.property === 'ktor.deployment.port' ? 'port = ${?PORT}' : `${framework.property ?? 'port'}=\${PORT:${port}}`)}${framework.property ? `, or pass ${quote(`-D${framework.property}=$PORT`)} before \`-jar\`` : ''}`
    : `Write ${quote("port ENV['PORT'] || 3000")} instead`;
  return {
    file: appFile(context, file),
    range: { line, column: 1, endLine: line, endColumn: 2 },
    severity: framework ? 'warning' : undefined,
    message:
      `${quote(file)} tells ${quote(framework?.label ?? server.program.label)} to listen on port ${port}, but ${context.platform.name} sends the app's ` +
      `traffic to the port in \`$PORT\`, which the platform chooses. ${fix}.`,
  };
}

/** A path relative to the app root, as a path relative to the workspace (where findings' files are). */
export function appFile(context: ProcfileContext, file: string): string {
  const dir = context.path.includes('/') ? context.path.slice(0, context.path.lastIndexOf('/')) : '';
  return dir ? `${dir}/${file}` : file;
}
