import { codecapsules } from './codecapsules.js';
import { dokku } from './dokku.js';
import { heroku } from './heroku.js';
import { herokuFir } from './heroku-fir.js';
import type { PlatformId, PlatformProfile } from './profile.js';

export type { PlatformId, PlatformProfile } from './profile.js';

export const PLATFORMS: readonly PlatformProfile[] = [codecapsules, heroku, herokuFir, dokku];

export const DEFAULT_PLATFORM: PlatformId = codecapsules.id;

export function findPlatform(id: string): PlatformProfile | undefined {
  return PLATFORMS.find((platform) => platform.id === id);
}

/** The platform ids in a comma-separated `value`, in its order, without repeats (the default when empty), and the first unknown one. */
export function platformList(value: string | undefined): { ids: string[]; unknown: string | null } {
  const ids = [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  return { ids: ids.length > 0 ? ids : [DEFAULT_PLATFORM], unknown: ids.find((id) => !findPlatform(id)) ?? null };
}
