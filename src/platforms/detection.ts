/**
 * How a platform picks the builder for an app: an ordered list of groups (Google's `[[order]]` groups in
 * builder.toml, Heroku's buildpack detection order), each opting in on markers. The first group that opts in wins;
 * every group that would have opted in is a candidate, with the files that made it do so.
 */
import type { Language } from './ids.js';

/** What makes a group opt in. */
export type Marker =
  /** This path (relative to the app root) exists: `FileExists("pom.xml")`, `-f $BUILD_DIR/Gemfile`. */
  | { file: string }
  /** A root entry's name ends so: `filepath.Glob("*.js")`. */
  | { rootSuffix: string }
  /** An entry anywhere in the tree (the walk, src/engine/walk.ts) has a name ending so: `*.py` outside node_modules. */
  | { anywhere: string; caseInsensitive?: boolean };

export interface BuildGroup {
  /** The builder's name for it: `google.python.runtime + google.config.entrypoint`, `heroku/python`. */
  id: string;
  language: Language;
  /** Any one of them opts the group in. */
  markers: readonly Marker[];
  /** The group needs a Procfile too (its entrypoint buildpack is not optional). */
  needsProcfile?: boolean;
  /** The group's build always fails, with the builder's own words. */
  fails?: string;
  /** Where this is written, for the docs and the plan. */
  source: string;
}

/** What detection sees of the app. */
export interface TreeFacts {
  rootEntries: readonly string[];
  /** Whether a path relative to the app root exists (for markers below the root such as `.mvn/extensions.xml`). */
  exists?: (relative: string) => boolean;
  /** The first entry found anywhere for each suffix the walk looked for. */
  anywhere: ReadonlyMap<string, string>;
  /** The walk stopped at its bound: a suffix not in `anywhere` may still exist. */
  incomplete: boolean;
}

export interface GroupMatch {
  group: BuildGroup;
  /** The files that made it opt in, root files first. */
  evidence: string[];
}

export interface BuildDetection {
  /** Every group that opts in, in the platform's order (whether or not a Procfile lets it run). */
  matches: GroupMatch[];
  /** The group that takes the app. */
  winner: GroupMatch | null;
}

/** More evidence than this is not listed. */
const MAX_EVIDENCE = 5;

export function evidenceFor(marker: Marker, facts: TreeFacts): string[] {
  if ('file' in marker) {
    const present = marker.file.includes('/') ? facts.exists?.(marker.file) === true : facts.rootEntries.includes(marker.file);
    return present ? [marker.file] : [];
  }
  if ('rootSuffix' in marker) return facts.rootEntries.filter((name) => name.endsWith(marker.rootSuffix));
  const key = marker.caseInsensitive ? marker.anywhere.toLowerCase() : marker.anywhere;
  const rootHits = facts.rootEntries.filter((name) => (marker.caseInsensitive ? name.toLowerCase() : name).endsWith(key));
  const deep = facts.anywhere.get(key);
  return rootHits.length > 0 ? rootHits : deep ? [deep] : [];
}

export function detectBuild(groups: readonly BuildGroup[], facts: TreeFacts, hasProcfile: boolean): BuildDetection {
  const matches = groups.flatMap((group): GroupMatch[] => {
    const evidence = [...new Set(group.markers.flatMap((marker) => evidenceFor(marker, facts)))];
    return evidence.length > 0 ? [{ group, evidence: evidence.slice(0, MAX_EVIDENCE) }] : [];
  });
  const winner = matches.find(({ group }) => !group.needsProcfile || hasProcfile) ?? null;
  return { matches, winner };
}

/** Every suffix a list of groups looks for anywhere in the tree, with those matched regardless of case. */
export function anywhereSuffixes(groups: readonly BuildGroup[]): { suffixes: string[]; caseInsensitive: string[] } {
  const markers = groups.flatMap((group) => group.markers).filter((marker) => 'anywhere' in marker);
  const key = (marker: { anywhere: string; caseInsensitive?: boolean }) =>
    marker.caseInsensitive ? marker.anywhere.toLowerCase() : marker.anywhere;
  return {
    suffixes: [...new Set(markers.map(key))],
    caseInsensitive: [...new Set(markers.filter((marker) => marker.caseInsensitive).map(key))],
  };
}
