/**
 * The step output as the GitHub Actions runner reads it (actions/runner: ActionCommandManager.TryProcessCommand and
 * ActionCommand.TryParseV2/TryParse), so tests can say which workflow commands a run would really execute:
 * - output is read line by line, and .NET's ReadLine ends a line at `\n`, `\r\n` and a lone `\r`;
 * - a line is a command when, after leading whitespace, it is `::name[ properties]::data` with a known name, or
 *   else when it contains `##[name[ properties]]data` anywhere (the old form, still parsed);
 * - after `::stop-commands::<token>`, the only command is one named `<token>`, which resumes processing.
 */

/** The commands the runner knows (its command extensions). */
const RUNNER_COMMANDS = new Set([
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
]);

export interface ExecutedCommand {
  name: string;
  /** The whole line, as read. */
  line: string;
  /** What follows the command (v2: after the second `::`). */
  data: string;
}

export function runnerLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/);
}

export function executedCommands(output: string): ExecutedCommand[] {
  const executed: ExecutedCommand[] = [];
  let stopToken: string | null = null;
  for (const line of runnerLines(output)) {
    const known = new Set(RUNNER_COMMANDS);
    if (stopToken) known.add(stopToken.toLowerCase());
    const command = parseV2(line, known) ?? parseV1(line, known);
    if (!command) continue;
    if (stopToken !== null) {
      if (command.name.toLowerCase() !== stopToken.toLowerCase()) continue;
      stopToken = null;
    } else if (command.name.toLowerCase() === 'stop-commands') {
      stopToken = command.data;
    }
    executed.push(command);
  }
  return executed;
}

function parseV2(line: string, known: Set<string>): ExecutedCommand | null {
  const message = line.replace(/^\s+/u, '');
  if (!message.startsWith('::')) return null;
  const end = message.indexOf('::', 2);
  if (end < 0) return null;
  const info = message.slice(2, end);
  const name = info.split(' ')[0] as string;
  return known.has(name.toLowerCase()) ? { name, line, data: message.slice(end + 2) } : null;
}

function parseV1(line: string, known: Set<string>): ExecutedCommand | null {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return null;
  const end = line.indexOf(']', prefix);
  if (end < 0) return null;
  const name = line.slice(prefix + 3, end).split(' ')[0] as string;
  return known.has(name.toLowerCase()) ? { name, line, data: line.slice(end + 1) } : null;
}

/** Raw characters that must never reach a log: controls but `\n`, and Unicode line and paragraph separators. */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/u;
