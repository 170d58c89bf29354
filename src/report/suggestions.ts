/**
 * GitHub suggested changes for the fixable findings on the lines a pull request touches: one review comment per
 * fix, whose ```suggestion block holds the fixed lines, so the author applies it with a click. Each comment carries a
 * hidden marker with a stable key, so a re-run finds its own earlier comments and updates or resolves them.
 */
import { truncate } from '../engine/quote.js';
import type { EditFix, Finding, LintResult } from '../engine/types.js';
import { applyEdits } from '../fixes/apply.js';
import { messageHtml } from './html.js';

export const SUGGESTION_MARKER = '<!-- procfile-lint suggestion ';
/** GitHub takes up to 65 536 characters a comment; a Procfile fix needs a fraction, and a review stays readable. */
const MAX_MESSAGE = 1000;
const MAX_SUGGESTION_CHARS = 8000;
export const MAX_SUGGESTIONS = 20;

export interface SuggestionComment {
  /** Stable across runs for the same finding: rule, file, first line. */
  key: string;
  path: string;
  /** The last line replaced; with `startLine`, the first (multi-line suggestion). */
  line: number;
  startLine?: number;
  body: string;
}

/** Lines of the new side of the pull request's diff, by file: where GitHub lets a review comment go. */
export type TouchedLines = ReadonlyMap<string, ReadonlySet<number>>;

export function suggestionComments(result: LintResult, read: (file: string) => Buffer | null, touched: TouchedLines): SuggestionComment[] {
  const comments: SuggestionComment[] = [];
  const keys = new Set<string>();
  for (const finding of result.findings) {
    if (comments.length >= MAX_SUGGESTIONS) break;
    const fix = finding.fix;
    if (!fix || 'rename' in fix || fix.create) continue;
    const comment = commentFor(finding, fix, read(fix.file), touched.get(fix.file));
    if (comment && !keys.has(comment.key)) {
      keys.add(comment.key);
      comments.push(comment);
    }
  }
  return comments;
}

function commentFor(
  finding: Finding,
  fix: EditFix,
  bytes: Buffer | null,
  touched: ReadonlySet<number> | undefined,
): SuggestionComment | null {
  if (!bytes || !touched) return null;
  const before = bytes.toString('utf8');
  const after = applyEdits(bytes, fix.edits).toString('utf8');
  // A suggestion replaces lines as the diff shows them: a BOM or a `\r` it cannot show.
  if (before.startsWith('\uFEFF') || before.includes('\r') || after.includes('\r')) return null;
  const first = Math.min(...fix.edits.map((edit) => edit.range.line));
  const last = Math.max(
    ...fix.edits.map(({ range }) => (range.endColumn === 1 && range.endLine > range.line ? range.endLine - 1 : range.endLine)),
  );
  const oldLines = before.split('\n');
  const newLines = after.split('\n');
  const replacement = newLines.slice(first - 1, newLines.length - (oldLines.length - last)).join('\n');
  if (replacement.length > MAX_SUGGESTION_CHARS) return null;
  for (let line = first; line <= last; line++) if (!touched.has(line)) return null;
  const key = `${finding.rule}:${fix.file}:${first}`;
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(replacement) + 1));
  const body =
    `${SUGGESTION_MARKER}${encodeURIComponent(key)} -->\n` +
    `<p><b>procfile-lint</b> (<code>${finding.rule}</code>): ${messageHtml(truncate(finding.message, MAX_MESSAGE))}</p>\n\n` +
    `${fence}suggestion\n${replacement}${replacement === '' ? '' : '\n'}${fence}\n`;
  return { key, path: fix.file, line: last, ...(first < last ? { startLine: first } : {}), body };
}

/** The key in a comment procfile-lint wrote, or `null` for anyone else's comment. */
export function suggestionKey(body: string): string | null {
  if (!body.startsWith(SUGGESTION_MARKER)) return null;
  const end = body.indexOf(' -->', SUGGESTION_MARKER.length);
  if (end === -1) return null;
  try {
    return decodeURIComponent(body.slice(SUGGESTION_MARKER.length, end));
  } catch {
    return null;
  }
}

/** What an earlier suggestion becomes once the finding is gone. */
export function resolvedBody(key: string): string {
  return `${SUGGESTION_MARKER}${encodeURIComponent(key)} -->\n<p><b>procfile-lint</b>: resolved, this is no longer reported.</p>\n`;
}

/** The new-side lines of each file's diff, from the `patch` of `pulls/list-files`. */
export function touchedLines(files: readonly { path: string; patch?: string }[]): Map<string, Set<number>> {
  const touched = new Map<string, Set<number>>();
  for (const file of files) {
    if (!file.patch) continue;
    const lines = new Set<number>();
    let line = 0;
    for (const text of file.patch.split('\n')) {
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/u.exec(text);
      if (hunk) line = Number(hunk[1]);
      else if (line > 0 && (text.startsWith('+') || text.startsWith(' '))) lines.add(line++);
    }
    touched.set(file.path, lines);
  }
  return touched;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}
