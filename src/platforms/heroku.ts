import type { PlatformProfile } from './profile.js';

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** `name` lower-cased, with `-` for anything else, trimmed of `-` at the ends and cut to 63 characters. */
export function dnsLabel(name: string): string {
  // Each run of other characters became one `-`, so only one can be left at each end (and `/^-+|-+$/` backtracks).
  const label = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 63).replace(/^-|-$/g, '');
  return label === '' ? 'web' : label;
}

/**
 * Heroku, with the Procfile buildpack's rules (heroku/buildpacks-procfile SPEC.md): lower-case DNS-label names
 * (`Web` and `my_worker` are corrected with a warning), no `web` required, classic buildpack detection order.
 */
export const heroku: PlatformProfile = {
  id: 'heroku',
  name: 'Heroku',
  parser: 'heroku',
  missingWebError: null,
  processTypeName: {
    isValid: (name) => DNS_LABEL.test(name) && name.length <= 63,
    rule: 'be lower-case letters, digits and inner `-`, at most 63 characters',
    key: (name) => name.replace(/_/g, '-').toLowerCase(),
    suggest: dnsLabel,
  },
  languageOrder: [
    { language: 'ruby' },
    { language: 'node' },
    { language: 'clojure' },
    { language: 'python' },
    { language: 'java' },
    { language: 'scala' },
    { language: 'php' },
    { language: 'go' },
    { language: 'dotnet' },
  ],
  languagesNeedingProcfile: ['python'],
  startCommandElsewhere: null,
  dockerfileReplacesProcfile: false,
  dockerfileStartsApp: false,
  extraLanguage: 'add its buildpack too (`heroku buildpacks:add`)',
  deepMarkers: {},
};
