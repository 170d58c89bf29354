/**
 * The check run as the Checks API takes it: a completed run on the pull request's head commit whose output holds
 * the verdict, the summary and every finding as an annotation. The API takes at most 50 annotations per request,
 * so the first 50 go with the create request and each further 50 with an update, which appends them.
 */
import { printable, truncate, visible } from '../engine/quote.js';
import type { Finding, LintResult, Severity } from '../engine/types.js';
import { plural } from './text.js';

export const CHECK_RUN_NAME = 'Procfile';

/**
 * `Procfile` for the one app of a single-app run, as before several apps existed (a required check keeps its name);
 * `Procfile (<app path>)` for each app of a run over several, so that their names differ from each other and from
 * a check run of another workflow. The path is made visible and cut, since a pull request names folders.
 */
export function checkRunName(appPath: string | null): string {
  return appPath === null ? CHECK_RUN_NAME : `${CHECK_RUN_NAME} (${visible(truncate(appPath, 100))})`;
}
export const ANNOTATIONS_PER_REQUEST = 50;
/** The API's limit on `output.summary`, in characters. */
export const SUMMARY_LIMIT = 65_535;

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const satisfies Record<Severity, string>;

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: (typeof LEVEL)[Severity];
  title: string;
  message: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations: CheckRunAnnotation[];
}

export interface CheckRunCreate {
  name: string;
  head_sha: string;
  status: 'completed';
  conclusion: 'success' | 'failure';
  output: CheckRunOutput;
}

export interface CheckRunRequests {
  create: CheckRunCreate;
  /** Outputs of the update requests that append the remaining annotations, 50 each. */
  updates: CheckRunOutput[];
}

export interface CheckRunOptions {
  /** The check run's name (checkRunName); default `Procfile`. */
  name?: string;
  headSha: string;
  /** A finding reaches `fail-on`. */
  failed: boolean;
  /** The job summary's Markdown; cut to fit when it is longer than the API takes. */
  summary: string;
}

export function checkRunRequests(
  result: LintResult,
  { name = CHECK_RUN_NAME, headSha, failed, summary }: CheckRunOptions,
): CheckRunRequests {
  const title = checkRunTitle(result);
  const fitted = fitSummary(summary);
  const [first = [], ...rest] = batches(result.findings.map(checkRunAnnotation), ANNOTATIONS_PER_REQUEST);
  return {
    create: {
      name,
      head_sha: headSha,
      status: 'completed',
      conclusion: failed ? 'failure' : 'success',
      output: { title, summary: fitted, annotations: first },
    },
    updates: rest.map((annotations) => ({ title, summary: fitted, annotations })),
  };
}

export function checkRunAnnotation(finding: Finding): CheckRunAnnotation {
  return {
    path: finding.file,
    start_line: finding.line,
    end_line: finding.endLine,
    // The API takes columns only on an annotation within one line.
    ...(finding.line === finding.endLine ? { start_column: finding.column, end_column: finding.endColumn } : {}),
    annotation_level: LEVEL[finding.severity],
    title: finding.rule,
    message: printable(finding.message),
  };
}

/** The verdict, as the summary's heading says it: `Procfile: 2 errors, 1 warning`. */
export function checkRunTitle(result: LintResult): string {
  const { error, warning, notice } = result.counts;
  const counts = [plural(error, 'error'), plural(warning, 'warning'), plural(notice, 'notice')].filter(Boolean).join(', ');
  return `${result.procfile ? 'Procfile' : 'No Procfile at the app root'}: ${counts || 'no problems'}`;
}

const CUT_NOTE = '\n\n<p>This summary was cut to fit the check run; every finding is annotated on it.</p>\n';

/**
 * `summary` within `limit` characters, cut at a line end (rows of the summary's tables are single lines), with
 * an open table closed and a note that it was cut.
 */
export function fitSummary(summary: string, limit = SUMMARY_LIMIT): string {
  if (summary.length <= limit) return summary;
  const room = limit - CUT_NOTE.length - '\n</table>'.length;
  const head = summary.slice(0, room);
  const cut = head.lastIndexOf('\n') > 0 ? head.slice(0, head.lastIndexOf('\n')) : head.slice(0, Math.max(0, room - 1));
  const open = count(cut, '<table>') > count(cut, '</table>');
  return `${cut}${open ? '\n</table>' : ''}${CUT_NOTE}`;
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

function batches<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
