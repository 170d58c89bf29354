import { quote } from '../engine/quote.js';
import { MAX_PROCFILE_BYTES, type ReadProblem } from '../engine/workspace.js';
import { everywhere, START_OF_FILE, type RepositoryRule } from './rule.js';

/** What is wrong, and whether the platform is stuck too (`true`) or only procfile-lint refuses (`false`). */
const PROBLEMS: Record<ReadProblem, [string, boolean]> = {
  missing: ['disappeared while it was being read', false],
  'dangling-link': ['is a symbolic link to a file that does not exist', true],
  'link-outside': ['is a symbolic link to a file outside the repository, which procfile-lint does not follow', true],
  'link-into-git': [
    'is a symbolic link into `.git`, where git keeps its own files (and actions/checkout the token), which procfile-lint does not follow',
    true,
  ],
  'link-loop': ['is a symbolic link that loops', true],
  directory: ['is a directory, not a file', true],
  'not-regular': ['is not a regular file (a FIFO, socket or device)', true],
  'too-large': [`is larger than ${MAX_PROCFILE_BYTES / 1024} KiB, the most procfile-lint reads (a real Procfile is a few lines)`, false],
  permission: ['cannot be read: permission denied', false],
  'io-error': ['could not be read', false],
};

export const procfileUnreadable: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'procfile-unreadable',
    description:
      'The root `Procfile` is not a readable regular file inside the repository (a directory, a FIFO, a symlink out of the repository, too large).',
    severity: everywhere('error'),
    tags: ['discovery'],
  },
  *check({ discovery, procfileProblem, platform }) {
    if (!discovery.procfile || !procfileProblem) return;
    const [what, platformStuck] = PROBLEMS[procfileProblem];
    const consequence = platformStuck ? `, so it was not checked and ${platform.name} cannot use it either` : ', so it was not checked';
    yield {
      file: discovery.procfile,
      range: START_OF_FILE,
      message: `${quote(discovery.procfile)} ${what}${consequence}. Commit the Procfile as a plain text file at the app root.`,
    };
  },
};
