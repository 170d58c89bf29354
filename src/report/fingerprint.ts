/**
 * A fingerprint per finding that survives edits elsewhere in the file, for the formats that track findings across
 * runs (SARIF's `partialFingerprints`, GitLab's `fingerprint`): the rule, the file and the message (which quotes the
 * offending text), not the line number, plus which of several identical findings it is, so each is unique in a run.
 */
import { crypto } from '../engine/crypto.js';
import type { Finding } from '../engine/types.js';

export function fingerprintsOf(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const hash = crypto().createHash('sha256').update(`${finding.rule}\0${finding.file}\0${finding.message}`).digest('hex').slice(0, 32);
    const ordinal = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, ordinal);
    return `${hash}:${ordinal}`;
  });
}
