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
