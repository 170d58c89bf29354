import { everywhere, type RepositoryRule } from './rule.js';

export const invalidConfig: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'invalid-config',
    description:
      '`.procfile-lint.yml` or a `procfile-lint-disable-next-line` comment names an unknown rule or setting, so it does not do what it says.',
    severity: everywhere('error'),
    tags: ['config'],
  },
  *check({ configProblems }) {
    for (const problem of configProblems) yield { file: problem.file, range: problem.range, message: problem.message };
  },
};
