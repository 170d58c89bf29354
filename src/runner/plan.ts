/**
 * The deploy plan: what a platform will build the app as and run, from its profile, the detection and the Procfile
 * as that platform reads it. It is part of the result (docs/result.md) and what the summary and `--explain` show.
 */
import { defaultStart, type DefaultStart } from '../commands/defaults.js';
import type { AppFiles } from '../engine/app-files.js';
import type { Detection } from '../engine/detect.js';
import type { Reading } from '../engine/readers/reading.js';
import type { Plan, PlannedProcess } from '../engine/types.js';
import type { PlatformProfile } from '../platforms/profile.js';
import { otherBuilderOf } from './builders.js';

export type { Plan, PlannedProcess };

export interface PlanInput {
  platform: PlatformProfile;
  detection: Detection;
  files: AppFiles;
  /** How the platform reads the Procfile; `null` without one. */
  reading: Reading | null;
}

export function buildPlan({ platform, detection, files, reading }: PlanInput): Plan {
  const candidates = detection.matches.map(({ group, evidence }) => ({
    group: group.id,
    language: group.language,
    evidence,
    needsProcfile: group.needsProcfile === true,
  }));
  const other = otherBuilderOf(platform, files);
  // Another builder the platform picks by itself starts the app its own way: no buildpack default start.
  const start = reading || other?.certain ? null : defaultStartOf(platform, detection, files);
  const processes: PlannedProcess[] = reading
    ? reading.processes.map(({ type, command, line }) => ({ type, command, source: { kind: 'procfile', line } }))
    : start?.kind === 'command'
      ? [{ type: 'web', command: start.command, source: { kind: 'default', why: start.why, reference: start.source } }]
      : [];
  return {
    platform: platform.id,
    builder: { name: platform.builder.name, unverified: platform.builder.unverified },
    build: {
      language: detection.language,
      group: detection.group?.id ?? null,
      evidence: [...detection.evidence],
      overridden: detection.overridden,
      candidates,
      incomplete: detection.incomplete,
    },
    otherBuilder: other,
    runs: platform.execution.label,
    processes,
    failure: failureOf(platform, other?.certain ? null : detection, reading, start),
    port: { variable: 'PORT', random: platform.port.random, default: platform.port.defaultValue, setting: platform.port.setting },
  };
}

/** The default `web` command without a Procfile, or why there is none. */
export function defaultStartOf(platform: PlatformProfile, detection: Detection, files: AppFiles): DefaultStart | null {
  if (detection.group?.fails) return { kind: 'fails', message: detection.group.fails, source: detection.group.source };
  return detection.language ? defaultStart(platform, detection.language, files) : null;
}

/** `detection` is `null` when another builder takes the app: what the buildpacks detect then fails nothing. */
function failureOf(
  platform: PlatformProfile,
  detection: Detection | null,
  reading: Reading | null,
  start: DefaultStart | null,
): string | null {
  if (detection?.group?.fails) return detection.group.fails;
  if (reading) {
    if (reading.failure) return reading.failure.message;
    if (platform.missingWebError && reading.processes.length > 0 && !reading.processes.some((process) => process.type === 'web')) {
      return platform.missingWebError;
    }
    return null;
  }
  if (!detection) return null;
  if (!detection.language && !detection.overridden) return `no builder of ${platform.builder.name} recognises the app`;
  if (start?.kind === 'fails') return start.message;
  if (start?.kind === 'none') return `no \`web\` process: ${start.why}`;
  return null;
}
