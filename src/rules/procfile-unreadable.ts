import { quote } from '../engine/quote.js';
import { START_OF_FILE, type RepositoryRule } from './rule.js';

export const procfileUnreadable: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'procfile-unreadable',
    description:
      'The root `Procfile` is not a readable regular file inside the repository (a directory, a FIFO, a symlink out of the repository, too large).',
    severity: 'error',
    tags: ['discovery'],
  },
  *check({ discovery, readProblem, platform }) {
    if (!discovery.procfile || !readProblem) return;
    yield {
      file: discovery.procfile,
      range: START_OF_FILE,
      message:
        `${quote(discovery.procfile)} ${readProblem}, so it was not checked, and ${platform.name} cannot use it either. ` +
        'Make it a plain text file committed at the app root.',
    };
  },
};
