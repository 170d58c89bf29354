import { languageInfo, type Language } from '../engine/languages.js';
import { quote } from '../engine/quote.js';
import type { DefaultStart } from '../commands/defaults.js';
import type { Detection } from '../engine/detect.js';
import { newFileFix } from '../fixes/edits.js';
import { proposeProcfile } from '../fixes/procfile-proposal.js';
import { defaultStartOf } from '../runner/plan.js';
import { everywhere, inAppRoot, type RepositoryRule, START_OF_FILE } from './rule.js';

export const procfileMissing: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'procfile-missing',
    description: "There is no Procfile, and the app's language has no default start command on the platform.",
    severity: everywhere('error'),
    tags: ['language', 'discovery'],
  },
  *check({ discovery, detection, platform, hasProcfile, procfileProblem, files, facts }) {
    // No group passes detection without a Procfile (a Gemfile and no *.rb on Google's buildpacks): nothing is built.
    const stranded = detection.language ? null : detection.matches.find(({ group }) => group.needsProcfile)?.group.language;
    const language = detection.language ?? stranded ?? null;
    if (hasProcfile || procfileProblem || !language) return;
    // The platform's own default, read from its builder (src/commands/defaults.ts); where it is not modelled, the list.
    if (detection.dockerfile && platform.dockerfileStartsApp) return;
    const explained = discovery.nested.length > 0 || discovery.nearMisses.some((miss) => miss.kind !== 'variant');
    if (explained) return;
    const root = inAppRoot(discovery, 'Procfile');
    const at = (file: string) => inAppRoot(discovery, file);
    const elsewhere = platform.startCommandElsewhere
      ? ` If the start command is set as ${platform.startCommandElsewhere} instead, turn this rule off in .procfile-lint.yml (\`procfile-missing: off\`).`
      : '';
    const passed = passedOver(detection, files.rootEntries);
    if (passed) {
      const name = languageInfo(passed.language).name;
      yield {
        file: at(passed.marker),
        range: START_OF_FILE,
        message:
          `This is a ${name} app (${quote(passed.marker)}) with no Procfile, so ${platform.name} builds it as ${languageInfo(language).name} ` +
          `(${detection.evidence.map((file) => quote(file)).join(', ')}): its ${name} builder (${passed.group}) runs only with a Procfile. ` +
          `Add ${quote(root)} with ${lines(proposeProcfile({ language: passed.language, platform, files, facts }))}.${elsewhere}`,
      };
      return;
    }
    // The platform's own default, read from its builder (src/commands/defaults.ts); where it is not modelled, the list.
    const start = defaultStartOf(platform, detection, files);
    const nothingRuns = start ? start.kind !== 'command' : platform.languagesNeedingProcfile.includes(language);
    if (!nothingRuns) return;
    const evidence = detection.candidates.find((candidate) => candidate.language === language)?.evidence[0];
    const proposal = proposeProcfile({ language, platform, files, facts });
    const text = proposal ? `${proposal.join('\n')}\n` : null;
    yield {
      file: evidence ? inAppRoot(discovery, evidence) : root,
      range: START_OF_FILE,
      message:
        `This is a ${languageInfo(language).name} app${evidence ? ` (${quote(evidence)})` : ''} with no Procfile, and ${platform.name} ` +
        `has no default start command for ${languageInfo(language).name}, so nothing would run${start ? ` (${words(start)})` : ''}. Add ${quote(root)} with ` +
        `${lines(proposal)}.${elsewhere}`,
      fix: text
        ? newFileFix(root, text, `Create ${quote(root)} with ${proposal?.map((line) => quote(line)).join(', ')}.`, true)
        : undefined,
    };
  },
};

function words(start: DefaultStart): string {
  return start.kind === 'fails' ? `the build fails: ${quote(start.message, 200)}` : start.kind === 'none' ? start.why : '';
}

/** The proposed Procfile lines, quoted, or what a line must do when there is no proposal. */
function lines(proposal: string[] | null): string {
  return proposal ? proposal.map((line) => quote(line)).join(', ') : 'a `web:` line that starts its server listening on 0.0.0.0 and $PORT';
}

/**
 * A builder group that needs a Procfile, tried before the one that took the app, for a language whose manifest is at
 * the root (a Rails app's Gemfile beside its package.json): without the Procfile the app is built as the wrong language.
 */
function passedOver(detection: Detection, rootEntries: readonly string[]): { language: Language; group: string; marker: string } | null {
  const winner = detection.matches.findIndex(({ group }) => group === detection.group);
  if (winner === -1 || detection.overridden) return null;
  for (const { group } of detection.matches.slice(0, winner)) {
    const marker = languageInfo(group.language).markers.find((name) => rootEntries.includes(name));
    if (group.needsProcfile && group.language !== detection.language && marker)
      return { language: group.language, group: group.id, marker };
  }
  return null;
}
