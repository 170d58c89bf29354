/**
 * `.procfile-lint.yml`, read with a real YAML parser so that every mistake is reported on its own line. Loaded only
 * when an app has the file: the parser is a fifth of the CLI's start-up time.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { CONFIG_FILE, checkSetting, type ConfigProblem, type LoadedConfig, type RuleSetting } from './config.js';
import { quote } from './quote.js';
import type { Range } from './types.js';

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
      report(`Unknown key ${quote(String(key))} in ${CONFIG_FILE}: the only key is \`rules\`.`, item.key as Node);
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

