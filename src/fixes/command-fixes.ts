/**
 * The fixes of the command rules: the port variable written so bash expands it, and the web server told to listen
 * on every interface and on `$PORT`, with the options its program record gives (src/commands/programs.ts).
 */
import { isLoopback } from '../commands/listen.js';
import { analyzeShell, type ShellWord } from '../commands/shell.js';
import type { ParsedProcfile, ProcessLine } from '../engine/parse.js';
import { quote } from '../engine/quote.js';
import type { EditFix } from '../engine/types.js';
import type { Facts, WebServer } from '../runner/facts.js';
import { inCommand, procfileFix, type TextChange } from './edits.js';

/** Why a word does not give the port, or `null`: the check of bad-port-var. */
export type PortCheck = (word: ShellWord) => string | null;

/** Rewrites `word` so bash expands the port variable; offered only when the result passes `check` as one word. */
export function portVariableFix(
  procfile: ParsedProcfile,
  file: string,
  line: ProcessLine,
  word: ShellWord,
  check: PortCheck,
): EditFix | undefined {
  const fixed = spellPort(word.text);
  if (fixed === word.text) return undefined;
  const words = analyzeShell(fixed).commands.flatMap((command) => [...command.words, ...command.assignments.map((a) => a.value)]);
  if (words.length !== 1 || check(words[0] as ShellWord) !== null) return undefined;
  const where = inCommand(line, word.start, word.end);
  return procfileFix(procfile, file, `Write ${quote(fixed)} instead of ${quote(word.text)}.`, [{ ...where, text: fixed }]);
}

function spellPort(text: string): string {
  return text
    .replace(/%PORT%/giu, '$$PORT')
    .replace(/\$env:PORT\b/giu, '$$PORT')
    .replace(/\$\(PORT\)/gu, '$$PORT')
    .replace(/\$(\{?)(?!PORT\b)([Pp][Oo][Rr][Tt])\b/gu, '$$$1PORT')
    .replace(/'([^'"\\`$]*\$\{?PORT\b[^'"\\`$]*)'/gu, '"$1"')
    .replace(/(^|[^$])\{PORT\}/gu, '$1$${PORT}');
}

type Need = 'host' | 'port';

/**
 * Makes the web server listen where the router reaches it: a loopback host becomes `0.0.0.0`, and what is missing
 * (`needs`) is added after its last argument with the options of its program record. localhost-bind and
 * web-port-unbound both ask for what the command lacks as a whole, so when both fire they offer the same edit.
 */
export function listenFix(procfile: ParsedProcfile, file: string, server: WebServer, facts: Facts): EditFix | undefined {
  const { program, listen, line } = server;
  const record = program.listenFix;
  if (!record || listen.undecidable) return undefined;
  const changes: TextChange[] = [];
  if (listen.host && isLoopback(listen.host.value)) {
    const replaced = replaceOnce(listen.host.word, listen.host.value, '0.0.0.0', line);
    if (!replaced) return undefined;
    changes.push(replaced);
  }
  const needs = missing(server);
  if (needs.length > 0) {
    const insertion = insertionFor(server, needs, line, facts);
    if (!insertion) return undefined;
    changes.push(insertion);
  }
  return procfileFix(
    procfile,
    file,
    `Make ${quote(program.label)} listen on 0.0.0.0 and on $PORT.`,
    changes.sort((a, b) => a.start - b.start),
  );
}

function missing({ listen }: WebServer): Need[] {
  const needs: Need[] = [];
  if (!listen.host && !listen.readsPort && isLoopback(listen.facts.defaultHost)) needs.push('host');
  if (!listen.port && !listen.readsPort) needs.push('port');
  return needs;
}

function insertionFor(server: WebServer, needs: readonly Need[], line: ProcessLine, facts: Facts): TextChange | undefined {
  const { program, listen, main } = server;
  const record = program.listenFix;
  if (!record) return undefined;
  let text: string;
  if (needs.includes('port') && listen.host) {
    // The host is given (and fixed above); only the port is missing.
    const portOption = listen.facts.port.at(-1);
    if (!portOption) return undefined; // a bind-style address: the port belongs inside it, not worth guessing
    text = `${portOption} $PORT`;
  } else if (needs.includes('port')) {
    text = needs.includes('host') && !setsHost(record.port) ? `${record.host} ${record.port}` : record.port;
  } else {
    text = record.host;
  }
  const words = facts.command(line).analysis.commands.find((command) => command.words.includes(main.name))?.words ?? [];
  if (record.where) {
    // A `java -jar` takes the port as its framework does (`-Dktor.deployment.port=`), not as Spring's record says.
    const framework = server.config?.framework;
    if (framework) {
      if (!framework.property || !needs.includes('port')) return undefined;
      text = `-D${framework.property}=$PORT`;
    }
    const jar = words.find((word) => word.start > main.name.start && word.value === '-jar');
    if (!jar) return undefined;
    const at = inCommand(line, jar.start, jar.start);
    return { ...at, text: `${text} ` };
  }
  const last = words.at(-1);
  if (!last) return undefined;
  const at = inCommand(line, last.end, last.end);
  return { ...at, text: ` ${text}` };
}

function setsHost(option: string): boolean {
  return option.includes('0.0.0.0');
}

function replaceOnce(word: ShellWord, value: string, by: string, line: ProcessLine): TextChange | undefined {
  const at = word.text.indexOf(value);
  if (value === '' || at === -1 || word.text.indexOf(value, at + 1) !== -1 || value.includes(':')) return undefined;
  const where = inCommand(line, word.start + at, word.start + at + value.length);
  return { ...where, text: by };
}
