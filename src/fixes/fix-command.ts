/** `--fix` and `--fix-dry-run`: apply the safe fixes of a lint run in place, or print them as a diff. */
import { UsageError, type LintResult } from '../engine/types.js';
import { chooseFixes, planFixes, type Plan } from './apply.js';
import { formatPlanDiff } from './diff.js';
import { FixWriteError, readForFix, renameInside, writeInside } from './files.js';

/** A fix can make another one possible (a renamed file gets linted); a fixed file offers nothing, so this is plenty. */
const MAX_PASSES = 5;

export type LintOnce = () => Promise<LintResult>;

/** What `--fix` changed, one line per fix, and the result of linting the fixed files. */
export async function applySafeFixes(lintOnce: LintOnce, workspace: string): Promise<{ changes: string[]; result: LintResult }> {
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

/** The unified diff of what `--fix` would change first. */
export async function dryRunDiff(lintOnce: LintOnce, workspace: string): Promise<{ diff: string; result: LintResult }> {
  const result = await lintOnce();
  return { diff: formatPlanDiff(planOf(result, workspace)), result };
}

function planOf(result: LintResult, workspace: string): Plan {
  return planFixes(chooseFixes(result.findings), (file) => guarded(() => readForFix(workspace, file)));
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
