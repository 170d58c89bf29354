/**
 * Rule configuration: `.procfile-lint.yml` at the app root, the action's `rules` input and the CLI's `--rule`
 * all say `<rule id>: off | error | warning | notice`. Unknown ids and values are errors, never ignored.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { SEVERITIES, UsageError, type Range, type Severity } from './types.js';

export type RuleSetting = Severity | 'off';
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

export const CONFIG_FILE = '.procfile-lint.yml';

const SETTINGS: readonly RuleSetting[] = [...SEVERITIES, 'off'];

export interface ConfigProblem {
  message: string;
  /** Path relative to the workspace. */
  file: string;
  range: Range;
}

export interface LoadedConfig {
  rules: RuleSettings;
  problems: ConfigProblem[];
}

/** Reads `.procfile-lint.yml` text; every mistake becomes a problem at its position, and the valid parts still apply. */
export function parseConfigFile(text: string, file: string, knownRules: readonly string[]): LoadedConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: ConfigProblem[] = [];
  const at = (offset: number, endOffset: number): Range => {
    const start = lineCounter.linePos(offset);
    const end = lineCounter.linePos(Math.max(offset, endOffset));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  const report = (message: string, node: Node | null | undefined) =>
    problems.push({ message, file, range: node?.range ? at(node.range[0], node.range[1]) : at(0, 0) });

  for (const error of document.errors) problems.push({ message: `${CONFIG_FILE} is not valid YAML: ${error.message.split('\n')[0]}`, file, range: at(error.pos[0], error.pos[1]) });
  if (document.errors.length > 0 || document.contents === null) return { rules: {}, problems };
  if (!isMap(document.contents)) {
    report(`${CONFIG_FILE} must be a mapping with a \`rules\` key.`, document.contents);
    return { rules: {}, problems };
  }
  const rules: Record<string, RuleSetting> = {};
  for (const item of document.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (key !== 'rules') {
      report(`Unknown key ${JSON.stringify(key)} in ${CONFIG_FILE}: the only key is \`rules\`.`, item.key as Node);
      continue;
    }
    if (!isMap(item.value)) {
      report('`rules` must map rule ids to off, error, warning or notice.', item.value as Node);
      continue;
    }
    for (const entry of item.value.items) {
      const id = isScalar(entry.key) ? String(entry.key.value) : '';
      const value = isScalar(entry.value) ? String(entry.value.value) : '';
      const problem = checkSetting(id, value, knownRules);
      if (problem) report(problem, (problem.startsWith('Unknown rule') ? entry.key : entry.value) as Node);
      else rules[id] = value as RuleSetting;
    }
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
    if (!match) throw new UsageError(`${source}: expected \`<rule id>: <off|error|warning|notice>\`, got '${item.trim()}'.`);
    const [, id = '', value = ''] = match;
    const problem = checkSetting(id, value, knownRules);
    if (problem) throw new UsageError(`${source}: ${problem}`);
    rules[id] = value as RuleSetting;
  }
  return rules;
}

function checkSetting(id: string, value: string, knownRules: readonly string[]): string | null {
  if (!knownRules.includes(id)) {
    const near = knownRules.find((known) => known.includes(id) || id.includes(known));
    return `Unknown rule ${JSON.stringify(id)}${near ? ` (did you mean \`${near}\`?)` : ''}; the rules are listed in docs/rules.`;
  }
  if (!(SETTINGS as readonly string[]).includes(value)) {
    return `Rule \`${id}\` is set to ${JSON.stringify(value)}; use one of ${SETTINGS.join(', ')}.`;
  }
  return null;
}

/** `# procfile-lint-disable-next-line [rule, ...]`: the rules (all when none are named) to silence on the next line. */
export const DISABLE_NEXT_LINE = /^\s*#\s*procfile-lint-disable-next-line(?:\s+(.*))?$/u;
