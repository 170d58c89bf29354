import { BUILD_SCRIPTS } from '../commands/app-facts.js';
import type { DefaultStart } from '../commands/defaults.js';
import { fixedPortVerdict } from '../commands/runtime.js';
import { quote } from '../engine/quote.js';
import { proposedProcfileFix } from '../fixes/procfile-proposal.js';
import { defaultStartOf } from '../runner/plan.js';
import { inAppRoot, type Report, type RepositoryContext, type RepositoryRule, START_OF_FILE } from './rule.js';

/**
 * Without a Procfile the platform starts its own default (src/commands/defaults.ts, from pkg/nodejs/npm.go
 * DefaultStartCommand, cmd/python/missing_entrypoint, heroku-buildpack-nodejs bin/release); this rule says when that
 * default cannot work. A default that does not exist at all is procfile-missing's.
 */
export const defaultStartFails: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'default-start-fails',
    description: "There is no Procfile, and the command the platform starts by default for the app's language would fail.",
    severity: { codecapsules: 'error', heroku: 'error', dokku: 'error' },
    tags: ['language', 'discovery'],
  },
  *check(context) {
    const { hasProcfile, procfileProblem, detection, platform, discovery, files } = context;
    if (hasProcfile || procfileProblem || !files.complete || (detection.dockerfile && platform.dockerfileStartsApp)) return;
    if (discovery.nested.length > 0 || discovery.nearMisses.some((miss) => miss.kind !== 'variant')) return;
    const start = defaultStartOf(platform, detection, files);
    if (start?.kind !== 'command') return;
    const report = problemOf(context, start);
    if (!report) return;
    // The warning says to add a Procfile that listens on `$PORT`: offer the one the app's files show, when they do.
    const root = inAppRoot(discovery, 'Procfile');
    const language = detection.language;
    const fix = report.fix ?? (language ? proposedProcfileFix(root, { language, platform, files, facts: context.facts }) : undefined);
    yield fix ? { ...report, fix } : report;
  },
};

function problemOf(context: RepositoryContext, start: Extract<DefaultStart, { kind: 'command' }>): Report | null {
  const { platform, files, facts, discovery } = context;
  const root = inAppRoot(discovery, 'Procfile');
  const intro = `There is no Procfile, so ${platform.name} starts ${quote(start.command)} (its default, because ${start.why})`;
  const pkg = facts.packageJson();
  const builds = pkg !== null && pkg !== 'invalid' && BUILD_SCRIPTS.some((name) => name in pkg.scripts);
  const script = /^node (\S+)$/.exec(start.command)?.[1];
  if (script && !builds && !files.exists(script)) {
    return {
      file: evidenceFile(context),
      range: START_OF_FILE,
      message: `${intro}, but there is no ${quote(script)} and no build script creates one, so node exits with "Cannot find module". Add a "start" script to package.json or ${quote(root)} with the command that starts the app.`,
    };
  }
  const npmStart = start.command === 'npm start' || start.command === 'npm run start';
  if (npmStart && pkg !== null && pkg !== 'invalid' && !('start' in pkg.scripts) && !files.exists('server.js')) {
    return {
      file: evidenceFile(context),
      range: START_OF_FILE,
      message: `${intro}, but package.json has no "start" script and there is no server.js, so npm fails with "Missing script: start". Add a "start" script or ${quote(root)}.`,
    };
  }
  if (start.fixedPort !== undefined && start.fixedPort !== platform.port.defaultValue && !platform.port.random) {
    const verdict = fixedPortVerdict(platform, start.fixedPort);
    return {
      file: evidenceFile(context),
      range: START_OF_FILE,
      severity: verdict.severity,
      message: `${intro}, which listens on port ${start.fixedPort}: ${verdict.why}. Add ${quote(root)} with a command that listens on \`$PORT\`, or change the setting.`,
    };
  }
  return null;
}

function evidenceFile({ detection, discovery }: RepositoryContext): string {
  const evidence = detection.evidence[0] ?? 'package.json';
  return inAppRoot(discovery, evidence);
}
