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
  /** How to fix it, when the fix is mechanical (docs/result.md, "Fixes"). */
  fix?: Fix;
}

/**
 * One replacement in a file. `range` follows the result's convention, on the decoded text (no BOM, no line
 * terminators), so it cannot address a BOM or the `\r` of a CRLF; `byteOffset` and `byteLength` address the file's
 * bytes as stored, exactly, and `text` replaces them encoded as UTF-8. Apply by bytes, show by range.
 */
export interface TextEdit {
  range: Range;
  byteOffset: number;
  /** 0 for an insertion. */
  byteLength: number;
  text: string;
}

interface FixBase {
  /** What the fix does, one sentence. */
  description: string;
  /** Whether `--fix` applies it: the platform then reads the file as the author meant it. */
  safe: boolean;
}

/** Edits to one file, sorted and never overlapping; with `create`, the file does not exist and one edit holds it all. */
export interface EditFix extends FixBase {
  file: string;
  create?: true;
  edits: TextEdit[];
}

/** A rename, paths relative to the workspace with `/` separators. */
export interface RenameFix extends FixBase {
  rename: { from: string; to: string };
}

export type Fix = EditFix | RenameFix;

/** A process the platform would start: its type, the command it hands to `bash -c`, and the line declaring it. */
export interface Process {
  type: string;
  command: string;
  line: number;
}

/** The runtime the platform would install for the app's language (docs/result.md). */
export interface RuntimeResult {
  /** The language id, as in `LintResult.language`. */
  language: string;
  /** The exact version the table resolves the pin to (`3.12.14`); `null` when it cannot tell (a range, an unlisted builder). */
  version: string | null;
  /** The version as the pin writes it (`3.12`, `python-3.12`, `20.x`); `null` when nothing the builder reads pins one. */
  requested: string | null;
  /** Where the pin is: the file relative to the workspace, and its 1-based line; `null` when nothing is pinned. */
  source: { file: string; line: number } | null;
  /** What the builder installs when nothing is pinned, in words; `null` when a pin is used. */
  fallback: string | null;
  /** The table the answer comes from, and the date of its source (`null`: a row that carries no version list). */
  table: { source: string; checked: string | null };
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
  /** The language version the platform would install, and the pin it comes from; `null` when the language is unknown. */
  runtime: RuntimeResult | null;
  findings: Finding[];
  counts: Record<Severity, number>;
  /** What the platform will build the app as and run (docs/result.md). */
  plan: Plan;
}

/** A process in the deploy plan: what the platform runs for one process type, and why. */
export interface PlannedProcess {
  type: string;
  /** The command the platform runs. */
  command: string;
  /** Where it comes from: a line of the Procfile, or the platform's default for the language. */
  source: { kind: 'procfile'; line: number } | { kind: 'default'; why: string; reference: string };
}

/** A builder other than the buildpacks: one the platform picks by itself, or one a setting would pick. */
export type OtherBuild =
  { certain: true; instead: string; setting: null; file: string } | { certain: false; instead: string; setting: string; file: string };

export interface Plan {
  platform: string;
  /** Who builds the app; `unverified` says why the builder is only assumed. */
  builder: { name: string; unverified: string | null };
  build: {
    /** The language it builds the app as, or `null` when no builder takes it. */
    language: string | null;
    /** The builder group or buildpack that takes the app. */
    group: string | null;
    /** The files that made that group take it. */
    evidence: string[];
    /** The `language` setting chose it, not detection. */
    overridden: boolean;
    /** Every group that opts in, in the platform's order; `needsProcfile` ones run only with a Procfile. */
    candidates: { group: string; language: string; evidence: string[]; needsProcfile: boolean }[];
    /** The search of the tree stopped at its bound, so a file further down may have been missed. */
    incomplete: boolean;
  };
  /**
   * A builder other than the buildpacks that a root file brings in (Dokku's Dockerfile builder, Heroku's heroku.yml):
   * `certain` when the platform picks it by itself, else the `setting` that would; the buildpack build above is then
   * not, or maybe not, what runs. `null` when nothing does.
   */
  otherBuilder: OtherBuild | null;
  /** How each command is started. */
  runs: string;
  processes: PlannedProcess[];
  /** Why the deploy fails or starts no `web` process, in the platform's words where it has them; `null` if it does not. */
  failure: string | null;
  /** The port the `web` process must listen on. */
  port: { variable: 'PORT'; random: boolean; default: number | null; setting: string | null };
}

/** A mistake in how the linter was invoked (bad path, bad option): not a finding about the repository. */
export class UsageError extends Error {
  override name = 'UsageError';
}
