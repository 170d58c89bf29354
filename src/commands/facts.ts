/** Facts about a process's command, computed once per line and shared by the command rules. */
import type { ProcessLine } from '../engine/parse.js';
import { invocationsOf, type Invocation } from './invocation.js';
import { analyzeShell, type ShellAnalysis } from './shell.js';

export interface CommandFacts {
  analysis: ShellAnalysis;
  invocations: Invocation[];
  /** What serves: the last known program of the line, else its last command. */
  main: Invocation | null;
}

const cache = new WeakMap<ProcessLine, CommandFacts>();

export function commandFacts(line: ProcessLine): CommandFacts {
  let facts = cache.get(line);
  if (!facts) {
    const analysis = analyzeShell(line.command.text);
    const invocations = invocationsOf(analysis);
    const main = [...invocations].reverse().find((invocation) => invocation.program) ?? invocations.at(-1) ?? null;
    facts = { analysis, invocations, main };
    cache.set(line, facts);
  }
  return facts;
}
