/**
 * The port and host a server's own config file sets, read by a bounded line scan (the files are Ruby or Python
 * programs, never run): puma's `config/puma.rb` and the like. Each answer is what the lines say for certain, else
 * "unknown".
 */
import type { AppFiles } from '../engine/app-files.js';
import { withoutLineComment } from './java-build.js';

export type ConfigListen =
  /** It binds to the port in `PORT` (`port ENV['PORT'] || 3000`, `bind "tcp://0.0.0.0:#{ENV['PORT']}"`, or with ENV.fetch). */
  | { kind: 'reads-port'; file: string; line: number; host: string | null }
  /** It binds to a fixed port. */
  | { kind: 'fixed'; file: string; line: number; port: string; host: string | null }
  /** A socket, or a value procfile-lint cannot follow. */
  | { kind: 'unknown'; file: string }
  /** The file sets neither port nor bind: the server's default applies. */
  | { kind: 'none'; file: string };

const MAX_LINES = 5000;

/**
 * The config files puma loads: the `-C` file, else the first of `config/puma/<env>.rb` and `config/puma.rb` that
 * exists (puma/puma lib/puma/configuration.rb `config_files`; the environment is APP_ENV, RACK_ENV or RAILS_ENV,
 * which the Ruby buildpacks set to `production`).
 */
export function pumaConfigFile(files: AppFiles, option: string | null, environment = 'production'): string | null {
  if (option !== null) return option === '-' ? null : option;
  return [`config/puma/${environment}.rb`, 'config/puma.rb'].find((file) => files.exists(file)) ?? null;
}

/**
 * What puma's DSL lines `port N[, host]`, `bind "tcp://host:N"` say (puma/puma lib/puma/dsl.rb `port`, `bind`): the
 * last one counts, as each call replaces the binds. A value mentioning `ENV` and `PORT` reads PORT; a plain number
 * or `tcp://` URL is fixed; a unix socket, `ssl_bind`, or a variable makes it unknown unless the file reads `PORT`
 * into that variable.
 */
export function pumaListen(files: AppFiles, file: string): ConfigListen | null {
  const text = files.readText(file);
  if (text === null) return null;
  const lines = text.split('\n');
  if (lines.length > MAX_LINES) return { kind: 'unknown', file };
  const readsPortVariable = new Set<string>();
  let result: ConfigListen = { kind: 'none', file };
  for (const [index, raw] of lines.entries()) {
    // Comments cut (not `#{...}` interpolation), blank runs made one space so the patterns below stay linear.
    const line = withoutLineComment(raw, ['#'], (at) => raw[at + 1] !== '{')
      .trim()
      .replace(/\s+/g, ' ');
    const variable = /^([a-z_][a-z0-9_]*) ?=(.*)$/.exec(line);
    if (variable && readsPort(variable[2] as string)) readsPortVariable.add(variable[1] as string);
    const directive = /^(port|bind|ssl_bind|set_default_host)\b[ (]?(.*)$/.exec(line);
    if (!directive) continue;
    const [, name, rest = ''] = directive;
    const number = index + 1;
    if (name === 'set_default_host' || name === 'ssl_bind') {
      result = { kind: 'unknown', file };
      continue;
    }
    if (readsPort(rest) || identifiersOf(rest).some((identifier) => readsPortVariable.has(identifier))) {
      result = { kind: 'reads-port', file, line: number, host: hostOf(name as string, rest) };
      continue;
    }
    const fixed =
      name === 'port'
        ? /^['"]?(\d{1,5})['"]?(?: ?, ?['"]([^'"]+)['"])? ?\)?$/.exec(rest)
        : /^['"]tcp:\/\/([^:'"]*):(\d{1,5})['"] ?\)?$/.exec(rest);
    if (fixed && name === 'port') result = { kind: 'fixed', file, line: number, port: fixed[1] as string, host: fixed[2] ?? null };
    else if (fixed) result = { kind: 'fixed', file, line: number, port: fixed[2] as string, host: fixed[1] || null };
    else result = { kind: 'unknown', file };
  }
  // A file that loads other Ruby may set the port there.
  if (result.kind === 'none' && lines.some((raw) => /^\s*(require|require_relative|load|eval|instance_eval)\b/.test(raw)))
    return { kind: 'unknown', file };
  return result;
}

/** The Ruby identifiers in `text` (`puma_port` in `"tcp://0.0.0.0:#{puma_port}"`). */
function identifiersOf(text: string): string[] {
  return text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
}

/** `ENV["PORT"]`, and `ENV.fetch` of `"PORT"` with a block or a default. */
function readsPort(value: string): boolean {
  return /ENV(?:\.fetch)? ?[[(] ?["']PORT["']/.test(value);
}

function hostOf(name: string, rest: string): string | null {
  if (name === 'bind') return /tcp:\/\/([^:'"#]*):/.exec(rest)?.[1] || null;
  return /, ?['"]([^'"]+)['"] ?\)?$/.exec(rest)?.[1] ?? null;
}
