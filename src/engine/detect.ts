/**
 * Language detection from the names of the app root's entries only, so its cost does not grow with the
 * repository: every candidate with its evidence, and the one the platform would build the app as.
 */
import type { PlatformProfile } from '../platforms/profile.js';
import { LANGUAGES, type Language } from './languages.js';

export interface Candidate {
  language: Language;
  /** The root files that point to it, marker files first. */
  evidence: string[];
}

export interface Detection {
  /** Every language with evidence, in the order the platform tries them (unsupported ones last). */
  candidates: Candidate[];
  /** What the platform would build the app as: its first candidate, or the `language` input. */
  language: Language | null;
  /** `language` comes from the user, not from detection. */
  overridden: boolean;
  /** The root holds a `Dockerfile`. */
  dockerfile: boolean;
}

/** More evidence than this is counted, not listed. */
const MAX_EVIDENCE = 5;

export function detect(
  rootEntries: readonly string[],
  platform: PlatformProfile,
  options: { hasProcfile: boolean; language?: Language; deepFiles?: ReadonlyMap<string, string> },
): Detection {
  const found = LANGUAGES.flatMap((info): Candidate[] => {
    const markers = info.markers.filter((name) => rootEntries.includes(name));
    const weak = rootEntries.filter((name) => !markers.includes(name) && info.extensions.some((ext) => name.endsWith(ext)));
    const deepExtension = platform.deepMarkers[info.id];
    const deep = deepExtension ? options.deepFiles?.get(deepExtension) : undefined;
    const evidence = [...markers, ...weak, ...(markers.length + weak.length === 0 && deep ? [deep] : [])];
    return evidence.length > 0 ? [{ language: info.id, evidence: evidence.slice(0, MAX_EVIDENCE) }] : [];
  });
  const order = platform.languageOrder
    .filter((step) => !step.onlyWithProcfile || options.hasProcfile)
    .map((step) => step.language);
  const rank = (language: Language) => (order.includes(language) ? order.indexOf(language) : order.length);
  const candidates = found.sort((a, b) => rank(a.language) - rank(b.language));
  const picked = candidates.find((candidate) => order.includes(candidate.language))?.language ?? null;
  return {
    candidates,
    language: options.language ?? picked,
    overridden: options.language !== undefined,
    dockerfile: rootEntries.includes('Dockerfile'),
  };
}
