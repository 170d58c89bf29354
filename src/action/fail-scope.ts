/**
 * `fail-scope: changed`: on a pull request, only the findings about a file it changes can fail the step, so an old
 * problem does not block an unrelated pull request. A finding is about a changed file when the pull request changes
 * the finding's file, a Procfile or a file that decides how the app is built (`relevantChanges`), or a file the
 * finding names (the script a command runs, `app.py`, quoted in its message). Every finding is still reported.
 * Whenever the changes are not known for certain (not a pull request, the API refused, the list was cut at 3000
 * files), every finding counts, as with `fail-scope: all`: a scope that cannot be decided never hides a failure.
 */
import * as path from 'node:path';
import type { Finding } from '../engine/types.js';
import { relevantChanges, type ChangedFiles } from '../report/pull-request.js';

export const FAIL_SCOPES = ['all', 'changed'] as const;
export type FailScope = (typeof FAIL_SCOPES)[number];

export interface ScopedFindings {
  /** The findings that may fail the step. */
  counted: Finding[];
  /** Why some findings do not count, or why all do although `changed` was asked for; empty with `all`. */
  note: string;
}

/** `changes` is null when the event is not a pull request. */
export function scopeFindings(findings: Finding[], scope: FailScope, changes: ChangedFiles | null, appPath: string): ScopedFindings {
  if (scope === 'all') return { counted: findings, note: '' };
  if (changes === null)
    return { counted: findings, note: 'fail-scope: changed applies to pull requests only; on this event every finding counts.' };
  if (!changes.known)
    return {
      counted: findings,
      note: `fail-scope: changed could not see what the pull request changes (${changes.reason}), so every finding counts.`,
    };
  if (!changes.complete)
    return {
      counted: findings,
      note: "fail-scope: changed: the API lists only part of the pull request's files, so every finding counts.",
    };
  const paths = changes.files.flatMap((file) => [file.path, ...(file.previousPath ? [file.previousPath] : [])]);
  if (relevantChanges(changes.files, appPath).length > 0) return { counted: findings, note: '' };
  const counted = findings.filter((finding) => isAbout(finding, paths, appPath));
  const left = findings.length - counted.length;
  const note =
    left === 0
      ? ''
      : `${left} of ${findings.length} findings are about files this pull request does not change: reported, but they do not fail the step (fail-scope: changed).`;
  return { counted, note };
}

function isAbout(finding: Finding, changed: readonly string[], appPath: string): boolean {
  const root = path.posix.normalize(appPath.replace(/\\/g, '/')).replace(/\/$/, '');
  return changed.some((file) => {
    if (file === finding.file) return true;
    const relative = root === '.' ? file : path.posix.relative(root, file);
    return finding.message.includes(`\`${file}\``) || (!relative.startsWith('../') && finding.message.includes(`\`${relative}\``));
  });
}
