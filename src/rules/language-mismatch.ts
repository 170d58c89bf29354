import { runtimeAvailability } from '../commands/runtime.js';
import { languageInfo, type Language } from '../engine/languages.js';
import { quote } from '../engine/quote.js';
import { buildpackFindings, commandRange, everywhere, type ProcfileContext, type ProcfileRule, type Report } from './rule.js';

export const languageMismatch: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'language-mismatch',
    description: 'A process runs a program of another language than the one the platform builds the app as, whose runtime is then missing.',
    severity: everywhere('warning'),
    tags: ['language'],
  },
  *check(context) {
    yield* buildpackFindings(context, mismatches(context));
  },
};

/** Processes whose program's runtime the buildpacks of the language the app is built as do not install. */
function* mismatches(context: ProcfileContext): Generator<Report> {
  const { detection, platform, files } = context;
  const built = detection.language;
  if (!built || (platform.extraLanguage !== null && buildpacksConfigured(files.readText))) return;
  const name = (language: Language) => languageInfo(language).name;
  for (const { line, type } of context.facts.processLines()) {
    const main = context.facts.command(line).main;
    const used = main?.language;
    if (!main || !used || used === built) continue;
    const candidate = detection.candidates.find((c) => c.language === used);
    // A root manifest of that language (requirements.txt) with no file that opts its builder in: the sources it
    // needs are missing from what was checked, so the build is not certain.
    const manifestOnly = !candidate && languageInfo(used).markers.some((marker) => files.rootEntries.includes(marker));
    const found = runtimeAvailability(platform, detection, used);
    const availability = found === 'absent' && manifestOnly ? 'unknown' : found;
    if (availability === 'installed') continue;
    const evidence = (
      detection.evidence.length > 0 ? detection.evidence : (detection.candidates.find((c) => c.language === built)?.evidence ?? [])
    )
      .slice(0, 2)
      .map((file) => quote(file))
      .join(', ');
    const why = detection.overridden
      ? `the \`language\` setting says ${name(built)}`
      : candidate
        ? `${platform.name} builds this app as ${name(built)} (${evidence}), which it tries before ${name(used)}`
        : `this app has nothing that makes ${platform.name} install ${name(used)} (it builds it as ${name(built)}: ${evidence})`;
    // Detection that rests only on a file below the root (a stray `scripts/x.py`) and a builder the platform does not
    // name for certain (Code Capsules) is not certain enough to block a merge.
    const deepOnly = !detection.overridden && detection.evidence.length > 0 && detection.evidence.every((file) => file.includes('/'));
    const certain = availability === 'absent' && !(deepOnly && platform.builder.unverified !== null);
    const effect =
      availability === 'absent'
        ? `so ${quote(main.name.value)} is not installed and the process fails with "command not found" (${platform.builder.name} install only the runtime of the language they build)`
        : `so the ${name(used)} runtime may not be installed`;
    yield {
      range: commandRange(line, main.name.start, main.name.end),
      severity: certain ? 'error' : 'warning',
      message:
        `${quote(type)} runs ${quote(main.name.value)}, a ${name(used)} program, but ${why}, ${effect}. ` +
        `Use a ${name(built)} command, or ${remedy(used, candidate !== undefined, platform.extraLanguage, detection.evidence[0])}.` +
        (availability === 'absent' && !certain ? ` (Unverified: ${platform.builder.unverified})` : ''),
    };
  }
}

/** Heroku and Dokku install several buildpacks when the app lists them (`.buildpacks`, app.json `buildpacks`). */
function buildpacksConfigured(readText: (file: string) => string | null): boolean {
  return readText('.buildpacks') !== null || /"buildpacks"\s*:/.test(readText('app.json') ?? '');
}

function remedy(used: Language, present: boolean, extraLanguage: string | null, decidedBy: string | undefined): string {
  const name = languageInfo(used).name;
  if (present && !extraLanguage && decidedBy)
    return `move or delete ${quote(decidedBy)}, which decides the build, so that the app is built as ${name}`;
  if (present) return extraLanguage ?? `make ${name} the language the app is built as`;
  const marker = quote(languageInfo(used).markers[0] ?? '');
  return `add what makes it a ${name} app (such as ${marker})${extraLanguage ? ` and ${extraLanguage}` : ''}`;
}
