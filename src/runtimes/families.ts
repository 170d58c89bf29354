/**
 * The builder families whose version tables procfile-lint carries, and which platform builds with which. This is
 * the one place that maps platforms to families: the deploy model and the runtime rules both ask `familyOf`.
 */
export type BuilderFamily = 'gcp' | 'heroku-classic' | 'heroku-cnb' | 'herokuish';

/**
 * Code Capsules: Google Cloud buildpacks (domain.md section 1, unverified today); Heroku: Cedar classic buildpacks;
 * Heroku Fir: Cloud Native Buildpacks (heroku/cnb-builder-images); Dokku: herokuish (gliderlabs/herokuish).
 */
const FAMILY_OF_PLATFORM: Readonly<Record<string, BuilderFamily>> = {
  codecapsules: 'gcp',
  heroku: 'heroku-classic',
  'heroku-fir': 'heroku-cnb',
  dokku: 'herokuish',
};

export function familyOf(platformId: string): BuilderFamily | null {
  return FAMILY_OF_PLATFORM[platformId] ?? null;
}

/** Platforms whose builder is assumed, not documented: what its source says fails is only a warning there. */
const ASSUMED_BUILDER: Readonly<Record<string, string>> = {
  codecapsules: 'Code Capsules is assumed to build with Google Cloud buildpacks (domain.md, section 1)',
};

export function assumedBuilder(platformId: string): string | null {
  return ASSUMED_BUILDER[platformId] ?? null;
}
