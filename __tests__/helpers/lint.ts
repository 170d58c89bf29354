import { lint, lintProcfile } from '../../src/engine/lint.js';
import type { Finding, LintResult } from '../../src/engine/types.js';
import { makeTree, type Tree } from './tree.js';

/** Lints Procfile content given as text (or bytes) and returns the findings of one rule. */
export function findingsOf(rule: string, content: string | Uint8Array): Finding[] {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return lintProcfile(bytes).findings.filter((finding) => finding.rule === rule);
}

/** Lints a temporary repository and returns the result. */
export function lintTree(files: Tree, appPath = '.'): LintResult {
  return lint({ workspace: makeTree(files), path: appPath });
}

export function findingsInTree(rule: string, files: Tree, appPath = '.'): Finding[] {
  return lintTree(files, appPath).findings.filter((finding) => finding.rule === rule);
}
