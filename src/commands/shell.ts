/**
 * What bash will make of a command, from a real bash parser (unbash): the simple commands it runs, in order, with
 * their words and environment assignments, every parameter expansion, and syntax errors, all with offsets into the
 * command text. `sh -c '...'` and `bash -c "..."` are parsed again inside, with offsets mapped back.
 */
import { forEachChild, parse, type Command, type SyntaxNode, type Word, type WordPart } from 'unbash';

export interface Parameter {
  /** `PORT` for `$PORT`, `${PORT}` and `${PORT:-5000}`. */
  name: string;
  start: number;
  end: number;
}

export interface ShellWord {
  /** The word with its quotes removed; expansions stay as written (`0.0.0.0:$PORT`). */
  value: string;
  /** The word as written. */
  text: string;
  start: number;
  end: number;
  /** The parameters the word expands (not those inside single quotes). */
  parameters: Parameter[];
  /** The word's value depends on an expansion of any kind, so it is not known before bash runs. */
  dynamic: boolean;
  /** Single-quoted pieces, in which bash expands nothing. */
  singleQuoted: { value: string; start: number; end: number }[];
  /** The script of `sh -c '...'`: parsed again as commands of its own, so its quotes are that shell's business. */
  isScript?: boolean;
}

export interface SimpleCommand {
  assignments: { name: string; value: ShellWord }[];
  /** The program and its arguments. */
  words: ShellWord[];
  start: number;
  end: number;
}

export interface ShellError {
  message: string;
  offset: number;
}

export interface ShellAnalysis {
  /** Every simple command bash would run, in order, not counting command substitutions. */
  commands: SimpleCommand[];
  errors: ShellError[];
  /** The command is longer than MAX_ANALYSED_COMMAND and was not parsed: nothing is known of it. */
  tooLong?: true;
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh']);
const MAX_NESTED_SHELLS = 3;

/**
 * Commands longer than this (in UTF-16 code units) are not handed to the parser: unbash takes time quadratic in the
 * length of some commands (hundreds of `<<E` heredoc operators, deep `$(` nesting), and a 1 MiB Procfile of such
 * lines would hold the runner for minutes. Real commands are a few hundred characters; longer ones belong in a script.
 */
export const MAX_ANALYSED_COMMAND = 2048;

export function analyzeShell(text: string, depth = 0): ShellAnalysis {
  if (text.length > MAX_ANALYSED_COMMAND) return { commands: [], errors: [], tooLong: true };
  try {
    return analyze(text, depth);
  } catch (error) {
    // The parser is written never to throw; a stack overflow on absurd nesting is the one way it still can.
    const message = error instanceof RangeError ? 'the command is nested too deeply to analyse' : String(error);
    return { commands: [], errors: [{ message, offset: 0 }] };
  }
}

function analyze(text: string, depth: number): ShellAnalysis {
  const script = parse(text);
  const commands: SimpleCommand[] = [];
  const errors: ShellError[] = (script.errors ?? []).map(({ message, pos }) => ({ message, offset: Math.min(pos, text.length) }));
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'Command') {
      const command = simpleCommand(node);
      commands.push(command);
      collectNestedErrors(node, errors, text.length);
      const inner = depth < MAX_NESTED_SHELLS ? innerScript(command) : null;
      if (inner) {
        inner.word.isScript = true;
        const nested = analyze(inner.text, depth + 1);
        const expanded = inner.doubleQuoted ? nested.commands.map(expandedByOuterShell) : nested.commands;
        commands.push(...expanded.map((c) => shiftCommand(c, inner.offset)));
        errors.push(...nested.errors.map((e) => ({ message: e.message, offset: e.offset + inner.offset })));
      }
      return;
    }
    forEachChild(node, visit);
  };
  visit(script);
  const unique = new Map(errors.map((error) => [`${error.offset}:${error.message}`, error]));
  return { commands, errors: [...unique.values()].sort((a, b) => a.offset - b.offset) };
}

function simpleCommand(node: Command): SimpleCommand {
  const assignments = node.prefix.flatMap((item) =>
    item.type === 'Assignment' && item.value.type === 'Word' ? [{ name: item.name, value: shellWord(item.value) }] : [],
  );
  const words = [node.name, ...node.suffix].flatMap((item) => {
    if (item?.type === 'Word') return [shellWord(item)];
    // `export PORT=5000`: declaration builtins take assignments as arguments; keep them as `NAME=value` words.
    if (item?.type === 'Assignment' && item.value.type === 'Word') {
      const value = shellWord(item.value);
      return [{ ...value, value: `${item.name}=${value.value}`, text: item.text, start: item.pos, end: item.end }];
    }
    return [];
  });
  return { assignments, words, start: node.pos, end: node.end };
}

function shellWord(word: Word): ShellWord {
  const parameters: Parameter[] = [];
  const singleQuoted: ShellWord['singleQuoted'] = [];
  let dynamic = false;
  const visit = (node: SyntaxNode): void => {
    switch (node.type) {
      case 'SimpleExpansion':
        parameters.push({ name: node.text.slice(1), start: node.pos, end: node.end });
        dynamic = true;
        return;
      case 'ParameterExpansion':
        parameters.push({ name: node.parameter, start: node.pos, end: node.end });
        dynamic = true;
        break;
      case 'SingleQuoted':
        singleQuoted.push({ value: node.value, start: node.pos, end: node.end });
        return;
      case 'CommandExpansion':
      case 'ProcessSubstitution':
      case 'ArithmeticExpansion':
      case 'ArithmeticCommandExpansion':
      case 'Glob':
      case 'ExtendedGlob':
      case 'BraceExpansion':
        dynamic = true;
        return;
    }
    forEachChild(node, visit);
  };
  for (const part of word.parts ?? []) visit(part as WordPart);
  return { value: word.value, text: word.text, start: word.pos, end: word.end, parameters, dynamic, singleQuoted };
}

/** Command substitutions nested deeper than this are not searched for errors (bash itself caps nesting). */
const MAX_SUBSTITUTION_DEPTH = 16;

/** Syntax errors inside `$(...)` are reported on the nested script only. */
function collectNestedErrors(node: SyntaxNode, errors: ShellError[], length: number): void {
  let depth = 0;
  const visit = (child: SyntaxNode): void => {
    if (child.type === 'Script') {
      for (const { message, pos } of child.errors ?? []) errors.push({ message, offset: Math.min(pos, length) });
      if (depth >= MAX_SUBSTITUTION_DEPTH) return;
      depth++;
      forEachChild(child, visit);
      depth--;
      return;
    }
    forEachChild(child, visit);
  };
  forEachChild(node, visit);
}

/** The script of `sh -c '...'`, with the offset of its first character in the outer command. */
function innerScript(command: SimpleCommand): { text: string; offset: number; word: ShellWord; doubleQuoted: boolean } | null {
  const [program, ...args] = command.words;
  if (!program || !SHELLS.has(basename(program.value))) return null;
  const flag = args.findIndex((word) => isCommandFlag(word.value));
  const script = flag === -1 ? undefined : args[flag + 1];
  if (!script) return null;
  const quoted = script.text.startsWith("'") || script.text.startsWith('"');
  return { text: script.value, offset: script.start + (quoted ? 1 : 0), word: script, doubleQuoted: script.text.startsWith('"') };
}

/** `-c`, `-ec`, `-lc`: short options that include `c`. A letter check, as `/^-[a-z]*c[a-z]*$/` backtracks. */
function isCommandFlag(word: string): boolean {
  return word.startsWith('-') && word.includes('c') && /^[a-z]+$/.test(word.slice(1));
}

/**
 * `bash -c "gunicorn -b '0.0.0.0:$PORT'"`: the outer shell expands `$PORT` inside its double quotes before the inner
 * one sees the single quotes, so for the inner command those pieces hold expansions, not literal text.
 */
function expandedByOuterShell(command: SimpleCommand): SimpleCommand {
  const expand = (word: ShellWord): ShellWord => {
    const parameters = word.singleQuoted.flatMap((piece) =>
      Array.from(piece.value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g), (match) => ({
        name: match[1] as string,
        start: piece.start + 1 + match.index,
        end: piece.start + 1 + match.index + match[0].length,
      })),
    );
    if (parameters.length === 0) return word;
    return { ...word, parameters: [...word.parameters, ...parameters], singleQuoted: [], dynamic: true };
  };
  return {
    ...command,
    assignments: command.assignments.map(({ name, value }) => ({ name, value: expand(value) })),
    words: command.words.map(expand),
  };
}

function shiftCommand(command: SimpleCommand, by: number): SimpleCommand {
  const shiftWord = (word: ShellWord): ShellWord => ({
    ...word,
    start: word.start + by,
    end: word.end + by,
    parameters: word.parameters.map((p) => ({ ...p, start: p.start + by, end: p.end + by })),
    singleQuoted: word.singleQuoted.map((q) => ({ ...q, start: q.start + by, end: q.end + by })),
  });
  return {
    assignments: command.assignments.map(({ name, value }) => ({ name, value: shiftWord(value) })),
    words: command.words.map(shiftWord),
    start: command.start + by,
    end: command.end + by,
  };
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
