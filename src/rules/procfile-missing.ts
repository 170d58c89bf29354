import type { AppFiles } from '../engine/app-files.js';
import { languageInfo, type Language } from '../engine/languages.js';
import { quote } from '../engine/quote.js';
import type { DefaultStart } from '../commands/defaults.js';
import type { Detection } from '../engine/detect.js';
import type { Facts } from '../runner/facts.js';
import { defaultStartOf } from '../runner/plan.js';
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
    // No group passes detection without a Procfile (a Gemfile and no *.rb on Google's buildpacks): nothing is built.
    const stranded = detection.language ? null : detection.matches.find(({ group }) => group.needsProcfile)?.group.language;
    const language = detection.language ?? stranded ?? null;
    if (hasProcfile || procfileProblem || !language) return;
    // The platform's own default, read from its builder (src/commands/defaults.ts); where it is not modelled, the list.
    if (detection.dockerfile && platform.dockerfileStartsApp) return;
    const explained = discovery.nested.length > 0 || discovery.nearMisses.some((miss) => miss.kind !== 'variant');
    if (explained) return;
    const root = discovery.root.relative === '' ? 'Procfile' : `${discovery.root.relative}/Procfile`;
    const at = (file: string) => (discovery.root.relative === '' ? file : `${discovery.root.relative}/${file}`);
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
          `Add ${quote(root)} with ${quote(suggestion(passed.language, files, facts))}.${elsewhere}`,
      };
      return;
    }
    // The platform's own default, read from its builder (src/commands/defaults.ts); where it is not modelled, the list.
    const start = defaultStartOf(platform, detection, files);
    const nothingRuns = start ? start.kind !== 'command' : platform.languagesNeedingProcfile.includes(language);
    if (!nothingRuns) return;
    const evidence = detection.candidates.find((candidate) => candidate.language === language)?.evidence[0];
    yield {
      file: evidence ? (discovery.root.relative === '' ? evidence : `${discovery.root.relative}/${evidence}`) : root,
      range: START_OF_FILE,
      message:
        `This is a ${languageInfo(language).name} app${evidence ? ` (${quote(evidence)})` : ''} with no Procfile, and ${platform.name} ` +
        `has no default start command for ${languageInfo(language).name}, so nothing would run${start ? ` (${words(start)})` : ''}. Add ${quote(root)} with ` +
        `${quote(suggestion(language, files, facts))}.${elsewhere}`,
    };
  },
};

/**
 * A builder group that needs a Procfile, tried before the one that took the app, for a language whose manifest is at
 * the root (a Rails app's Gemfile beside its package.json): without the Procfile the app is built as the wrong language.
 */
function passedOver(detection: Detection, rootEntries: readonly string[]): { language: Language; group: string; marker: string } | null {
  const winner = detection.matches.findIndex(({ group }) => group === detection.group);
  if (winner === -1 || detection.overridden) return null;
  for (const { group } of detection.matches.slice(0, winner)) {
    const marker = languageInfo(group.language).markers.find((name) => rootEntries.includes(name));
    if (group.needsProcfile && group.language !== detection.language && marker) return { language: group.language, group: group.id, marker };
  }
  return null;
}

function words(start: DefaultStart): string {
  return start.kind === 'fails' ? `the build fails: ${quote(start.message, 200)}` : start.kind === 'none' ? start.why : '';
}

/** A first Procfile line that fits what the root files show. */
function suggestion(language: Language, files: AppFiles, facts: Facts): string {
  if (language === 'ruby') {
    return files.exists('config/application.rb')
      ? 'web: bundle exec rails server -b 0.0.0.0 -p $PORT'
      : 'web: bundle exec puma -b tcp://0.0.0.0:$PORT';
  }
  if (language !== 'python') return 'web: <command that serves HTTP on $PORT>';
  if (files.exists('manage.py')) {
    const project = files.rootEntries.find((entry) => files.exists(`${entry}/wsgi.py`));
    return `web: gunicorn ${project ?? '<project>'}.wsgi --bind 0.0.0.0:$PORT`;
  }
  const module = ['app', 'main', 'wsgi', 'server'].find((name) => files.exists(`${name}.py`)) ?? 'app';
  return facts.pythonDependencies().declares('fastapi')
    ? `web: uvicorn ${module}:app --host 0.0.0.0 --port $PORT`
    : `web: gunicorn ${module}:app --bind 0.0.0.0:$PORT`;
}
