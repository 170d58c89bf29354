/**
 * Which program a command starts, from the program records alone (programs.ts): launchers (`exec`, `env`,
 * `bundle exec`, `poetry run`, `npx`, ...) are looked through, each record's forms (`gunicorn`, `python -m gunicorn`,
 * `flask run`, `java -jar`) tried, and the directory and environment set by earlier `cd` and `export` commands of the
 * same line carried along.
 */
import * as posixPath from 'node:path/posix';
import type { Language } from '../engine/languages.js';
import { INTERPRETER_LANGUAGES, LAUNCHERS, PROGRAMS, type InvokedAs, type PackageTool, type Program, type Subcommand } from './programs.js';
import { basename, type ShellAnalysis, type ShellWord, type SimpleCommand } from './shell.js';

export interface Invocation {
  /** The known program it starts, if procfile-lint knows it. */
  program: Program | null;
  /** The word that names what runs (`gunicorn`, or `node` for a script). */
  name: ShellWord;
  /** The arguments after the program and its subcommand (`run` of `flask run`). */
  args: ShellWord[];
  /** The script or jar file it runs: `server.js`, `manage.py`, `target/app.jar`. */
  file: ShellWord | null;
  /** For `npm start`, `yarn run build`, ...: the package manager and the script name. */
  script: { tool: PackageTool; name: string; word: ShellWord } | null;
  /** Options given to the interpreter before the file (`java -Dserver.port=$PORT -jar ...`). */
  interpreterArgs: ShellWord[];
  /** The words of the launchers looked through to reach it (`bundle exec`, `npx --yes`, `env X=1`). */
  launchers: ShellWord[];
  /** `NAME=value` in effect for it: prefixes, `env`, earlier `export`s. */
  env: ReadonlyMap<string, ShellWord>;
  /** The working directory relative to the app root, or `null` once a `cd` goes somewhere unknown. */
  cwd: string | null;
  language: Language | null;
}

const RECORDS = Object.values(PROGRAMS);

/**
 * The npm package that must be in the app's own node_modules for the invocation to run, or `null`: npx fetches a
 * package that is not installed (npm exec assumes `--yes` without a terminal), and a script in another folder has
 * its own package.json.
 */
export function installedNpmPackage(invocation: Invocation): string | null {
  const viaNpx = invocation.launchers.some((word) => basename(word.value) === 'npx');
  return invocation.program?.npmPackage && !viaNpx && invocation.cwd === '' ? invocation.program.npmPackage : null;
}

/** Every simple command of the line as an invocation, in order. */
export function invocationsOf(analysis: ShellAnalysis): Invocation[] {
  let cwd: string | null = '';
  const exported = new Map<string, ShellWord>();
  const invocations: Invocation[] = [];
  for (const command of analysis.commands) {
    const [first, target] = command.words;
    if (first?.value === 'cd') {
      cwd =
        cwd === null || !target || target.dynamic || target.value.startsWith('/') || target.value.startsWith('~')
          ? null
          : join(cwd, target.value);
      continue;
    }
    if (first?.value === 'export') {
      for (const word of command.words.slice(1)) {
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.value);
        if (match) exported.set(match[1] as string, word);
      }
      continue;
    }
    const invocation = resolve(command, new Map(exported), cwd);
    if (invocation) invocations.push(invocation);
  }
  return invocations;
}

type Make = (program: Program | null, argsFrom: number, extra?: Partial<Invocation>) => Invocation;

function resolve(command: SimpleCommand, env: Map<string, ShellWord>, cwd: string | null): Invocation | null {
  for (const { name, value } of command.assignments) env.set(name, value);
  const words = command.words;
  const i = skipLaunchers(words, env);
  const head = words[i];
  if (!head) return null;
  const name = programName(head.value);
  const make: Make = (program, argsFrom, extra = {}) => ({
    program,
    name: head,
    args: words.slice(argsFrom),
    file: null,
    script: null,
    interpreterArgs: [],
    launchers: words.slice(0, i),
    env,
    cwd,
    language: program?.language ?? INTERPRETER_LANGUAGES[name] ?? null,
    ...extra,
  });
  for (const program of RECORDS) {
    for (const form of program.invokedAs) {
      const invocation = matchForm(form, program, words, i, make);
      if (invocation) return invocation;
    }
  }
  // Named like a known program, but not the form it is known in (`flask db upgrade`): its language still tells.
  const namesake = RECORDS.find((program) => program.invokedAs.some((form) => namesOf(form).includes(name)));
  return make(null, i + 1, { language: namesake?.language ?? INTERPRETER_LANGUAGES[name] ?? null });
}

function matchForm(form: InvokedAs, program: Program, words: ShellWord[], i: number, make: Make): Invocation | null {
  const name = programName((words[i] as ShellWord).value);
  switch (form.kind) {
    case 'command': {
      if (!form.names.includes(name)) return null;
      const after = form.subcommand ? subcommandEnd(form.subcommand, words, i + 1, program) : i + 1;
      return after === -1 ? null : make(program, after);
    }
    case 'python-module': {
      if (name !== 'python') return null;
      const flag = words.findIndex((word, index) => index > i && word.value === '-m');
      if (flag === -1 || words[flag + 1]?.value !== form.module) return null;
      const after = form.subcommand ? subcommandEnd(form.subcommand, words, flag + 2, program) : flag + 2;
      return after === -1 ? null : make(program, after, { language: program.language });
    }
    case 'python-script': {
      if (name !== (form.interpreter ?? 'python') || words.some((word, index) => index > i && word.value === '-m')) return null;
      const file = firstOperand(words, i + 1, PROGRAMS['python-script'].leadingOptionsWithValue ?? []);
      const script = words[file];
      if (!script || basename(script.value) !== form.script) return null;
      const after = subcommandEnd(form.subcommand, words, file + 1, program);
      return after === -1 ? null : make(program, after, { file: script });
    }
    case 'interpreter':
      return form.names.includes(name) ? interpreter(form, program, words, i, make) : null;
    case 'package-script':
      return (form.tools as readonly string[]).includes(name) ? packageScript(name as PackageTool, program, words, i, make) : null;
  }
}

function interpreter(
  form: Extract<InvokedAs, { kind: 'interpreter' }>,
  program: Program,
  words: ShellWord[],
  i: number,
  make: Make,
): Invocation | null {
  if (form.flag !== undefined) {
    const flag = words.findIndex((word, index) => index > i && word.value === form.flag);
    if (flag === -1) return null;
    if (form.runs === 'arguments') return make(program, flag + 1);
    return make(program, flag + 2, { file: words[flag + 1] ?? null, interpreterArgs: words.slice(i + 1, flag) });
  }
  // `python -m something-unknown` runs a module, not a file.
  if (words.some((word, index) => index > i && word.value === '-m')) return null;
  const file = firstOperand(words, i + 1, program.leadingOptionsWithValue ?? []);
  if (form.runs === 'arguments') return make(program, i + 1);
  return make(program, file === -1 ? words.length : file + 1, {
    file: words[file] ?? null,
    interpreterArgs: words.slice(i + 1, Math.max(file, i + 1)),
  });
}

/** Index just after the subcommand that must start at `from` (after the program's own options), or -1. */
function subcommandEnd(subcommand: Subcommand, words: ShellWord[], from: number, program: Program): number {
  const at = firstOperand(words, from, program.leadingOptionsWithValue ?? []);
  const word = words[at];
  if (word && subcommand.names.includes(word.value)) return at + 1;
  return subcommand.optional && !word ? from : -1;
}

function namesOf(form: InvokedAs): readonly string[] {
  return form.kind === 'command' || form.kind === 'interpreter' ? form.names : form.kind === 'package-script' ? form.tools : [];
}

function skipLaunchers(words: ShellWord[], env: Map<string, ShellWord>): number {
  let i = 0;
  for (;;) {
    const base = basename(words[i]?.value ?? '');
    const next = words[i + 1]?.value;
    const launcher = LAUNCHERS.find(
      (candidate) => candidate.names.includes(base) && (candidate.then === undefined || candidate.then === next),
    );
    if (!launcher) return i;
    if (launcher.then !== undefined) i += 2;
    else if (launcher.options === 'nice') i += next === '-n' ? 3 : next?.startsWith('-') ? 2 : 1;
    else if (launcher.options === 'env') {
      i++;
      for (let word = words[i]; word && (word.value.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.value)); word = words[++i]) {
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.value);
        if (match) env.set(match[1] as string, word);
      }
    } else if (launcher.options === 'skip') {
      i++;
      while (words[i]?.value.startsWith('-')) i++;
    } else i++;
  }
}

/** Options that make a package manager use another folder's package.json. */
const ELSEWHERE = /^(--prefix|-C|--cwd|--dir|--filter|-F|-w|--workspace)(=|$)/;

function packageScript(tool: PackageTool, program: Program, words: ShellWord[], i: number, make: Make): Invocation {
  const sub = words[i + 1];
  if (!sub) return make(null, i + 1, { language: 'node' });
  if (words.slice(i + 1).some((word) => ELSEWHERE.test(word.value))) return make(null, i + 1, { language: 'node', cwd: null });
  const direct =
    ['start', 'test'].includes(sub.value) ||
    (tool !== 'npm' && !sub.value.startsWith('-') && !['run', 'install', 'add', 'build'].includes(sub.value));
  if (direct) return make(program, i + 2, { script: { tool, name: sub.value, word: sub } });
  if (['run', 'run-script'].includes(sub.value) && words[i + 2]) {
    const word = words[i + 2] as ShellWord;
    return make(program, i + 3, { script: { tool, name: word.value, word } });
  }
  return make(null, i + 1, { language: 'node' });
}

/** Index of the first argument from `from` that is not an option (skipping the values of `withValue` options). */
function firstOperand(words: ShellWord[], from: number, withValue: readonly string[]): number {
  for (let i = from; i < words.length; i++) {
    const value = (words[i] as ShellWord).value;
    if (withValue.includes(value)) i++;
    else if (!value.startsWith('-')) return i;
  }
  return -1;
}

/** The name a command word is known by: `bin/rails` -> `rails`, `python3.12` -> `python`. */
function programName(word: string): string {
  const base = basename(word);
  return /^python[0-9.]*$/.test(base) ? 'python' : base;
}

function join(cwd: string, target: string): string | null {
  const joined = posixPath.normalize(posixPath.join(cwd, target));
  if (joined === '..' || joined.startsWith('../')) return null;
  return joined === '.' ? '' : joined.replace(/\/$/, '');
}
