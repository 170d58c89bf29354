import { dnsLabel, heroku } from './heroku.js';
import type { PlatformProfile } from './profile.js';

/**
 * Dokku: Heroku's buildpacks (herokuish) for languages, dokku/procfile-util for the Procfile, whose strict names
 * Dokku applies. A Dockerfile deploy still takes its process types from the Procfile.
 */
export const dokku: PlatformProfile = {
  ...heroku,
  id: 'dokku',
  name: 'Dokku',
  parser: 'dokku',
  dockerfileStartsApp: true,
  extraLanguage: 'list both buildpacks in a `.buildpacks` file',
  processTypeName: {
    isValid: (name) => /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/.test(name) && name.length <= 63,
    rule: 'be lower-case letters, digits and inner `-`, at most 63 characters (procfile-util --strict)',
    key: (name) => name,
    suggest: dnsLabel,
  },
};
