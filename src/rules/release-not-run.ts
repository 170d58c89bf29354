import { quote } from '../engine/quote.js';
import { rangeOf, type ProcfileRule } from './rule.js';

/**
 * Code Capsules documents no release phase: migrations go in the Run Command (codecapsules-io/docusaurus-docs
 * docs/products/database-capsule/migrations.md), and its Django demo runs `migrate` inside `web:`. Whether anything
 * starts a `release:` line is unverified, so this stays a warning.
 */
export const releaseNotRun: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'release-not-run',
    description: 'A `release` process is declared on a platform that documents no release phase, so it may never run.',
    severity: { codecapsules: 'warning' },
    tags: ['command'],
  },
  *check(context) {
    if (context.platform.processTypes.release === true) return;
    const lines = context.facts.processLines();
    const release = lines.find(({ type }) => type === 'release');
    if (!release) return;
    const web = lines.find(({ type }) => type === 'web');
    const combined = web ? quote(`web: ${release.line.command.text} && ${web.line.command.text}`, 160) : null;
    yield {
      range: rangeOf(release.line, release.line.type),
      message:
        `${quote('release')} runs before each release on Heroku and Dokku, but ${context.platform.name} documents no release phase ` +
        `(unverified): ${quote(release.line.command.text)} may never run. ` +
        `${combined ? `Run it at the start of the web command (${combined}) or` : 'Run it'} from the capsule's Run Command.`,
    };
  },
};
