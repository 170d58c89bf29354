import { quote, suggestCommand } from '../engine/quote.js';
import { everywhere, START_OF_FILE, type RepositoryRule } from './rule.js';

export const procfileNotRoot: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'procfile-not-root',
    description: 'A Procfile sits in a subdirectory, where platforms never look: only the one at the app root is read.',
    severity: everywhere('error'),
    tags: ['discovery'],
  },
  *check({ discovery, platform, hasProcfile }) {
    const root = discovery.root.relative;
    const target = root === '' ? 'Procfile' : `${root}/Procfile`;
    for (const nested of discovery.nested) {
      const folder = nested.slice(0, nested.lastIndexOf('/'));
      const where = `${quote(nested)} is not at the app root${root === '' ? '' : ` (${quote(root)})`}`;
      if (hasProcfile) {
        yield {
          file: nested,
          range: START_OF_FILE,
          severity: 'warning',
          message: `${where}, so ${platform.name} ignores it and uses ${quote(target)}. Delete it if it is a leftover.`,
        };
        continue;
      }
      yield {
        file: nested,
        range: START_OF_FILE,
        message:
          `${where}, and ${platform.name} only reads ${quote(target)}, ${discovery.procfile ? 'which cannot be read' : 'which does not exist'}. ` +
          `Move it there (${suggestCommand('git', 'mv', nested, target)}), or, if ${quote(folder)} is the app, ` +
          `deploy from that folder and lint it with the ${quote(`path: ${folder}`)} input.`,
      };
    }
  },
};
