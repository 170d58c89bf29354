/** The shapes shared by the engine, the rules and the reporters. */

export type Severity = 'error' | 'warning' | 'notice';

/** Most severe first: the order reporters list findings in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/**
 * A region of a file. Lines and columns are 1-based; columns count Unicode characters (code points) of the line
 * as decoded, and `endColumn` is exclusive (the column just after the last character), as in SARIF and ESLint.
 */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Finding extends Range {
  rule: string;
  severity: Severity;
  message: string;
  /** Path of the file the finding is about, relative to the workspace root, with `/` separators. */
  file: string;
}

/** A process the platform would start: its type, the command it hands to `bash -c`, and the line declaring it. */
export interface Process {
  type: string;
  command: string;
  line: number;
}

/** The result of one lint run. Its JSON form is the documented contract (docs/result.md). */
export interface LintResult {
  procfile: string | null;
  platform: string;
  /** What the platform would build the app as (or the `language` input); `null` when nothing gives it away. */
  language: string | null;
  /** Every language the root files point to, in the order the platform tries them, with that evidence. */
  languages: { language: string; evidence: string[] }[];
  processes: Process[];
  findings: Finding[];
  counts: Record<Severity, number>;
  /** What the platform will build the app as and run (docs/result.md). */
  plan?: import('../deploy/plan.js').Plan;
}

/** The JSON form of a run, with what the platform will build and run. */
export type { Plan } from '../deploy/plan.js';

/** A mistake in how the linter was invoked (bad path, bad option): not a finding about the repository. */
export class UsageError extends Error {
  override name = 'UsageError';
}
