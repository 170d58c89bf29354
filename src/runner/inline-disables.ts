/** `# procfile-lint-disable-next-line [rule, ...]` comments: which rules (all when none are named) each silences. */
import { disableNextLine, type ConfigProblem } from '../engine/config.js';
import type { ParsedProcfile } from '../engine/parse.js';
import { quote } from '../engine/quote.js';

const DIRECTIVE = 'procfile-lint-disable-next-line';

/** A comment can list a million unknown words: the first few are reported, one finding each. */
const MAX_UNKNOWN_IDS_REPORTED = 10;

export interface InlineDisables {
  /** Whether the comment before `line` of the Procfile silences `rule`. */
  silences(line: number, rule: string): boolean;
  /** Comments that name a rule that does not exist. */
  problems: ConfigProblem[];
}

export function inlineDisables(procfile: ParsedProcfile, file: string, knownRules: readonly string[]): InlineDisables {
  const disabled = new Map<number, Set<string> | null>();
  const problems: ConfigProblem[] = [];
  for (const line of procfile.lines) {
    if (line.kind !== 'comment') continue;
    const list = disableNextLine(line.text);
    if (list === null) continue;
    const ids = list.split(/[\s,]+/).filter(Boolean);
    const listStart = line.text.indexOf(DIRECTIVE) + DIRECTIVE.length;
    for (const id of ids.filter((candidate) => !knownRules.includes(candidate)).slice(0, MAX_UNKNOWN_IDS_REPORTED)) {
      const index = line.text.indexOf(id, listStart);
      problems.push({
        message: `Unknown rule ${quote(id)} in a ${DIRECTIVE} comment; the rules are listed in docs/rules.`,
        file,
        range: { line: line.number, column: index + 1, endLine: line.number, endColumn: index + 1 + id.length },
      });
    }
    disabled.set(line.number + 1, ids.length > 0 ? new Set(ids) : null);
  }
  return {
    problems,
    silences(line, rule) {
      if (!disabled.has(line)) return false;
      const rules = disabled.get(line);
      return rules === null || rules?.has(rule) === true;
    },
  };
}
