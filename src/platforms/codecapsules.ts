import type { PlatformProfile } from './profile.js';

/**
 * Code Capsules backend capsules, built with Google Cloud buildpacks (domain.md section 1): the buildpack's
 * Procfile pattern, `web` required, Google's language order (Python before Node only when there is a Procfile).
 */
export const codecapsules: PlatformProfile = {
  id: 'codecapsules',
  name: 'Code Capsules',
  parser: 'gcp',
  missingWebError: 'web process not found in Procfile',
  processTypeName: {
    isValid: (name) => /^[A-Za-z0-9_]+$/.test(name),
    rule: 'use only ASCII letters, digits and `_` (the buildpack matches `\\w+`)',
    key: (name) => name,
    suggest: (name) => name.replace(/[^A-Za-z0-9_]/g, '_'),
  },
  languageOrder: [
    { language: 'dotnet' },
    { language: 'go' },
    { language: 'java' },
    { language: 'python', onlyWithProcfile: true },
    { language: 'ruby' },
    { language: 'php' },
    { language: 'node' },
    { language: 'python' },
  ],
  languagesNeedingProcfile: ['python', 'ruby'],
  startCommandElsewhere: "a Run Command in the capsule's settings",
  dockerfileReplacesProcfile: true,
  dockerfileStartsApp: true,
  extraLanguage: null,
  // google.python.runtime opts in for any *.py outside dependency folders (HasAtLeastOneOutsideDependencyDirectories).
  deepMarkers: { python: '.py' },
};
