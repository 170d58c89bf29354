/** What a platform's Procfile parser makes of a file: the processes it would start, and what it dropped. */

export interface ReadProcess {
  type: string;
  /** The command as handed to the shell. */
  command: string;
  /** Line of the process type. */
  line: number;
  /** Line the command starts on: later than `line` when an empty `web:` swallows the next line. */
  commandLine: number;
}

export interface Reading {
  /** Every entry the parser recognised, in file order, before its duplicate policy applies. */
  entries: ReadProcess[];
  /** The processes that would run, in file order. */
  processes: ReadProcess[];
  /** Lines the parser took as the command of an earlier line. */
  swallowedLines: ReadonlySet<number>;
  /** Why the parser rejects the whole file, if it does. */
  failure: string | null;
}

export type DuplicatePolicy = 'first-wins' | 'last-wins' | 'all-run';

export function applyDuplicatePolicy(entries: ReadProcess[], policy: DuplicatePolicy): ReadProcess[] {
  if (policy === 'all-run') return entries;
  const chosen = new Map<string, ReadProcess>();
  for (const entry of entries) {
    if (policy === 'last-wins' || !chosen.has(entry.type)) chosen.set(entry.type, entry);
  }
  const kept = new Set(chosen.values());
  return entries.filter((entry) => kept.has(entry));
}
