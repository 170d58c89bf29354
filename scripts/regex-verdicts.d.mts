// Types of what scripts/regex-verdicts.mjs exports, for __tests__/regex-backtracking.test.ts.
export interface RegexLiteral {
  /** `path:line`, relative to the repository. */
  where: string;
  source: string;
  flags: string;
}

export interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: string;
  attack?: string;
}

export const VERDICTS_FILE: string;
export const RECHECK_VERSION: string;
export function sourceFiles(dir?: string): string[];
export function regexLiterals(file: string): RegexLiteral[];
export function regexKey(literal: Pick<RegexLiteral, 'source' | 'flags'>): string;
export function verdict(source: string, flags: string): Verdict;
export function keptSafe(): Set<string>;
