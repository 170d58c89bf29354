import { readGcp } from '../engine/readers/gcp.js';
import type { PlatformProfile } from './profile.js';

/** Code Capsules backend capsules, built with Google Cloud buildpacks (see domain.md section 1). */
export const codecapsules: PlatformProfile = {
  id: 'codecapsules',
  name: 'Code Capsules',
  read: readGcp,
  missingWebError: 'web process not found in Procfile',
  processTypeName: {
    isValid: (name) => /^[A-Za-z0-9_]+$/.test(name),
    rule: 'use only ASCII letters, digits and `_` (the buildpack matches `\\w+`)',
  },
};
