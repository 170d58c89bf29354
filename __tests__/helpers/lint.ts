import { lint, lintProcfile, type LintOptions, type LintProcfileOptions } from '../../src/lint.js';
import type { Finding, LintResult } from '../../src/engine/types.js';
import { makeTree, type Tree } from './tree.js';

/** Lints Procfile content given as text (or bytes) and returns the findings of one rule. */
export function findingsOf(rule: string, content: string | Uint8Array, options: LintProcfileOptions = {}): Finding[] {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return lintProcfile(bytes, options).findings.filter((finding) => finding.rule === rule);
}

/** `findingsOf` for an app made of `files` (path -> content) besides the Procfile. */
export function findingsIn(rule: string, content: string, files: Record<string, string>, options: LintProcfileOptions = {}): Finding[] {
  return findingsOf(rule, content, { ...options, files });
}

/** Lints a temporary repository and returns the result. */
export function lintTree(files: Tree, appPath = '.', options: Omit<LintOptions, 'workspace' | 'path'> = {}): Promise<LintResult> {
  return lint({ workspace: makeTree(files), path: appPath, ...options });
}

export async function findingsInTree(
  rule: string,
  files: Tree,
  appPath = '.',
  options: Omit<LintOptions, 'workspace' | 'path'> = {},
): Promise<Finding[]> {
  return (await lintTree(files, appPath, options)).findings.filter((finding) => finding.rule === rule);
}
