/** Where a server will listen, as far as its command line says: the host and port options, or why it cannot tell. */
import type { Invocation } from './invocation.js';
import type { PortFacts } from './programs.js';
import type { ShellWord } from './shell.js';

export interface Listen {
  facts: PortFacts;
  /** The host given on the command line (or in its environment variable), and the word that gives it. */
  host: { value: string; word: ShellWord } | null;
  /** The port given, the word that gives it, whether it is `$PORT`, and whether it overrides `PORT` itself. */
  port: { value: string; word: ShellWord; usesPort: boolean; setsPort?: boolean } | null;
  /** A config file or a socket decides instead: nothing can be said. */
  undecidable: ShellWord | null;
  /** It will listen on `$PORT` because it reads `PORT` itself and nothing overrides that. */
  readsPort: boolean;
}

export function listenOf(invocation: Invocation): Listen | null {
  const facts = invocation.program?.port;
  if (!facts) return null;
  const listen: Listen = { facts, host: null, port: null, undecidable: null, readsPort: false };
  const args = invocation.args;
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as ShellWord;
    const option = optionOf(word.value);
    const inline = option.value !== null;
    const value = inline ? (option.value as string) : args[i + 1]?.value;
    const valueWord = inline ? word : args[i + 1];
    const is = (names: readonly string[]) => names.includes(option.name);
    if (!is([...facts.bind, ...facts.host, ...facts.port, ...facts.config, ...facts.socket])) continue;
    if (!inline) i++;
    if (value === undefined || !valueWord) continue;
    if (is(facts.config) || is(facts.socket)) listen.undecidable = word;
    else if (is(facts.bind)) applyAddress(listen, value, valueWord);
    else if (is(facts.host)) listen.host = { value, word: valueWord };
    else listen.port = { value, word: valueWord, usesPort: usesPort(valueWord) };
  }
  const prefix = facts.javaProperty ? `-D${facts.javaProperty}=` : null;
  const property = prefix ? invocation.interpreterArgs.find((word) => word.value.startsWith(prefix)) : undefined;
  if (prefix && property && !listen.port)
    listen.port = { value: property.value.slice(prefix.length), word: property, usesPort: usesPort(property) };
  if (facts.positionalAddress) {
    const address = args.find((word) => !word.value.startsWith('-'));
    if (address?.value.includes(':')) applyAddress(listen, address.value, address);
    else if (address) listen.port = { value: address.value, word: address, usesPort: usesPort(address) };
  }
  const portVariable = invocation.env.get('PORT');
  if (facts.readsPort && portVariable && !listen.port) {
    listen.port = { value: assignedValue(portVariable), word: portVariable, usesPort: usesPort(portVariable), setsPort: true };
  }
  listen.readsPort = facts.readsPort && !listen.port && !(facts.addressReplacesPort && listen.host);
  for (const variables of facts.portEnv) {
    const port = invocation.env.get(variables.port);
    if (port && !listen.port) listen.port = { value: assignedValue(port), word: port, usesPort: usesPort(port) };
    const host = variables.host === undefined ? undefined : invocation.env.get(variables.host);
    if (host && !listen.host) listen.host = { value: assignedValue(host), word: host };
  }
  return listen;
}

/** The value of an `env` word or `export` word, `NAME=value`, or of a prefix assignment (already just the value). */
function assignedValue(word: ShellWord): string {
  const match = /^[A-Za-z_][A-Za-z0-9_]*=/.exec(word.value);
  return match ? word.value.slice(match[0].length) : word.value;
}

/** `--port=80` -> `--port` and `80`; `-p` -> `-p` and no inline value. */
function optionOf(text: string): { name: string; value: string | null } {
  const equals = text.indexOf('=');
  if (text.startsWith('--') && equals !== -1) return { name: text.slice(0, equals), value: text.slice(equals + 1) };
  return { name: text, value: null };
}

/** `host:port`, `tcp://host:port`, `[::1]:port`, `:port`, `unix:/path`. */
function applyAddress(listen: Listen, address: string, word: ShellWord): void {
  if (/^(unix:|fd:\/\/|fd:)/.test(address)) {
    listen.undecidable = word;
    return;
  }
  const bare = address.replace(/^[a-z]+:\/\//, '');
  const colon = bare.lastIndexOf(':');
  const host = colon === -1 ? bare : bare.slice(0, colon);
  const port = colon === -1 ? '' : bare.slice(colon + 1);
  listen.host = { value: host.replace(/^\[(.*)\]$/, '$1'), word };
  if (port !== '') listen.port = { value: port, word, usesPort: usesPort(word) };
}

function usesPort(word: ShellWord): boolean {
  return word.parameters.some((parameter) => parameter.name === 'PORT');
}

/** Addresses only reachable from the same machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
