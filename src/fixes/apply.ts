/**
 * Applying the fixes of a result: which safe fixes go together (edits that overlap another fix wait for the next
 * pass, an edit inside a line another fix deletes goes with the line), the new bytes of each file, and a plan the
 * CLI writes (`--fix`) or prints as a unified diff (`--fix-dry-run`).
 */
import type { EditFix, Finding, Fix, RenameFix, TextEdit } from '../engine/types.js';

export interface FilePlan {
  file: string;
  /** `null` for a file the fixes create. */
  before: Buffer | null;
  after: Buffer;
  descriptions: string[];
}

export interface Plan {
  edits: FilePlan[];
  renames: RenameFix[];
}

export type ReadFile = (file: string) => Buffer;

/** The safe fixes of `findings` that can be applied together, each once. */
export function chooseFixes(findings: readonly Finding[]): Fix[] {
  const fixes = unique(findings.flatMap((finding) => (finding.fix?.safe ? [finding.fix] : [])));
  // Deleting whole lines first, the largest first, so what lies inside them is known to go with them.
  const ordered = [...fixes].sort((a, b) => deletedBytes(b) - deletedBytes(a));
  const accepted = new Map<string, TextEdit[]>();
  const chosen: Fix[] = [];
  const renameTargets = new Set<string>();
  for (const fix of ordered) {
    if ('rename' in fix) {
      if (renameTargets.has(fix.rename.to) || accepted.has(fix.rename.from)) continue;
      renameTargets.add(fix.rename.to);
      chosen.push(fix);
      continue;
    }
    const taken = accepted.get(fix.file) ?? [];
    if (fix.create ? taken.length > 0 : !fix.edits.every((edit) => fits(edit, taken))) continue;
    accepted.set(fix.file, [...taken, ...fix.edits]);
    chosen.push(fix);
  }
  return fixes.filter((fix) => chosen.includes(fix));
}

/** The new content of every file `fixes` touch. */
export function planFixes(fixes: readonly Fix[], read: ReadFile): Plan {
  const byFile = new Map<string, EditFix[]>();
  const renames: RenameFix[] = [];
  for (const fix of fixes) {
    if ('rename' in fix) renames.push(fix);
    else byFile.set(fix.file, [...(byFile.get(fix.file) ?? []), fix]);
  }
  const edits = [...byFile].map(([file, group]): FilePlan => {
    const before = group.some((fix) => fix.create) ? null : read(file);
    const all = group.flatMap((fix) => fix.edits);
    return { file, before, after: applyEdits(before ?? Buffer.alloc(0), all), descriptions: group.map((fix) => fix.description) };
  });
  return { edits: edits.filter((plan) => plan.before === null || !plan.before.equals(plan.after)), renames };
}

/**
 * `bytes` with `edits` applied: identical edits once, an edit inside a deletion dropped with it. Edits are by byte
 * offset, so the BOM and the `\r` of CRLF are addressed exactly.
 */
export function applyEdits(bytes: Buffer, edits: readonly TextEdit[]): Buffer {
  const kept: TextEdit[] = [];
  for (const edit of [...edits].sort((a, b) => deletedLength(b) - deletedLength(a))) {
    if (kept.some((other) => sameEdit(other, edit) || insideDeletion(edit, other))) continue;
    kept.push(edit);
  }
  kept.sort((a, b) => a.byteOffset - b.byteOffset || a.byteLength - b.byteLength);
  const parts: Buffer[] = [];
  let at = 0;
  for (const edit of kept) {
    if (edit.byteOffset < at || edit.byteOffset + edit.byteLength > bytes.length) continue;
    parts.push(bytes.subarray(at, edit.byteOffset), Buffer.from(edit.text, 'utf8'));
    at = edit.byteOffset + edit.byteLength;
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts);
}

function fits(edit: TextEdit, taken: readonly TextEdit[]): boolean {
  return taken.every((other) => sameEdit(edit, other) || insideDeletion(edit, other) || apart(edit, other));
}

function apart(a: TextEdit, b: TextEdit): boolean {
  const [first, second] = a.byteOffset <= b.byteOffset ? [a, b] : [b, a];
  if (first.byteOffset === second.byteOffset) return false; // two changes at one place: which first is unclear
  return first.byteOffset + first.byteLength <= second.byteOffset;
}

function insideDeletion(edit: TextEdit, deletion: TextEdit): boolean {
  return (
    deletion.text === '' &&
    deletion.byteLength > 0 &&
    edit.byteOffset >= deletion.byteOffset &&
    edit.byteOffset + edit.byteLength <= deletion.byteOffset + deletion.byteLength &&
    !(edit.byteLength === 0 && edit.byteOffset === deletion.byteOffset + deletion.byteLength)
  );
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.byteOffset === b.byteOffset && a.byteLength === b.byteLength && a.text === b.text;
}

function deletedLength(edit: TextEdit): number {
  return edit.text === '' ? edit.byteLength : 0;
}

function deletedBytes(fix: Fix): number {
  return 'rename' in fix ? 0 : fix.edits.reduce((sum, edit) => sum + deletedLength(edit), 0);
}

/** Fixes are shared between findings (localhost-bind and web-port-unbound may offer the same edit): one each. */
function unique(fixes: Fix[]): Fix[] {
  const seen = new Set<string>();
  return fixes.filter((fix) => {
    const key = JSON.stringify(
      'rename' in fix
        ? fix.rename
        : [fix.file, fix.create, fix.edits.map(({ byteOffset, byteLength, text }) => [byteOffset, byteLength, text])],
    );
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
