import { languageInfo } from '../engine/languages.js';
import { quote } from '../engine/quote.js';
import { newFileFix } from '../fixes/edits.js';
import { proposeProcfile } from '../fixes/procfile-proposal.js';
import { everywhere, START_OF_FILE, type RepositoryRule } from './rule.js';

export const procfileMissing: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'procfile-missing',
    description: "There is no Procfile, and the app's language has no default start command on the platform.",
    severity: everywhere('error'),
    tags: ['language', 'discovery'],
  },
  *check({ discovery, detection, platform, hasProcfile, procfileProblem, files, facts }) {
    const language = detection.language;
    if (hasProcfile || procfileProblem || !language || !platform.languagesNeedingProcfile.includes(language)) return;
    if (detection.dockerfile && platform.dockerfileStartsApp) return;
    const explained = discovery.nested.length > 0 || discovery.nearMisses.some((miss) => miss.kind !== 'variant');
    if (explained) return;
    const evidence = detection.candidates.find((candidate) => candidate.language === language)?.evidence[0];
    const root = discovery.root.relative === '' ? 'Procfile' : `${discovery.root.relative}/Procfile`;
    const elsewhere = platform.startCommandElsewhere
      ? ` If the start command is set as ${platform.startCommandElsewhere} instead, turn this rule off in .procfile-lint.yml (\`procfile-missing: off\`).`
      : '';
    const proposal = proposeProcfile({ language, platform, files, facts });
    const text = proposal ? `${proposal.join('\n')}\n` : null;
    yield {
      file: evidence ? (discovery.root.relative === '' ? evidence : `${discovery.root.relative}/${evidence}`) : root,
      range: START_OF_FILE,
      message:
        `This is a ${languageInfo(language).name} app${evidence ? ` (${quote(evidence)})` : ''} with no Procfile, and ${platform.name} ` +
        `has no default start command for ${languageInfo(language).name}, so nothing would run. Add ${quote(root)} with ` +
        `${proposal ? proposal.map((line) => quote(line)).join(', ') : 'a `web:` line that starts its server listening on 0.0.0.0 and $PORT'}.${elsewhere}`,
      fix: text ? newFileFix(root, text, `Create ${quote(root)} with ${proposal?.map((line) => quote(line)).join(', ')}.`, true) : undefined,
    };
  },
};
