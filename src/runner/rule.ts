/**
 * What a rule is and what it sees: the contract between the runner and the rules. A rule is one module, its metadata
 * (id, severity on each platform, one-line description, tags) beside a `check` that yields reports. Rules know nothing
 * of GitHub or of output formats; the runner turns reports into findings, applies the settings and sorts them.
 */
import type { AppFiles } from '../engine/app-files.js';
import type { ConfigProblem } from '../engine/config.js';
import type { Detection } from '../engine/detect.js';
import type { Discovery } from '../engine/discover.js';
import type { ParsedProcfile } from '../engine/parse.js';
import type { Readings } from '../engine/readers/index.js';
import type { Reading } from '../engine/readers/reading.js';
import type { Fix, Range, Severity } from '../engine/types.js';
import type { ReadProblem } from '../engine/workspace.js';
import type { PlatformId, PlatformProfile } from '../platforms/profile.js';
import type { Plan } from '../engine/types.js';
import type { Facts } from './facts.js';

export type RuleTag = 'discovery' | 'syntax' | 'encoding' | 'portability' | 'language' | 'command' | 'config';

/** A rule's severity on each platform; a platform left out does not run the rule (unless a setting turns it on). */
export type SeverityByPlatform = Readonly<Partial<Record<PlatformId, Severity>>>;

export interface RuleMeta {
  /** Kebab-case, stable: used in config, annotations and the docs page `docs/rules/<id>.md`. */
  id: string;
  /** What the rule checks, in one sentence. */
  description: string;
  /** Default severity per platform; a report may name another when its docs page says so. */
  severity: SeverityByPlatform;
  tags: readonly RuleTag[];
}

export interface Report {
  message: string;
  /** Defaults to the Procfile. */
  file?: string;
  /** Defaults to the start of the file. */
  range?: Range;
  /** Wins over the rule's default on the platform, not over the user's setting. */
  severity?: Severity;
  /** A mechanical fix (src/fixes/), carried into the finding. */
  fix?: Fix;
}

/** What every rule sees: the platform, the app's files, its languages, and the facts shared by all rules of a run. */
export interface RepositoryContext {
  platform: PlatformProfile;
  /** The app's own files (root entries, manifests); empty when only a Procfile's content is linted. */
  files: AppFiles;
  detection: Detection;
  discovery: Discovery;
  /** Why the root Procfile exists but could not be read. */
  procfileProblem: ReadProblem | null;
  /** A root Procfile exists and was read: near misses beside it are leftovers, not the real thing. */
  hasProcfile: boolean;
  /** Mistakes in `.procfile-lint.yml` and in inline `procfile-lint-disable-next-line` comments. */
  configProblems: readonly ConfigProblem[];
  /** Computed once per run, on first use, and shared by every rule. */
  facts: Facts;
  /** What the platform will build the app as and run (src/runner/plan.ts). */
  plan: Plan;
}

/** What rules about the Procfile's content see besides: the same context, with the Procfile. */
export interface ProcfileContext extends RepositoryContext {
  /** Path of the Procfile relative to the workspace. */
  path: string;
  procfile: ParsedProcfile;
  /** How the platform's own parser reads the file. */
  reading: Reading;
  /** How every modelled parser reads it, the platform's included (engine/readers). */
  readings: Readings;
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
