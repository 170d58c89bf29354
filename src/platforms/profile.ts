/** What a platform expects of a Procfile. Rules read these facts; they never test which platform it is. */
import type { Reading } from '../engine/readers/reading.js';
import type { SourceText } from '../engine/source.js';

export interface PlatformProfile {
  id: string;
  /** Display name used in messages: "Code Capsules". */
  name: string;
  /** How the platform's own parser reads the file. */
  read(source: SourceText): Reading;
  /** The error the platform fails the build with when there is no `web` process; `null` if it needs none. */
  missingWebError: string | null;
  processTypeName: {
    isValid(name: string): boolean;
    /** The accepted names in words, completing "Process types on <platform> must ...". */
    rule: string;
  };
}
