/**
 * `.procfile-lint.yml`, read with a real YAML parser so that every mistake is reported on its own line. Loaded only
 * when an app has the file: the parser is a fifth of the CLI's start-up time.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { CONFIG_FILE, type ConfigEntry, type ConfigProblem, type ReadConfig } from './config.js';
import { quote } from './quote.js';
import type { Range } from './types.js';

/**
 * Reads `.procfile-lint.yml` text: every mistake of form becomes a problem at its position; the `rules` entries are
 * kept with theirs, for the runner to check against the rules it has (the engine knows no rule list).
 */
export function parseConfigFile(text: string, file: string): ReadConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: ConfigProblem[] = [];
  const at = (offset: number, endOffset: number): Range => {
    const start = lineCounter.linePos(offset);
    const end = lineCounter.linePos(Math.max(offset, endOffset));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  const range = (node: unknown): Range => {
    const offsets = (node as Node | null | undefined)?.range;
    return offsets ? at(offsets[0], offsets[1]) : at(0, 0);
  };
  const report = (message: string, node: unknown) => problems.push({ message, file, range: range(node) });

  for (const error of document.errors)
    problems.push({
      message: `${CONFIG_FILE} is not valid YAML: ${error.message.split('\n')[0]}`,
      file,
      range: at(error.pos[0], error.pos[1]),
    });
  if (document.errors.length > 0 || document.contents === null) return { file, entries: [], problems };
  if (!isMap(document.contents)) {
    report(`${CONFIG_FILE} must be a mapping with a \`rules\` key.`, document.contents);
    return { file, entries: [], problems };
  }
  const entries: ConfigEntry[] = [];
  for (const item of document.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (key !== 'rules') {
      report(`Unknown key ${quote(key)} in ${CONFIG_FILE}: the only key is \`rules\`.`, item.key);
      continue;
    }
    if (!isMap(item.value)) {
      report('`rules` must map rule ids to off, error, warning or notice.', item.value);
      continue;
    }
    for (const entry of item.value.items) {
      const id = isScalar(entry.key) ? String(entry.key.value) : '';
      const value = isScalar(entry.value) ? String(entry.value.value) : '';
      entries.push({ id, value, idRange: range(entry.key), valueRange: range(entry.value) });
    }
  }
  return { file, entries, problems };
}
