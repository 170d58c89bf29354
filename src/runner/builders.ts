/**
 * What builds the app when it is not the platform's buildpacks: a builder the app's root files bring in (the profile's
 * `otherBuilders`, sources there). The rules about the buildpack build read it through `buildpackFindings`
 * (src/rules/rule.ts), and the deploy plan names it.
 */
import type { AppFiles } from '../engine/app-files.js';
import type { OtherBuild } from '../engine/types.js';
import type { OtherBuilder, PlatformProfile } from '../platforms/profile.js';

/** The other builder the app's root files bring in: for certain, one a setting picks, or none. */
export function otherBuilderOf(platform: PlatformProfile, files: AppFiles): OtherBuild | null {
  let bySetting: OtherBuild | null = null;
  for (const builder of platform.otherBuilders) {
    const file = builder.files.find((name) => files.exists(name));
    if (file === undefined || buildpacksAsked(builder, files)) continue;
    if (builder.setting === null) return { certain: true, instead: builder.instead, setting: null, file };
    bySetting ??= { certain: false, instead: builder.instead, setting: builder.setting, file };
  }
  return bySetting;
}

/** A file of the app asks for the buildpacks anyway (Dokku's `.buildpacks`, or BUILDPACK_URL anywhere in `.env`). */
function buildpacksAsked({ unless }: OtherBuilder, files: AppFiles): boolean {
  if (unless.files.some((file) => files.exists(file))) return true;
  return unless.dotenv !== null && (files.readText('.env') ?? '').includes(unless.dotenv);
}
