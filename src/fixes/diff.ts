/**
 * The unified diff `--fix-dry-run` prints, which `git apply` / `patch -p1` accept. Fixes change a few lines of a small
 * file, so one hunk from the first changed line to the last (with 3 lines of context) is exact and linear in time.
 */
import type { Plan } from './apply.js';

const CONTEXT = 3;

export function formatPlanDiff(plan: Plan): string {
  const renames = plan.renames.map(
    ({ rename }) => `diff --git a/${rename.from} b/${rename.to}\nrename from ${rename.from}\nrename to ${rename.to}\n`,
  );
  const edits = plan.edits.map((file) => unifiedDiff(file.file, file.before, file.after));
  return [...renames, ...edits].join('');
}

export function unifiedDiff(file: string, before: Buffer | null, after: Buffer): string {
  const old = linesOf(before);
  const now = linesOf(after);
  let prefix = 0;
  while (prefix < old.length && prefix < now.length && old[prefix] === now[prefix]) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < now.length - prefix && old[old.length - 1 - suffix] === now[now.length - 1 - suffix])
    suffix++;
  if (prefix === old.length && prefix === now.length) return '';
  const start = Math.max(0, prefix - CONTEXT);
  const oldEnd = Math.min(old.length, old.length - suffix + CONTEXT);
  const newEnd = Math.min(now.length, now.length - suffix + CONTEXT);
  const hunk = [
    ...old.slice(start, prefix).map((line) => ` ${line}`),
    ...old.slice(prefix, old.length - suffix).map((line) => `-${line}`),
    ...now.slice(prefix, now.length - suffix).map((line) => `+${line}`),
    ...old.slice(old.length - suffix, oldEnd).map((line) => ` ${line}`),
  ];
  const header = `--- ${before === null ? '/dev/null' : `a/${file}`}\n+++ b/${file}\n`;
  const range = (from: number, to: number) => `${to - from === 0 ? from : from + 1},${to - from}`;
  return `${header}@@ -${range(start, oldEnd)} +${range(start, newEnd)} @@\n${hunk.map(terminate).join('')}`;
}

/** Lines with their `\n`, so a last line without one shows as such. */
function linesOf(bytes: Buffer | null): string[] {
  if (!bytes || bytes.length === 0) return [];
  const text = bytes.toString('utf8');
  const lines = text.split(/(?<=\n)/u);
  return lines;
}

function terminate(line: string): string {
  return line.endsWith('\n') ? line : `${line}\n\\ No newline at end of file\n`;
}
