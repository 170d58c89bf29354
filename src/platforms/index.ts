import { codecapsules } from './codecapsules.js';
import type { PlatformProfile } from './profile.js';

export type { PlatformProfile } from './profile.js';

export const PLATFORMS: readonly PlatformProfile[] = [codecapsules];

export const DEFAULT_PLATFORM = codecapsules.id;

export function findPlatform(id: string): PlatformProfile | undefined {
  return PLATFORMS.find((platform) => platform.id === id);
}
