/** The job summary of a run over several apps: a table of every app's verdict, then a section per app. */
import { truncate } from '../engine/quote.js';
import type { LintResult } from '../engine/types.js';
import { code, table } from './html.js';
import { SUMMARY_LIMITS } from './summary.js';

export interface AppVerdict {
  path: string;
  result: LintResult;
  /** A finding of this app reaches `fail-on` (within `fail-scope`). */
  failed: boolean;
}

/** The table of apps, bounded: at most MAX_APPS rows (engine/app-paths.ts) of cut paths and numbers. */
export function appsOverviewHtml(apps: readonly AppVerdict[]): string {
  const failed = apps.filter((app) => app.failed).length;
  const icon = failed > 0 ? '❌' : '✅';
  const verdict = failed > 0 ? `${failed} of ${apps.length} apps fail` : `${apps.length} apps pass`;
  const rows = apps.map(({ path, result, failed }) => [
    appCode(path),
    result.procfile ? code(truncate(result.procfile, SUMMARY_LIMITS.pathLength)) : 'none',
    String(result.counts.error),
    String(result.counts.warning),
    String(result.counts.notice),
    failed ? '❌ fails' : '✅ passes',
  ]);
  return `## ${icon} Procfiles: ${verdict}\n\n${table(['App', 'Procfile', 'Errors', 'Warnings', 'Notices', 'Check'], rows)}\n`;
}

/** The heading of one app's section. */
export function appHeadingHtml(path: string): string {
  return `<h2>App ${appCode(path)}</h2>\n`;
}

function appCode(path: string): string {
  return code(truncate(path, SUMMARY_LIMITS.pathLength));
}
