/**
 * The facts several rules need, each computed once per run on first use (like ruff's semantic model or markdownlint's
 * parse cache): a rule asks `context.facts`, never recomputes. Adding a fact here is how a new shared analysis
 * reaches every rule.
 */
import { packageJson, pythonDependencies, type PackageJson, type PythonDependencies } from '../commands/app-facts.js';
import { invocationsOf, type Invocation } from '../commands/invocation.js';
import { listenOf, type Listen } from '../commands/listen.js';
import type { Program } from '../commands/programs.js';
import { analyzeShell, type ShellAnalysis } from '../commands/shell.js';
import type { AppFiles } from '../engine/app-files.js';
import type { ParsedProcfile, ProcessLine } from '../engine/parse.js';
import { outcomeOf } from '../engine/readers/outcome.js';
import type { Reading } from '../engine/readers/reading.js';

/** A process line the platform reads as written, with the type it reads it as (`web` for a `Web` line Heroku corrects). */
export interface ReadLine {
  line: ProcessLine;
  type: string;
}

/** What bash makes of a line's command, and the programs it starts. */
export interface CommandFacts {
  analysis: ShellAnalysis;
  invocations: Invocation[];
  /** What serves: the last known program of the line, else its last command. */
  main: Invocation | null;
}

export interface WebServer {
  line: ProcessLine;
  /** What the web command starts. */
  main: Invocation;
  program: Program;
  /** Where it listens, as far as its command line says. */
  listen: Listen;
}

export interface Facts {
  /** The process lines the platform actually reads, in file order: what the command rules check. */
  processLines(): readonly ReadLine[];
  /** The shell analysis and invocations of a process line's command. */
  command(line: ProcessLine): CommandFacts;
  /** The `web` line the platform runs (the one that receives HTTP traffic), if any. */
  webLine(): ProcessLine | null;
  /** The known server the `web` process starts and where it listens, or `null` when that is not known. */
  webServer(): WebServer | null;
  /** package.json at the app root: `null` when there is none, `'invalid'` when it is not a JSON object. */
  packageJson(): PackageJson | null | 'invalid';
  /** The Python dependencies the app's manifests declare. */
  pythonDependencies(): PythonDependencies;
}

export interface FactSources {
  files: AppFiles;
  procfile: ParsedProcfile | null;
  /** How the platform's parser reads the Procfile. */
  reading: Reading | null;
}

export function createFacts({ files, procfile, reading }: FactSources): Facts {
  const commands = new Map<ProcessLine, CommandFacts>();
  const facts: Facts = {
    processLines: once(() => (procfile && reading ? readLines(procfile, reading) : [])),
    command(line) {
      let found = commands.get(line);
      if (!found) commands.set(line, (found = commandFactsOf(line)));
      return found;
    },
    webLine: once(() => {
      const running = reading?.processes.find((process) => process.type === 'web');
      return facts.processLines().find(({ line }) => line.number === running?.line)?.line ?? null;
    }),
    webServer: once(() => {
      const line = facts.webLine();
      const main = line ? facts.command(line).main : null;
      const listen = main ? listenOf(main) : null;
      return line && main?.program && listen ? { line, main, program: main.program, listen } : null;
    }),
    packageJson: once(() => packageJson(files)),
    pythonDependencies: once(() => pythonDependencies(files)),
  };
  return facts;
}

function readLines(procfile: ParsedProcfile, reading: Reading): ReadLine[] {
  return procfile.lines.flatMap((line) => {
    if (line.kind !== 'process') return [];
    const outcome = outcomeOf(reading, line.number);
    const readsItself = outcome.kind === 'reads' || outcome.kind === 'corrects';
    return readsItself && outcome.entry.commandLine === line.number ? [{ line, type: outcome.entry.type }] : [];
  });
}

function commandFactsOf(line: ProcessLine): CommandFacts {
  const analysis = analyzeShell(line.command.text);
  const invocations = invocationsOf(analysis);
  const main = [...invocations].reverse().find((invocation) => invocation.program) ?? invocations.at(-1) ?? null;
  return { analysis, invocations, main };
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}
