/**
 * Several apps in one repository (the `path` input's lines and globs, `apps: auto`, the CLI's directories): one lint
 * run per app and platform, each app told of the others so that their Procfiles are not reported as misplaced.
 */
import { selectApps, type AppRequest } from './engine/app-paths.js';
import type { LintResult } from './engine/types.js';
import { lintEach, mergeResults, withFindings } from './each-platform.js';
import type { LintOptions } from './lint.js';
import { findPlatform } from './platforms/index.js';

export interface AppRun {
  /** The app root relative to the workspace, `.` for the workspace itself. */
  path: string;
  /** One result per platform, in the order of the `platform` setting. */
  results: LintResult[];
  /** The platforms' results as one (see mergeResults). */
  result: LintResult;
}

export interface AppsLinted {
  apps: AppRun[];
  /** One plain folder was asked for: reporters keep their single-app names and shapes. */
  single: boolean;
  /** Why the list of apps may be incomplete, each a sentence to warn with. */
  notes: string[];
}

export const platformName = (id: string) => findPlatform(id)?.name ?? id;

export async function lintApps(options: Omit<LintOptions, 'path'>, request: AppRequest): Promise<AppsLinted> {
  const selection = selectApps(options.workspace, request);
  const apps: AppRun[] = [];
  for (const app of selection.paths) {
    const otherApps = selection.paths.filter((other) => other !== app);
    const results = await lintEach({ ...options, path: app, otherApps });
    apps.push({ path: app, results, result: mergeResults(results, platformName) });
  }
  return { apps, single: selection.single, notes: selection.notes };
}

/** Every app's findings in one result, for what takes one (annotations, suggestions, the totals); the first app's for the rest. */
export function combineApps(apps: readonly AppRun[]): LintResult {
  const [first] = apps;
  if (!first) throw new Error('combineApps needs at least one app');
  if (apps.length === 1) return first.result;
  return withFindings(
    first.result,
    apps.flatMap((app) => app.result.findings),
  );
}
