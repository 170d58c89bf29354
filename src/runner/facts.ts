/**
 * The facts several rules need, each computed once per run on first use (like ruff's semantic model or markdownlint's
 * parse cache): a rule asks `context.facts`, never recomputes. Adding a fact here is how a new shared analysis
 * reaches every rule.
 */
import * as posixPath from 'node:path/posix';
import { appConfig, type AppConfig } from '../apps/app-config.js';
import { devOnlyPackages, type DevOnlyPackages } from '../apps/dev-dependencies.js';
import { followScripts, rangeInScript, type ScriptRun } from '../apps/scripts.js';
import {
  nodePackages,
  packageJson,
  pythonDependencies,
  rubyGems,
  type DeclaredPackages,
  type PackageJson,
  type PythonDependencies,
  type RubyGems,
} from '../commands/app-facts.js';
import { invocationsOf, type Invocation } from '../commands/invocation.js';
import { listenOf, type Listen } from '../commands/listen.js';
import type { Program } from '../commands/programs.js';
import { analyzeShell, type ShellAnalysis } from '../commands/shell.js';
import type { AppFiles } from '../engine/app-files.js';
import type { ParsedProcfile, ProcessLine } from '../engine/parse.js';
import { entryReadOn } from '../engine/readers/outcome.js';
import type { Reading } from '../engine/readers/reading.js';
import type { Range } from '../engine/types.js';

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
  /** What the web command starts: on the line itself, or in the script it runs (`chain`). */
  main: Invocation;
  program: Program;
  /** Where it listens, as far as its command line says. */
  listen: Listen;
  /** The scripts the line runs to get to `main` (`sh start.sh`, `npm start`), outermost first; empty when it is on the line. */
  chain: readonly ScriptRun[];
  /** What the program's own config file says (puma's config/puma.rb, a Java framework's application.conf), if it has a reader. */
  config: AppConfig | null;
  /** The file and range of [start, end) of `main`'s command when it is in a script (the last of `chain`); `null` on the Procfile line. */
  inScript(start: number, end: number): { file: string; range: Range } | null;
}

/**
 * Commands checked per Procfile: real ones declare a handful of processes (at most 5 in 208 public repositories),
 * and analysing each command (the shell parse, its programs, the app files they name) is the costly part of a run.
 */
export const MAX_CHECKED_PROCESSES = 50;

export interface Facts {
  /**
   * The process lines the platform actually reads, in file order: what the command rules check. At most
   * `MAX_CHECKED_PROCESSES`, and the `web` line the platform runs always among them.
   */
  processLines(): readonly ReadLine[];
  /** The process lines the platform reads past `MAX_CHECKED_PROCESSES`, whose commands go unchecked. */
  uncheckedLines(): readonly ReadLine[];
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
  /** The gems of the Gemfile and its lock file, `null` without a Gemfile. */
  rubyGems(): RubyGems | null;
  /** The npm packages package.json and its lock file declare, `null` without a valid package.json. */
  nodePackages(): DeclaredPackages | null;
  /** The lock file's package manager and the packages only devDependencies declare, `null` without package.json or a lock file. */
  nodeDevOnly(): DevOnlyPackages | null;
}

export interface FactSources {
  files: AppFiles;
  /** The app's directory relative to the workspace (`''` at the root), for findings in the app's own files. */
  appDir?: string;
  procfile: ParsedProcfile | null;
  /** How the platform's parser reads the Procfile. */
  reading: Reading | null;
}

export function createFacts({ files, procfile, reading, appDir = '' }: FactSources): Facts {
  const commands = new Map<string, CommandFacts>();
  const lines = once(() => (procfile && reading ? splitChecked(readLines(procfile, reading), reading) : { checked: [], unchecked: [] }));
  const facts: Facts = {
    processLines: () => lines().checked,
    uncheckedLines: () => lines().unchecked,
    command(line) {
      // By text: the same command on several lines is analysed once.
      let found = commands.get(line.command.text);
      if (!found) commands.set(line.command.text, (found = commandFactsOf(line.command.text)));
      return found;
    },
    webLine: once(() => {
      const running = webOf(reading);
      return facts.processLines().find(({ line }) => line.number === running?.line)?.line ?? null;
    }),
    webServer: once(() => {
      const line = facts.webLine();
      const onLine = line ? facts.command(line).main : null;
      if (!line || !onLine) return null;
      // `web: sh start.sh`, `web: npm start`: the server is the one the script starts, checked where it is written.
      const { invocation: main, chain } = files.complete
        ? followScripts(
            onLine,
            files,
            (run) =>
              commandFactsOf(run.text).invocations.map((found) => ({
                ...found,
                cwd: found.cwd === null ? null : joinDir(run.cwd, found.cwd),
              })),
            mainOf,
          )
        : { invocation: onLine, chain: [] };
      const listen = main.program ? listenOf(main) : null;
      if (!main.program || !listen) return null;
      const config = appConfig(main, files);
      // The config reader read the file a `-C` option names: that option no longer hides where it listens.
      const readConfig = config && config.listen.kind !== 'unknown' ? { ...listen, undecidable: null } : { ...listen };
      // A Java framework's own command-line port (Ktor's `-port=`) replaces the java-jar record's Spring options.
      if (config?.commandLinePort !== undefined) readConfig.port = config.commandLinePort;
      const last = chain.at(-1);
      const inScript = (start: number, end: number) =>
        last ? { file: posixPath.join(appDir, last.file), range: rangeInScript(last, start, end) } : null;
      return { line, main, program: main.program, listen: readConfig, chain, config, inScript };
    }),
    packageJson: once(() => packageJson(files)),
    pythonDependencies: once(() => pythonDependencies(files)),
    rubyGems: once(() => rubyGems(files)),
    nodePackages: once(() => nodePackages(files, facts.packageJson())),
    nodeDevOnly: once(() => devOnlyPackages(files, facts.packageJson())),
  };
  return facts;
}

/** The process lines the platform reads as entries of their own (not as the command of an earlier line). */
function readLines(procfile: ParsedProcfile, reading: Reading): ReadLine[] {
  const read: ReadLine[] = [];
  for (const line of procfile.lines) {
    if (line.kind !== 'process') continue;
    const entry = entryReadOn(reading, line.number);
    if (entry?.commandLine === line.number) read.push({ line, type: entry.type });
  }
  return read;
}

function splitChecked(all: ReadLine[], reading: Reading): { checked: ReadLine[]; unchecked: ReadLine[] } {
  if (all.length <= MAX_CHECKED_PROCESSES) return { checked: all, unchecked: [] };
  const web = webOf(reading);
  const isWeb = ({ line }: ReadLine) => line.number === web?.line;
  const checked = all.slice(0, MAX_CHECKED_PROCESSES);
  const lateWeb = checked.some(isWeb) ? undefined : all.find(isWeb);
  return {
    checked: lateWeb ? [...checked, lateWeb] : checked,
    unchecked: all.slice(MAX_CHECKED_PROCESSES).filter((line) => line !== lateWeb),
  };
}

function webOf(reading: Reading | null) {
  return reading?.processes.find((process) => process.type === 'web');
}

function commandFactsOf(text: string): CommandFacts {
  const analysis = analyzeShell(text);
  const invocations = invocationsOf(analysis);
  return { analysis, invocations, main: mainOf(invocations) };
}

/** What serves: the last known program, else the last command. */
function mainOf(invocations: Invocation[]): Invocation | null {
  return [...invocations].reverse().find((invocation) => invocation.program) ?? invocations.at(-1) ?? null;
}

function joinDir(base: string, relative: string): string {
  return posixPath.normalize(posixPath.join(base, relative)).replace(/^\.$/, '');
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}
