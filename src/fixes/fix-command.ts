/** `--fix` and `--fix-dry-run`: apply the safe fixes of a lint run in place, or print them as a diff. */
import * as fs from 'node:fs';
import { UsageError, type LintResult } from '../engine/types.js';
import { chooseFixes, planFixes, type Plan } from './apply.js';
import { formatPlanDiff } from './diff.js';
import { FixWriteError, readForFix, renameInside, writeInside } from './files.js';

/** A fix can make another one possible (a renamed file gets linted); a fixed file offers nothing, so this is plenty. */
const MAX_PASSES = 5;

/** Lints the workspace, reading `procfileContent` as the Procfile's content when given. */
export type LintOnce = (procfileContent?: Uint8Array) => Promise<LintResult>;

/** What `--fix` changed, one line per fix, and the result of linting the fixed files. */
export async function applySafeFixes(lintOnce: LintOnce, given: string): Promise<{ changes: string[]; result: LintResult }> {
  // Confinement compares real paths (the workspace may be reached through a link, as /tmp is on macOS).
  const workspace = fs.realpathSync(given);
  const changes: string[] = [];
  let result = await lintOnce();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const plan = planOf(result, workspace);
    if (plan.edits.length === 0 && plan.renames.length === 0) break;
    write(plan, workspace);
    changes.push(...plan.edits.flatMap((file) => file.descriptions.map((text) => `${file.file}: ${text}`)));
    changes.push(...plan.renames.map((fix) => `${fix.rename.from}: ${fix.description}`));
    result = await lintOnce();
  }
  return { changes, result };
}

/**
 * The unified diff of what `--fix` would change: the same passes, the Procfile's new content kept in memory. A pass
 * that renames or creates a file is the last one shown (what follows depends on the file being there).
 */
export async function dryRunDiff(lintOnce: LintOnce, given: string): Promise<{ diff: string; result: LintResult }> {
  const workspace = fs.realpathSync(given);
  const first = await lintOnce();
  let result = first;
  let plan = planOf(result, workspace);
  const original = new Map(plan.edits.map((file) => [file.file, file.before]));
  for (let pass = 1; pass < MAX_PASSES && plan.renames.length === 0; pass++) {
    const procfile = plan.edits.find((file) => file.file === result.procfile && file.before !== null);
    if (!procfile || plan.edits.length !== 1) break;
    const next = await lintOnce(procfile.after);
    const more = planOf(next, workspace, new Map([[procfile.file, procfile.after]]));
    if (more.edits.length === 0 || more.renames.length > 0) break;
    result = next;
    plan = more;
  }
  const shown = { ...plan, edits: plan.edits.map((file) => ({ ...file, before: original.get(file.file) ?? file.before })) };
  return { diff: formatPlanDiff(shown), result: first };
}

function planOf(result: LintResult, workspace: string, written = new Map<string, Buffer>()): Plan {
  return planFixes(chooseFixes(result.findings), (file) => written.get(file) ?? guarded(() => readForFix(workspace, file)));
}

function write(plan: Plan, workspace: string): void {
  guarded(() => {
    for (const file of plan.edits) writeInside(workspace, file.file, file.after, file.before === null);
    for (const { rename } of plan.renames) renameInside(workspace, rename.from, rename.to);
  });
}

function guarded<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof FixWriteError) throw new UsageError(`--fix: ${error.message}`);
    throw error;
  }
}
