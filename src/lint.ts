/**
 * The linter as its callers use it: the engine's analysis of an app, then the runner with procfile-lint's rules (or
 * the caller's own). The action (src/main.ts) and the CLI (src/cli.ts) call these.
 */
import { analyzeProcfile, analyzeWorkspace, type AnalyzeOptions, type AnalyzeProcfileOptions } from './engine/analyze.js';
import type { RuleSettings } from './engine/config.js';
import type { LintResult } from './engine/types.js';
import type { Rule } from './runner/rule.js';
import { runRules } from './runner/run-rules.js';
import { RULES } from './rules/index.js';

interface RunChoices {
  /** Rule settings that win over `.procfile-lint.yml` (the action's `rules` input, the CLI's `--rule`). */
  rules?: RuleSettings;
  /** The rules to run. Default: all of procfile-lint's (src/rules/index.ts). */
  ruleList?: readonly Rule[];
  /** Findings listed per rule (src/runner/run-rules.ts); `--fix` lifts it. */
  findingLimit?: number;
}

export interface LintOptions extends AnalyzeOptions, RunChoices {}

export async function lint(options: LintOptions): Promise<LintResult> {
  return runRules(await analyzeWorkspace(options), runOptions(options));
}

export interface LintProcfileOptions extends AnalyzeProcfileOptions, RunChoices {}

/** Lints the content of a Procfile, with the app's other files given in memory (none by default). */
export function lintProcfile(bytes: Uint8Array, options: LintProcfileOptions = {}): LintResult {
  return runRules(analyzeProcfile(bytes, options), runOptions(options));
}

function runOptions({ ruleList = RULES, rules, findingLimit }: RunChoices) {
  return { rules: ruleList, settings: rules, findingLimit };
}
