/**
 * Rule configuration: `.procfile-lint.yml` at the app root, the action's `rules` input and the CLI's `--rule`
 * all say `<rule id>: off | error | warning | notice`. Unknown ids and values are errors, never ignored.
 */
import { quote } from './quote.js';
import { SEVERITIES, UsageError, type Range, type Severity } from './types.js';

export type RuleSetting = Severity | 'off';
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

export const CONFIG_FILE = '.procfile-lint.yml';

export const SETTINGS: readonly RuleSetting[] = [...SEVERITIES, 'off'];

export interface ConfigProblem {
  message: string;
  /** Path relative to the workspace. */
  file: string;
  range: Range;
}

/** One `id: setting` line of `.procfile-lint.yml`, not yet checked against the rules. */
export interface ConfigEntry {
  id: string;
  value: string;
  idRange: Range;
  valueRange: Range;
}

/** `.procfile-lint.yml` as read: its entries, and the mistakes of form (not YAML, unknown keys). */
export interface ReadConfig {
  /** Path relative to the workspace. */
  file: string;
  entries: ConfigEntry[];
  problems: ConfigProblem[];
}

/** The settings of `config` that name a known rule and setting; each of the others becomes a problem at its position. */
export function checkConfig(config: ReadConfig, knownRules: readonly string[]): { rules: RuleSettings; problems: ConfigProblem[] } {
  const rules: Record<string, RuleSetting> = {};
  const problems = [...config.problems];
  for (const { id, value, idRange, valueRange } of config.entries) {
    const problem = checkSetting(id, value, knownRules);
    if (problem) problems.push({ message: problem, file: config.file, range: problem.startsWith('Unknown rule') ? idRange : valueRange });
    else rules[id] = value as RuleSetting;
  }
  return { rules, problems };
}

/**
 * Reads settings given as `id: setting` lines, `id=setting` pairs, or both, separated by newlines or commas (the
 * action's `rules` input, the CLI's `--rule`). Any mistake is a usage error naming `source`.
 */
export function parseRuleSettings(text: string, knownRules: readonly string[], source: string): RuleSettings {
  const rules: Record<string, RuleSetting> = {};
  for (const item of text.split(/[\n,]/)) {
    if (item.trim() === '') continue;
    const match = /^\s*([^:=\s]+)\s*[:=]\s*(\S+)\s*$/.exec(item);
    if (!match) throw new UsageError(`${source}: expected \`<rule id>: <off|error|warning|notice>\`, got ${quote(item.trim())}.`);
    const [, id = '', value = ''] = match;
    const problem = checkSetting(id, value, knownRules);
    if (problem) throw new UsageError(`${source}: ${problem}`);
    rules[id] = value as RuleSetting;
  }
  return rules;
}

/**
 * Rules no setting or inline comment may change: a configuration that could silence the report of its own mistakes
 * would hide them.
 */
const FIXED_RULES: readonly string[] = ['invalid-config'];

export function isFixedRule(id: string): boolean {
  return FIXED_RULES.includes(id);
}

export function checkSetting(id: string, value: string, knownRules: readonly string[]): string | null {
  if (isFixedRule(id)) return `\`${id}\` cannot be turned off or changed: fix what it reports instead.`;
  if (!knownRules.includes(id)) {
    const near = closest(id, knownRules);
    return `Unknown rule ${quote(id)}${near ? ` (did you mean \`${near}\`?)` : ''}; the rules are listed in docs/rules.`;
  }
  if (!(SETTINGS as readonly string[]).includes(value)) {
    return `Rule \`${id}\` is set to ${quote(value)}; use one of ${SETTINGS.join(', ')}.`;
  }
  return null;
}

/** The known id within a few typos of `id`, to suggest. */
export function closest(id: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const candidate of known) {
    const distance = editDistance(id, candidate, bestDistance);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Levenshtein distance, or `limit` as soon as it is certain to be at least that. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    if (Math.min(...current) >= limit) return limit;
    previous = current;
  }
  return previous[b.length] as number;
}

const DISABLE_MARKER = 'procfile-lint-disable-next-line';

/**
 * `# procfile-lint-disable-next-line [rule, ...]`: the list of rules to silence on the next line (`''` for all), or
 * null when `text` is no such comment. A plain scan, not a regular expression: `\s+(.*)$` backtracks quadratically
 * on a long run of blanks that ends in a CR. `trimStart` strips exactly what `\s` matches.
 */
export function disableNextLine(text: string): string | null {
  const comment = text.trimStart();
  if (!comment.startsWith('#')) return null;
  const body = comment.slice(1).trimStart();
  if (!body.startsWith(DISABLE_MARKER)) return null;
  const rest = body.slice(DISABLE_MARKER.length);
  const list = rest.trimStart();
  if (rest !== '' && list.length === rest.length) return null;
  return hasLineTerminator(list) ? null : list;
}

function hasLineTerminator(text: string): boolean {
  return ['\n', '\r', '\u2028', '\u2029'].some((terminator) => text.includes(terminator));
}
