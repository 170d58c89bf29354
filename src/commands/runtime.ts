/** What exists at run time on a platform: the ports a fixed number works with, the programs and runtimes installed. */
import type { AppFiles } from '../engine/app-files.js';
import type { Detection } from '../engine/detect.js';
import type { Language } from '../engine/languages.js';
import type { Severity } from '../engine/types.js';
import type { PlatformProfile } from '../platforms/profile.js';

export interface PortVerdict {
  severity: Severity;
  /** Completes "… listens on port N, but …" or "… on port N: …". */
  why: string;
}

/** How a server told to listen on the fixed `port` fares: never on a random `$PORT`, only with the right setting elsewhere. */
export function fixedPortVerdict(platform: PlatformProfile, port: number): PortVerdict {
  const { port: contract, name } = platform;
  if (contract.random || contract.defaultValue === null) {
    return {
      severity: 'error',
      why: `${name} sends the app's traffic to the port in \`$PORT\`, which it chooses, so the app never answers`,
    };
  }
  const setting = contract.setting ?? 'its port setting';
  if (port === contract.defaultValue) {
    return {
      severity: 'warning',
      why: `that is ${name}'s default (\`$PORT\` is ${contract.defaultValue} unless ${setting} is changed), so it works only while that setting keeps its default`,
    };
  }
  return {
    severity: 'warning',
    why: `${name} sends the app's traffic to \`$PORT\` (${contract.defaultValue} by default), so it works only if ${setting} is set to ${port}`,
  };
}

export type Availability = 'installed' | 'absent' | 'unknown';

/**
 * Whether `used`'s runtime is installed in an app built as `detection` says: certain only where the builder installs
 * only its winning group's runtime (Google's buildpacks) and detection saw the whole tree without an override.
 */
export function runtimeAvailability(platform: PlatformProfile, detection: Detection, used: Language): Availability {
  const built = detection.language;
  if (!built || used === built) return 'installed';
  const only = platform.runtime.onlyWinnerRuntime;
  if (only?.alsoInstalled?.[built]?.includes(used)) return 'installed';
  if (!only || detection.overridden || !detection.group || detection.incomplete) return 'unknown';
  return 'absent';
}

export interface MissingProgram {
  /** `false` when the app's own dependencies may install it (composer.json `require`s heroku/heroku-buildpack-php). */
  certain: boolean;
  why: string;
  /** What to do instead, as a sentence. */
  fix: string;
  source: string;
}

/** `word` names a program the platform's build never puts there, or `null`. */
export function missingProgram(platform: PlatformProfile, files: AppFiles, word: string): MissingProgram | null {
  if (!files.complete || files.exists(word)) return null;
  const absent = platform.runtime.absentPrograms.find((program) => program.name.test(word));
  if (absent) return { why: absent.why, fix: absent.fix, source: absent.source, certain: !requiredByComposer(files, word) };
  return null;
}

/** `vendor/bin/heroku-php-*` is installed by `composer install --no-dev` when composer.json requires Heroku's package. */
function requiredByComposer(files: AppFiles, word: string): boolean {
  if (!/heroku-php-/.test(word)) return false;
  const text = files.readText('composer.json');
  if (text === null) return false;
  try {
    const require = (JSON.parse(text) as { require?: unknown }).require;
    return typeof require === 'object' && require !== null && 'heroku/heroku-buildpack-php' in require;
  } catch {
    return true;
  }
}
