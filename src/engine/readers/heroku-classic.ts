/**
 * Heroku's classic (Cedar) generation. Its Procfile parser is private; Heroku documents the format as
 * `^([A-Za-z0-9_-]+):\s*(.+)$` per line (devcenter.heroku.com/articles/procfile), foreman's pattern (foreman was
 * written at Heroku), so this reads as foreman does: CRLF as LF, a line that does not match dropped. One command runs
 * per process type (the formation is keyed by type); which of two duplicates wins is not documented (unverified),
 * and the last is assumed, as a hash keyed by type keeps it. A file with no process deploys with none.
 */
import type { SourceText } from '../source.js';
import { foremanPatternEntries } from './foreman.js';
import { reading, type Reading } from './reading.js';

export function readHerokuClassic(source: SourceText): Reading {
  if (source.encoding !== 'utf-8') return reading({ entries: [], policy: 'last-wins' });
  return reading({ entries: foremanPatternEntries(source), policy: 'last-wins' });
}
