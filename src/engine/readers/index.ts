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
  /** The tool whose parser this is. Messages call a platform's parser by the platform's name (src/rules/phrases.ts). */
  tool: string;
  /** People run it on their own machine, not a platform. */
  local: boolean;
  read(source: SourceText): Reading;
}

export const PARSERS: readonly Parser[] = [
  { id: 'gcp', tool: 'Google Cloud buildpacks', local: false, read: readGcp },
  { id: 'heroku-classic', tool: "Heroku's classic Procfile reader", local: false, read: readHerokuClassic },
  { id: 'heroku', tool: 'heroku/buildpacks-procfile', local: false, read: readHerokuCnb },
  // Dokku runs procfile-util without --strict (dokku/dokku plugins/ps).
  { id: 'dokku', tool: 'procfile-util', local: false, read: (source) => readDokku(source, 'lax') },
  { id: 'foreman', tool: 'foreman', local: true, read: readForeman },
  { id: 'honcho', tool: 'honcho', local: true, read: readHoncho },
];

export type Readings = Readonly<Record<ParserId, Reading>>;

export function readAll(source: SourceText): Readings {
  return Object.fromEntries(PARSERS.map((parser) => [parser.id, parser.read(source)])) as Record<ParserId, Reading>;
}
