/** The Procfile parsers procfile-lint models: the platforms' own, and the local runners people test with. */
import type { ParserId } from '../../platforms/ids.js';
import type { SourceText } from '../source.js';
import { readDokku } from './dokku.js';
import { readForeman } from './foreman.js';
import { readGcp } from './gcp.js';
import { readHerokuCnb } from './heroku-cnb.js';
import { readHerokuClassic } from './heroku-classic.js';
import { readHoncho } from './honcho.js';
import type { Reading } from './reading.js';

export type { ParserId };

export interface Parser {
  id: ParserId;
  /** Name used in messages. */
  name: string;
  read(source: SourceText): Reading;
}

export const PARSERS: readonly Parser[] = [
  { id: 'gcp', name: 'Code Capsules', read: readGcp },
  { id: 'heroku-classic', name: 'Heroku', read: readHerokuClassic },
  { id: 'heroku', name: 'Heroku (Fir)', read: readHerokuCnb },
  { id: 'dokku', name: 'Dokku', read: (source) => readDokku(source, 'lax') },
  { id: 'foreman', name: 'foreman', read: readForeman },
  { id: 'honcho', name: 'honcho', read: readHoncho },
];

export type Readings = Readonly<Record<ParserId, Reading>>;

export function readAll(source: SourceText): Readings {
  return Object.fromEntries(PARSERS.map((parser) => [parser.id, parser.read(source)])) as Record<ParserId, Reading>;
}
