/**
 * Which severity a finding gets, decided here and nowhere else (as ruff's `LinterSettings::for_rule`): the user's
 * setting wins over a report's own severity, which wins over the rule's default on the platform. A rule left out on
 * a platform runs there only when a setting turns it on; `off` stops it; `invalid-config` ignores both.
 */
import { isFixedRule, type RuleSetting } from '../engine/config.js';
import type { Severity } from '../engine/types.js';
import type { PlatformId } from '../platforms/profile.js';
import type { Report, RuleMeta } from './rule.js';

export interface RulePlan {
  /** The user's severity, which wins over everything. */
  override: Severity | undefined;
  /** The severity of a report that names none. */
  base: Severity;
  /** Whether a `procfile-lint-disable-next-line` comment may silence it. */
  disableable: boolean;
}

/** How `meta`'s rule runs on `platform` with the user's `setting`; `null` when it does not run. */
export function planRule(meta: RuleMeta, platform: PlatformId, setting: RuleSetting | undefined): RulePlan | null {
  const fixed = isFixedRule(meta.id);
  const chosen = fixed ? undefined : setting;
  if (chosen === 'off') return null;
  const base = meta.severity[platform] ?? chosen;
  return base === undefined ? null : { override: chosen, base, disableable: !fixed };
}

export function severityOf(plan: RulePlan, report: Report): Severity {
  return plan.override ?? report.severity ?? plan.base;
}
