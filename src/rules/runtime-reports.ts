/** What the runtime rules share: the builder family of the platform, and problems turned into reports. */
import type { AppFiles } from '../engine/app-files.js';
import type { Language } from '../engine/languages.js';
import { joinRelative } from '../engine/workspace.js';
import { assumedBuilder, familyOf, type BuilderFamily } from '../runtimes/families.js';
import { builderName, type RuntimeProblem } from '../runtimes/runtime.js';
import { buildpackFindings, type Report, type RepositoryContext } from './rule.js';

type Problems = (files: AppFiles, family: BuilderFamily, language: Language, builder: string) => RuntimeProblem[];

/**
 * The problems `find` sees in the pins of the language the platform builds the app as, on their files: about the
 * buildpacks' runtime, so as `buildpackFindings` gives them beside a Dockerfile or heroku.yml.
 */
export function runtimeReports(context: RepositoryContext, find: Problems): Generator<Report> {
  return buildpackFindings(context, reportsOf(context, find));
}

function* reportsOf(context: RepositoryContext, find: Problems): Generator<Report> {
  const { platform, detection, files, discovery } = context;
  const family = familyOf(platform.id);
  const language = detection.language;
  if (!family || !language || !files.complete) return;
  const assumed = assumedBuilder(platform.id);
  for (const { file, range, severity, message } of find(files, family, language, builderName(platform.name, language))) {
    const certain = severity !== 'error' || assumed === null;
    yield {
      file: joinRelative(discovery.root.relative, file),
      range,
      severity: certain ? severity : 'warning',
      message: certain ? message : `${message} (Unverified: ${assumed}.)`,
    };
  }
}
