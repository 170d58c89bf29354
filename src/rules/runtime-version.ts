import { runtimeProblems } from '../runtimes/runtime.js';
import { everywhere, type RepositoryRule } from './rule.js';
import { runtimeReports } from './runtime-reports.js';

export const runtimeVersion: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'runtime-version',
    description: "The language version the app pins is one the platform's builder installs, written in a form it reads.",
    severity: everywhere('error'),
    tags: ['language'],
  },
  check: (context) => runtimeReports(context, runtimeProblems),
};
