/**
 * The deploy plan: what a platform will build the app as and run, from its profile, the detection and the Procfile
 * as that platform reads it. It is part of the result (docs/result.md) and what the summary and `--explain` show.
 */
import type { AppFiles } from '../engine/app-files.js';
import type { Detection } from '../engine/detect.js';
import type { Reading } from '../engine/readers/reading.js';
import { detectBuild } from '../platforms/detection.js';
import type { DefaultStart, PlatformProfile } from '../platforms/profile.js';

export interface PlannedProcess {
  type: string;
  /** The command the platform runs. */
  command: string;
  /** Where it comes from: a line of the Procfile, or the platform's default for the language. */
  source: { kind: 'procfile'; line: number } | { kind: 'default'; why: string; reference: string };
}

export interface Plan {
  platform: string;
  /** Who builds the app; `unverified` says why the builder is only assumed. */
  builder: { name: string; unverified: string | null };
  build: {
    /** The language it builds the app as, or `null` when no builder takes it. */
    language: string | null;
    /** The builder group or buildpack that takes the app. */
    group: string | null;
    /** The files that made that group take it. */
    evidence: string[];
    /** The `language` setting chose it, not detection. */
    overridden: boolean;
    /** Every group that opts in, in the platform's order; `needsProcfile` ones run only with a Procfile. */
    candidates: { group: string; language: string; evidence: string[]; needsProcfile: boolean }[];
    /** The search of the tree stopped at its bound, so a file further down may have been missed. */
    incomplete: boolean;
  };
  /** How each command is started. */
  runs: string;
  processes: PlannedProcess[];
  /** Why the deploy fails or starts no `web` process, in the platform's words where it has them; `null` if it does not. */
  failure: string | null;
  /** The port the `web` process must listen on. */
  port: { variable: 'PORT'; random: boolean; default: number | null; setting: string | null };
}

export interface PlanInput {
  platform: PlatformProfile;
  detection: Detection;
  files: AppFiles;
  /** How the platform reads the Procfile; `null` without one. */
  reading: Reading | null;
  /** The files detection saw, to list every candidate group. */
  facts: Parameters<typeof detectBuild>[1];
}

export function buildPlan({ platform, detection, files, reading, facts }: PlanInput): Plan {
  const candidates = detectBuild(platform.groups, facts, reading !== null).matches.map(({ group, evidence }) => ({
    group: group.id,
    language: group.language,
    evidence,
    needsProcfile: group.needsProcfile === true,
  }));
  const start = reading ? null : defaultStartOf(platform, detection, files);
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
    runs: platform.execution.label,
    processes,
    failure: failureOf(platform, detection, reading, start),
    port: { variable: 'PORT', random: platform.port.random, default: platform.port.defaultValue, setting: platform.port.setting },
  };
}

/** The default `web` command without a Procfile, or why there is none. */
export function defaultStartOf(platform: PlatformProfile, detection: Detection, files: AppFiles): DefaultStart | null {
  if (detection.group?.fails) return { kind: 'fails', message: detection.group.fails, source: detection.group.source };
  return detection.language ? platform.defaultStart(detection.language, files) : null;
}

function failureOf(platform: PlatformProfile, detection: Detection, reading: Reading | null, start: DefaultStart | null): string | null {
  if (detection.group?.fails) return detection.group.fails;
  if (reading) {
    if (reading.failure) return reading.failure.message;
    if (platform.missingWebError && reading.processes.length > 0 && !reading.processes.some((process) => process.type === 'web')) {
      return platform.missingWebError;
    }
    return null;
  }
  if (!detection.language && !detection.overridden) return `no builder of ${platform.builder.name} recognises the app`;
  if (start?.kind === 'fails') return start.message;
  if (start?.kind === 'none') return `no \`web\` process: ${start.why}`;
  return null;
}
