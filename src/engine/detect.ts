/**
 * Which builder takes the app on a platform, from the markers the platform really uses (root files, and files at
 * any depth where it looks at any depth): every candidate with its evidence, and the one that wins.
 */
import { detectBuild, type BuildGroup, type GroupMatch, type TreeFacts } from '../platforms/detection.js';
import type { PlatformProfile } from '../platforms/profile.js';
import type { Language } from './languages.js';

export interface Candidate {
  language: Language;
  /** The files that point to it, root files first. */
  evidence: string[];
}

export interface Detection {
  /** Every language some builder group opts in for, in the order the platform tries them. */
  candidates: Candidate[];
  /** What the platform would build the app as: its winning group's language, or the `language` input. */
  language: Language | null;
  /** `language` comes from the user, not from detection. */
  overridden: boolean;
  /** The root holds a `Dockerfile`. */
  dockerfile: boolean;
  /** The builder group that takes the app (`null` with the `language` input, or when none opts in). */
  group: BuildGroup | null;
  /** The files that made that group opt in. */
  evidence: string[];
  /** The walk of the tree stopped at its bound, so a marker further down may have been missed. */
  incomplete: boolean;
  /** Every builder group that opts in, in the platform's order, with its evidence. */
  matches: GroupMatch[];
}

export interface DetectOptions {
  hasProcfile: boolean;
  language?: Language;
  /** The first entry found below the root for each suffix the platforms look for anywhere (src/engine/walk.ts). */
  deepFiles?: ReadonlyMap<string, string>;
  /** Whether a path below the root exists, for markers such as `.mvn/extensions.xml`. */
  exists?: (relative: string) => boolean;
  /** The walk did not see the whole tree. */
  incomplete?: boolean;
}

export function detect(rootEntries: readonly string[], platform: PlatformProfile, options: DetectOptions): Detection {
  const facts: TreeFacts = {
    rootEntries,
    exists: options.exists,
    anywhere: options.deepFiles ?? new Map(),
    incomplete: options.incomplete ?? false,
  };
  const build = detectBuild(platform.groups, facts, options.hasProcfile);
  const candidates: Candidate[] = [];
  for (const { group, evidence } of build.matches) {
    if (!candidates.some((candidate) => candidate.language === group.language)) candidates.push({ language: group.language, evidence });
  }
  const winner = options.language === undefined ? build.winner : null;
  return {
    candidates,
    language: options.language ?? build.winner?.group.language ?? null,
    overridden: options.language !== undefined,
    dockerfile: rootEntries.includes('Dockerfile'),
    group: winner?.group ?? null,
    evidence: winner?.evidence ?? [],
    incomplete: facts.incomplete,
    matches: build.matches,
  };
}
