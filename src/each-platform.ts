/** A comma-separated `platform` setting (`codecapsules,heroku`): one lint run, one plan and one set of findings per platform. */
import { UsageError, type Finding, type LintResult } from './engine/types.js';
import { lint, type LintOptions } from './lint.js';
import { PLATFORMS, platformList } from './platforms/index.js';

/** The platform ids of a `platform` setting, or a usage error naming the unknown one. */
export function platformsOf(value: string | undefined): string[] {
  const { ids, unknown } = platformList(value);
  if (unknown)
    throw new UsageError(
      `Unknown platform '${unknown}'; use one or more of: ${PLATFORMS.map((p) => p.id).join(', ')}, separated by commas.`,
    );
  return ids;
}

export async function lintEach(options: LintOptions): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for (const platform of platformsOf(options.platform)) results.push(await lint({ ...options, platform }));
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
  const findings = results.flatMap((result) =>
    result.findings.map((finding) => ({ ...finding, message: `${nameOf(result.platform)}: ${finding.message}` })),
  );
  return withFindings(first, findings);
}

/** `result` with `findings` in place of its own, and their counts. */
export function withFindings(result: LintResult, findings: Finding[]): LintResult {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return { ...result, findings, counts };
}
