/** What a platform expects of a Procfile. Rules read these facts; they never test which platform it is. */
import type { Language, ParserId } from './ids.js';

export type PlatformId = 'codecapsules' | 'heroku' | 'dokku';

export interface PlatformProfile {
  id: PlatformId;
  /** Display name used in messages: "Code Capsules". */
  name: string;
  /** Whose parser reads the Procfile there (engine/readers). */
  parser: ParserId;
  /** The error the platform fails the build with when there is no `web` process; `null` if it needs none. */
  missingWebError: string | null;
  processTypeName: {
    isValid(name: string): boolean;
    /** The accepted names in words, completing "names must ...". */
    rule: string;
    /** The name two process types must not share: `Web` and `web` collide where names are lower-cased. */
    key(name: string): string;
    /** A valid name close to `name`, to suggest. */
    suggest(name: string): string;
  };
  /** The order the platform tries languages in; the first that matches is what the app is built as. */
  languageOrder: readonly { language: Language; onlyWithProcfile?: boolean }[];
  /** Languages the platform cannot start without a Procfile (it has no default command for them). */
  languagesNeedingProcfile: readonly Language[];
  /** Where else the start command can be set, for apps that have none in a Procfile. */
  startCommandElsewhere: string | null;
  /** A root `Dockerfile` makes the platform build from it and ignore the Procfile. */
  dockerfileReplacesProcfile: boolean;
  /** A root `Dockerfile` gives the start command (its CMD) when there is no Procfile. */
  dockerfileStartsApp: boolean;
  /** How to get a second language's runtime installed, when the platform allows it. */
  extraLanguage: string | null;
  /** Languages the platform detects from a file of this extension anywhere in the app, not only at its root. */
  deepMarkers: Readonly<Partial<Record<Language, string>>>;
}
