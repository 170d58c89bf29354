/** What a platform's Procfile parser makes of a file: the processes it would start, and what it dropped. */

/** Readings share entries (./ordinary.ts, foreman's with Heroku classic's), so none is ever changed. */
export interface ReadProcess {
  readonly type: string;
  /** The command as handed to the shell. */
  readonly command: string;
  /** Line of the process type. */
  readonly line: number;
  /** Line the command starts on: later than `line` when an empty `web:` swallows the next line. */
  readonly commandLine: number;
}

export interface Rejection {
  /** The parser's own words. */
  message: string;
  /** The line it stops at; `null` when it rejects the file as a whole (no process at all). */
  line: number | null;
}

export interface Reading {
  /** Every entry the parser recognised, in file order, before its duplicate policy applies. */
  entries: readonly ReadProcess[];
  /** The processes that would run, in file order. */
  processes: readonly ReadProcess[];
  /** The same, to ask whether an entry runs without searching (built on first use: most runs never ask). */
  readonly running: { has(entry: ReadProcess | undefined): boolean };
  /** Lines the parser took as the command of an earlier line, each with the line of that entry. */
  swallowedLines: ReadonlyMap<number, number>;
  /** The entry read on each line, to look up without searching: rules ask once per line of large files. */
  entryOn: LineIndex<ReadProcess>;
  /** Why the parser rejects the whole file, if it does. */
  failure: Rejection | null;
  /** Lines the parser reads only after correcting them, with its warning. */
  warnings: LineIndex<string>;
}

/** A value per line number, looked up without searching. */
export interface LineIndex<T> {
  get(line: number): T | undefined;
  has(line: number): boolean;
}

/** A `LineIndex` in an array by line number: rules ask once per line and parser, a Map's hashing showed in profiles. */
class ByLine<T> implements LineIndex<T> {
  private readonly items: (T | undefined)[] = [];

  set(line: number, value: T): void {
    this.items[line] = value;
  }

  get(line: number): T | undefined {
    return this.items[line];
  }

  has(line: number): boolean {
    return this.items[line] !== undefined;
  }
}

export type DuplicatePolicy = 'first-wins' | 'last-wins' | 'all-run';

export function applyDuplicatePolicy(entries: readonly ReadProcess[], policy: DuplicatePolicy): readonly ReadProcess[] {
  if (policy === 'all-run') return entries;
  // One pass from the end that wins: an entry runs when its type was not met before it in that direction.
  const seen = new Set<string>();
  const kept: ReadProcess[] = [];
  const last = entries.length - 1;
  for (let i = 0; i <= last; i++) {
    const entry = entries[policy === 'first-wins' ? i : last - i] as ReadProcess;
    if (seen.has(entry.type)) continue;
    seen.add(entry.type);
    kept.push(entry);
  }
  return policy === 'first-wins' ? kept : kept.reverse();
}

export interface ReadingParts {
  entries: readonly ReadProcess[];
  policy: DuplicatePolicy;
  failure?: Rejection | null;
  swallowedLines?: ReadonlyMap<number, number>;
  warnings?: LineIndex<string>;
  /** The reader saw no process type twice, so its duplicate policy has nothing to drop. */
  unique?: boolean;
}

/** A reading; a parser that rejects the file starts nothing. */
export function reading(parts: ReadingParts): Reading {
  const { entries, policy, failure = null, swallowedLines = new Map(), warnings = new Map() } = parts;
  const processes = failure ? [] : parts.unique ? entries : applyDuplicatePolicy(entries, policy);
  const entryOn = new ByLine<ReadProcess>();
  for (const entry of entries) if (!entryOn.has(entry.line)) entryOn.set(entry.line, entry);
  let running: Reading['running'] | undefined;
  return {
    entries,
    processes,
    get running() {
      return (running ??= runningByLine(processes));
    },
    swallowedLines,
    entryOn,
    failure,
    warnings,
  };
}

/** Whether an entry is one of `processes`, by its line: an array, not a set of 100 000 objects to hash. */
function runningByLine(processes: readonly ReadProcess[]): Reading['running'] {
  const byLine = new ByLine<ReadProcess>();
  for (const process of processes) byLine.set(process.line, process);
  return { has: (entry) => entry !== undefined && byLine.get(entry.line) === entry };
}
