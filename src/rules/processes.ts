/** The process lines the platform actually reads, with the type it reads them as: what the command rules check. */
import { commandFacts } from '../commands/facts.js';
import type { Invocation } from '../commands/invocation.js';
import { listenOf, type Listen } from '../commands/listen.js';
import type { Program } from '../commands/programs.js';
import type { ProcessLine } from '../engine/parse.js';
import { outcomeOf } from '../engine/readers/outcome.js';
import { processLines, type ProcfileContext } from './rule.js';

export interface ReadLine {
  line: ProcessLine;
  /** The process type as the platform reads it (`web` for a `Web` line Heroku corrects). */
  type: string;
}

export function readLines({ procfile, reading }: ProcfileContext): ReadLine[] {
  return processLines(procfile).flatMap((line) => {
    const outcome = outcomeOf(reading, line.number);
    const readsItself = outcome.kind === 'reads' || outcome.kind === 'corrects';
    return readsItself && outcome.entry.commandLine === line.number ? [{ line, type: outcome.entry.type }] : [];
  });
}

/** The `web` line the platform runs (the one that receives HTTP traffic), if any. */
export function webLine(context: ProcfileContext): ProcessLine | null {
  const running = context.reading.processes.find((process) => process.type === 'web');
  return readLines(context).find(({ line }) => line.number === running?.line)?.line ?? null;
}

export interface WebServer {
  line: ProcessLine;
  /** What the web command starts. */
  main: Invocation;
  program: Program;
  /** Where it listens, as far as its command line says. */
  listen: Listen;
}

/** The known server the `web` process starts and where it listens, or `null` when that is not known. */
export function webServer(context: ProcfileContext): WebServer | null {
  const line = webLine(context);
  const main = line ? commandFacts(line).main : null;
  const listen = main ? listenOf(main) : null;
  return line && main?.program && listen ? { line, main, program: main.program, listen } : null;
}
