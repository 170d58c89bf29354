/**
 * A rule is one module: its metadata (id, default severity, one-line description, tags) beside a `check` that
 * yields reports. Rules know nothing of GitHub or of output formats; the engine turns reports into findings.
 */
import type { Discovery } from '../engine/discover.js';
import type { ParsedProcfile, Token } from '../engine/parse.js';
import type { Reading } from '../engine/readers/reading.js';
import type { SourceLine } from '../engine/source.js';
import type { Range, Severity } from '../engine/types.js';
import type { ReadProblem } from '../engine/workspace.js';
import type { PlatformProfile } from '../platforms/profile.js';

export type RuleTag = 'discovery' | 'syntax' | 'encoding';

export interface RuleMeta {
  /** Kebab-case, stable: used in config, annotations and the docs page `docs/rules/<id>.md`. */
  id: string;
  /** What the rule checks, in one sentence. */
  description: string;
  /** Default severity; a report may name another when its docs page says so. */
  severity: Severity;
  tags: readonly RuleTag[];
}

export interface Report {
  message: string;
  /** Defaults to the Procfile. */
  file?: string;
  /** Defaults to the start of the file. */
  range?: Range;
  severity?: Severity;
}

/** What rules about the repository's files see. */
export interface RepositoryContext {
  discovery: Discovery;
  platform: PlatformProfile;
  /** Why the root Procfile exists but could not be read. */
  procfileProblem: ReadProblem | null;
  /** A root Procfile exists and was read: near misses beside it are leftovers, not the real thing. */
  hasProcfile: boolean;
}

/** What rules about the Procfile's content see. */
export interface ProcfileContext {
  /** Path of the Procfile relative to the workspace. */
  path: string;
  procfile: ParsedProcfile;
  platform: PlatformProfile;
  /** How the platform's own parser reads the file. */
  reading: Reading;
  /** How the line pattern shared by foreman, honcho, forego and Paketo reads it. */
  common: Reading;
}

export interface RepositoryRule {
  meta: RuleMeta;
  scope: 'repository';
  check(context: RepositoryContext): Iterable<Report>;
}

export interface ProcfileRule {
  meta: RuleMeta;
  scope: 'procfile';
  check(context: ProcfileContext): Iterable<Report>;
}

export type Rule = RepositoryRule | ProcfileRule;

export const START_OF_FILE: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The range of `token` on `line`, or of the line's whole content. */
export function rangeOf(line: SourceLine, token?: Token): Range {
  if (token) return { line: line.number, column: token.column, endLine: line.number, endColumn: token.endColumn };
  return { line: line.number, column: 1, endLine: line.number, endColumn: Array.from(line.text).length + 1 };
}
