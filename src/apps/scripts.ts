/**
 * The scripts a Procfile command runs (`sh setup.sh`, `bash bin/start`, `./bin/web`, `npm run serve`, `yarn start`):
 * their text, where that text sits in its file (for positions there), and what the script itself runs, followed at
 * most `MAX_DEPTH` scripts deep. Files are read through AppFiles only (inside the workspace, size-limited); nothing
 * is run.
 */
import * as posixPath from 'node:path/posix';
import type { Node as JsonNode } from 'jsonc-parser';
import { parse as parseBash, type Statement } from 'unbash';
import type { AppFiles } from '../engine/app-files.js';
import { columnAt } from '../engine/source.js';
import type { Range } from '../engine/types.js';
import { basename, type ShellWord } from '../commands/shell.js';
import { rakeTaskCommand } from './rake.js';
import { jsonc } from './libraries.cjs';

/** Scripts that call scripts: followed this deep, no further. */
export const MAX_DEPTH = 3;

export interface ScriptRun {
  kind: 'shell-file' | 'package-script' | 'rake-task';
  /** The file the script is in, relative to the app root: `setup.sh`, `package.json` for a package script, the Rakefile or `.rake` file of a task. */
  file: string;
  /** The package script's or rake task's name (`start`). */
  name?: string;
  /** The shell text that runs. */
  text: string;
  /** Where `text` starts in `file`, when its offsets map one to one onto the file; else `null`. */
  offset: number | null;
  /** The whole of `file`, to turn offsets into lines and columns. */
  fileText: string;
  /** The directory the script's commands run in, relative to the app root. */
  cwd: string;
  /** The word of the outer command that names the script. */
  word: ShellWord;
}

/** What a command is, as far as finding a script goes (an `Invocation` fits). */
export interface ScriptCommand {
  name: ShellWord;
  args: readonly ShellWord[];
  cwd: string | null;
  script?: { tool: 'npm' | 'yarn' | 'pnpm'; name: string; word: ShellWord } | null;
}

const SHELLS = new Set(['sh', 'bash', 'dash']);
/** Shebangs of shell scripts; a script without one is run by the shell too (ENOEXEC), a python or node one is not. */
const SHELL_SHEBANG = /^#!\s*(?:\/usr)?\/bin\/(?:env\s+)?(?:ba|da)?sh\b/;

/** The script `command` runs, or `null` when it runs none procfile-lint can read. */
export function scriptRunBy(command: ScriptCommand, files: AppFiles): ScriptRun | null {
  if (command.cwd === null) return null;
  if (command.script) return packageScript(command.script.name, command.script.word, command.cwd, files);
  const head = command.name;
  if (head.dynamic) return null;
  const base = basename(head.value);
  if (base === 'rake') return rakeTask(command, files);
  if (SHELLS.has(base) || base === 'source' || base === '.') {
    // `sh -c '...'` is parsed as commands already (commands/shell.ts); `sh -e x.sh` runs x.sh.
    if (command.args.some((word) => /^-[a-z]+$/.test(word.value) && word.value.includes('c'))) return null;
    const operand = command.args.find((word) => !word.value.startsWith('-'));
    return operand ? shellFile(operand, command.cwd, files, false) : null;
  }
  if (head.value.includes('/') && !head.value.startsWith('/') && !head.value.startsWith('~'))
    return shellFile(head, command.cwd, files, true);
  return null;
}

function shellFile(word: ShellWord, cwd: string, files: AppFiles, needsShebang: boolean): ScriptRun | null {
  if (word.dynamic || word.value.startsWith('/')) return null;
  const file = posixPath.normalize(posixPath.join(cwd, word.value));
  if (file.startsWith('../')) return null;
  const text = files.readText(file);
  if (text === null || text.includes('\0')) return null;
  if (needsShebang && text.startsWith('#!') && !SHELL_SHEBANG.test(text)) return null;
  return { kind: 'shell-file', file, text, offset: 0, fileText: text, cwd, word };
}

/** `rake web`, `bundle exec rake assets:serve`: the literal command of that task (rake.ts); options are not followed. */
function rakeTask(command: ScriptCommand, files: AppFiles): ScriptRun | null {
  const cwd = command.cwd as string;
  if (command.args.some((word) => word.dynamic || word.value.startsWith('-'))) return null;
  const tasks = command.args.filter((word) => !word.value.includes('='));
  if (tasks.length > 1) return null;
  const name = tasks[0] ? (tasks[0].value.split('[')[0] as string) : 'default';
  const found = rakeTaskCommand(files, cwd, name);
  if (!found) return null;
  const { file, fileText, text, offset } = found;
  return { kind: 'rake-task', file, name, text, offset, fileText, cwd, word: tasks[0] ?? command.name };
}

function packageScript(name: string, word: ShellWord, cwd: string, files: AppFiles): ScriptRun | null {
  const file = posixPath.join(cwd, 'package.json');
  const fileText = files.readText(file);
  if (fileText === null) return null;
  let node: JsonNode | undefined;
  try {
    const root = jsonc().parseTree(fileText);
    node = root ? jsonc().findNodeAtLocation(root, ['scripts', name]) : undefined;
  } catch {
    return null;
  }
  if (node?.type !== 'string' || typeof node.value !== 'string') return null;
  const text = node.value;
  // Positions inside the script map onto the file only when JSON escaped nothing in it.
  const raw = fileText.slice(node.offset + 1, node.offset + node.length - 1);
  return { kind: 'package-script', file, name, text, offset: raw === text ? node.offset + 1 : null, fileText, cwd, word };
}

/** The range of [start, end) of a script's text in its file (the whole script string when offsets do not map). */
export function rangeInScript(run: ScriptRun, start: number, end: number): Range {
  const from = run.offset === null ? 0 : run.offset + start;
  const to = run.offset === null ? run.fileText.length : run.offset + end;
  return rangeOfOffsets(run.fileText, run.offset === null ? locateWhole(run) : { from, to });
}

function locateWhole(run: ScriptRun): { from: number; to: number } {
  const at = run.fileText.indexOf(`"${run.name ?? ''}"`);
  return at === -1 ? { from: 0, to: 1 } : { from: at, to: at + (run.name?.length ?? 0) + 2 };
}

/** Lines and columns (1-based, columns in code points as the rest of the engine counts them) of offsets in `text`. */
export function rangeOfOffsets(text: string, { from, to }: { from: number; to: number }): Range {
  const start = position(text, from);
  const end = position(text, Math.max(to, from + 1));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function position(text: string, offset: number): { line: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf('\n', clamped - 1) + 1;
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < lineStart; at = text.indexOf('\n', at + 1)) line++;
  return { line, column: columnAt(text.slice(lineStart), clamped - lineStart) };
}

export interface ScriptExit {
  /** Why the script's last command certainly fails, for a message. */
  reason: 'carriage-return';
  /** Offsets in the script's text of the command that fails. */
  start: number;
  end: number;
  /** The exit status it ends with. */
  status: number;
}

/**
 * How the script certainly ends in failure, or `null`. A shell script's exit status is its last command's; one saved
 * with Windows line endings ends with a command whose name carries a carriage return (often an empty last line,
 * `$'\r'`), which bash and dash cannot find: status 127 (POSIX "Command Search and Execution").
 */
export function certainFailure(run: ScriptRun): ScriptExit | null {
  let script;
  try {
    script = parseBash(run.text);
  } catch {
    return null;
  }
  if ((script.errors ?? []).length > 0) return null;
  const last: Statement | undefined = script.commands.at(-1);
  const command = last?.command;
  if (!last || last.background || command?.type !== 'Command' || !command.name) return null;
  const name = command.name;
  if (name.value.includes('\r')) return { reason: 'carriage-return', start: name.pos, end: name.end, status: 127 };
  return null;
}

/**
 * Whether the command at `start` (an offset in `text`) is followed by `&&`, so the rest of the line runs only if it
 * succeeds, or is the last thing the line runs, so the process ends when it does.
 */
export function failureStopsLine(text: string, start: number): boolean {
  let script;
  try {
    script = parseBash(text);
  } catch {
    return false;
  }
  const statements = script.commands;
  for (const [index, statement] of statements.entries()) {
    const command = statement.command;
    const parts = command.type === 'AndOr' ? command.commands : [command];
    for (const [at, part] of parts.entries()) {
      if (part.pos > start || part.end <= start) continue;
      // Only a command of this line itself, not one inside a `bash -c '...'` string: there `;` and `&&` are the inner shell's.
      if (part.type !== 'Command' || ![part.name, ...part.suffix].some((word) => word?.pos === start)) return false;
      const operator = command.type === 'AndOr' ? command.operators[at] : undefined;
      if (operator === '&&') return true;
      if (operator === '||') return false;
      return index === statements.length - 1 && !statement.background;
    }
  }
  return false;
}

export interface Followed<I> {
  /** The command that does the work: the outer one, or the one a script ends up running. */
  invocation: I;
  /** The scripts passed through, outermost first; the invocation's offsets are in the last one's text. */
  chain: ScriptRun[];
}

/**
 * From `command`, follow the scripts it runs (at most `MAX_DEPTH`, never the same file twice) to the command
 * `pick` chooses in each; `invocationsOf` reads a script's text into commands (with the script's `cwd`).
 */
export function followScripts<I extends ScriptCommand>(
  command: I,
  files: AppFiles,
  invocationsOf: (run: ScriptRun) => I[],
  pick: (invocations: I[]) => I | null,
): Followed<I> {
  let current: Followed<I> = { invocation: command, chain: [] };
  const seen = new Set<string>();
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const run = scriptRunBy(current.invocation, files);
    const key = run ? `${run.file}#${run.name ?? ''}` : '';
    if (!run || seen.has(key)) break;
    seen.add(key);
    const next = pick(invocationsOf(run));
    if (!next) break;
    current = { invocation: next, chain: [...current.chain, run] };
  }
  return current;
}

/** A command, and the script it is written in (`null`: on the Procfile line). */
export interface Reached<I> {
  invocation: I;
  run: ScriptRun | null;
}

/**
 * Every one of `commands`, and every command of the scripts they run, in order: scripts at most `MAX_DEPTH` deep,
 * each read once. `invocationsOf` reads a script's text into commands (with the script's `cwd`).
 */
export function throughScripts<I extends ScriptCommand>(
  commands: readonly I[],
  files: AppFiles,
  invocationsOf: (run: ScriptRun) => I[],
): Reached<I>[] {
  const reached: Reached<I>[] = [];
  const seen = new Set<string>();
  const visit = (list: readonly I[], run: ScriptRun | null, depth: number) => {
    for (const invocation of list) {
      reached.push({ invocation, run });
      const next = depth < MAX_DEPTH ? scriptRunBy(invocation, files) : null;
      const key = next ? `${next.file}#${next.name ?? ''}` : '';
      if (!next || seen.has(key)) continue;
      seen.add(key);
      visit(invocationsOf(next), next, depth + 1);
    }
  };
  visit(commands, null, 0);
  return reached;
}
