/** A comma-separated `platform` setting (`codecapsules,heroku`): one lint run, one plan and one set of findings per platform. */
import { DEFAULT_PLATFORM, findPlatform, PLATFORMS } from '../platforms/index.js';
import { lint, type LintOptions } from './lint.js';
import { UsageError, type LintResult } from './types.js';

/** The platform ids in `value`, in its order, without repeats; the default when it is empty. */
export function platformList(value: string | undefined): string[] {
  const ids = [...new Set((value ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
  for (const id of ids) {
    if (!findPlatform(id)) throw new UsageError(`Unknown platform '${id}'; use one or more of: ${PLATFORMS.map((p) => p.id).join(', ')}, separated by commas.`);
  }
  return ids.length > 0 ? ids : [DEFAULT_PLATFORM];
}

export async function lintEach(options: LintOptions): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for (const platform of platformList(options.platform)) results.push(await lint({ ...options, platform }));
  return results;
}

/**
 * One result for what takes a single result (annotations, SARIF, outputs, the exit status): the first platform's,
 * with every platform's findings, each message naming its platform when there is more than one, and summed counts.
 */
export function mergeResults(results: readonly LintResult[], nameOf: (id: string) => string): LintResult {
  const [first] = results;
  if (!first) throw new Error('mergeResults needs at least one result');
  if (results.length === 1) return first;
  const findings = results.flatMap((result) => result.findings.map((finding) => ({ ...finding, message: `${nameOf(result.platform)}: ${finding.message}` })));
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return { ...first, findings, counts };
}
