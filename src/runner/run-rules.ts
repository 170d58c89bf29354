/**
 * The rule runner: one context per run whose shared facts are computed once, every rule that is on, the severity of
 * each finding (src/runner/severity.ts), inline disables, then the findings sorted and counted.
 */
import * as path from 'node:path';
import type { Analysis } from '../engine/analyze.js';
import { checkConfig, type RuleSettings } from '../engine/config.js';
import { SEVERITIES, type Finding, type LintResult, type Process, type Severity } from '../engine/types.js';
import { runtimeResult } from '../runtimes/result.js';
import { createFacts } from './facts.js';
import { buildPlan } from './plan.js';
import { inlineDisables, type InlineDisables } from './inline-disables.js';
import { START_OF_FILE, type ProcfileContext, type RepositoryContext, type Report, type Rule } from './rule.js';
import { planRule, severityOf, type RulePlan } from './severity.js';

export interface RunOptions {
  rules: readonly Rule[];
  /** Settings that win over `.procfile-lint.yml` (the action's `rules` input, the CLI's `--rule`). */
  settings?: RuleSettings;
  /**
   * How many findings of one rule are listed; past it, one more finding says there are more and the rule is not asked
   * for the rest. A 1 MiB Procfile can hold 500 000 findings: listing them all takes seconds and floods the log.
   * `--fix` lifts it (Infinity) to fix every line in one pass.
   */
  findingLimit?: number;
}

/** Listed findings per rule (see `RunOptions.findingLimit`); a real Procfile has a few dozen lines. */
export const DEFAULT_FINDING_LIMIT = 100;

export function runRules(analysis: Analysis, { rules, settings = {}, findingLimit = DEFAULT_FINDING_LIMIT }: RunOptions): LintResult {
  const ids = rules.map((rule) => rule.meta.id);
  const config = analysis.config ? checkConfig(analysis.config, ids) : { rules: {}, problems: [] };
  const procfile = analysis.procfile;
  const inline = procfile ? inlineDisables(procfile.parsed, procfile.path, ids) : null;
  const context = contextOf(analysis, [...config.problems, ...(inline?.problems ?? [])]);
  const chosen = { ...config.rules, ...settings };

  const findings = rules.flatMap((rule) => {
    const plan = planRule(rule.meta, analysis.platform.id, chosen[rule.meta.id]);
    if (!plan) return [];
    const reports = rule.scope === 'repository' ? rule.check(context) : 'procfile' in context ? rule.check(context) : [];
    const listed: Finding[] = [];
    for (const report of reports) {
      const finding = toFinding(rule, plan, report, procfile?.path ?? '');
      if (plan.disableable && isSilenced(finding, procfile?.path, inline)) continue;
      // The rule's generator is not resumed past the limit: the findings it would still build cost nothing.
      if (listed.length === findingLimit) return [...listed, moreOf(finding, findingLimit)];
      listed.push(finding);
    }
    return listed;
  });

  const reading = procfile?.readings[analysis.platform.parser];
  return {
    procfile: procfile?.path ?? null,
    platform: analysis.platform.id,
    language: analysis.detection.language,
    languages: analysis.detection.candidates.map(({ language, evidence }) => ({ language, evidence: [...evidence] })),
    processes: (reading?.processes ?? []).map(({ type, command, line }): Process => ({ type, command, line })),
    runtime: runtimeResult(analysis.files, analysis.platform.id, analysis.detection.language, analysis.discovery.root.relative),
    findings: findings.sort(byPosition),
    counts: countBySeverity(findings),
    plan: context.plan,
  };
}

/** The one context every rule of the run gets; a Procfile rule runs only when it has the Procfile. */
function contextOf(analysis: Analysis, configProblems: RepositoryContext['configProblems']): RepositoryContext | ProcfileContext {
  const { platform, files, detection, discovery, procfileProblem, procfile } = analysis;
  const reading = procfile ? procfile.readings[platform.parser] : null;
  const appDir = procfile ? path.posix.dirname(procfile.path).replace(/^\.$/, '') : '';
  const facts = createFacts({ files, procfile: procfile?.parsed ?? null, reading, appDir });
  const plan = buildPlan({ platform, detection, files, reading });
  const base: RepositoryContext = {
    platform,
    files,
    detection,
    discovery,
    procfileProblem,
    hasProcfile: procfile !== null,
    configProblems,
    facts,
    plan,
  };
  if (!procfile || !reading) return base;
  return { ...base, path: procfile.path, procfile: procfile.parsed, readings: procfile.readings, reading };
}

function toFinding(rule: Rule, plan: RulePlan, report: Report, procfile: string): Finding {
  return {
    rule: rule.meta.id,
    severity: severityOf(plan, report),
    message: report.message,
    file: report.file ?? procfile,
    ...(report.range ?? START_OF_FILE),
    ...(report.fix ? { fix: report.fix } : {}),
  };
}

/** Where a rule's findings stop being listed: at the first one left out, with its severity. */
function moreOf(first: Finding, limit: number): Finding {
  const { fix: _fix, ...position } = first;
  return {
    ...position,
    message:
      `More findings of ${first.rule} from here on are not listed: procfile-lint lists the first ${limit} of each rule. ` +
      'Fix those and lint again.',
  };
}

function isSilenced(finding: Finding, procfile: string | undefined, inline: InlineDisables | null): boolean {
  return inline !== null && finding.file === procfile && inline.silences(finding.line, finding.rule);
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function byPosition(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
