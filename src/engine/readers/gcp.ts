/**
 * Google Cloud buildpacks, which Code Capsules builds with (pkg/entrypoint/procfile.go):
 * `(?m)^(\w+):\s*(.+)$` over the whole file, the command trimmed with `strings.TrimSpace`, the first of two
 * same-named processes kept, and a failed build when nothing matches.
 */
import type { SourceText } from '../source.js';
import { matchEntries } from './line-pattern.js';
import { reading, type Reading } from './reading.js';
import { isAsciiWordChar, isGoRegexSpace, isGoUnicodeSpace, trimWith } from './whitespace.js';

export const GCP_NO_PROCESSES = 'did not find any processes in Procfile';

export function readGcp(source: SourceText): Reading {
  if (source.encoding !== 'utf-8') {
    // The buildpack reads the bytes as UTF-8: every other byte of UTF-16 is NUL, so no line matches.
    return reading({ entries: [], policy: 'first-wins', failure: { message: GCP_NO_PROCESSES, line: null } });
  }
  const pattern = { isNameChar: isAsciiWordChar, isSpace: isGoRegexSpace, acrossLines: true };
  // A byte order mark is not `\w`, so the first line cannot match.
  const { entries, swallowedLines } = matchEntries(source, pattern, source.bom);
  entries.forEach((entry, i) => {
    const command = trimWith(entry.command, isGoUnicodeSpace);
    if (command !== entry.command) entries[i] = { ...entry, command };
  });
  const failure = entries.length === 0 ? { message: GCP_NO_PROCESSES, line: null } : null;
  return reading({ entries, policy: 'first-wins', failure, swallowedLines });
}
