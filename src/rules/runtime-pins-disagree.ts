import { pinConflicts } from '../runtimes/runtime.js';
import { everywhere, type RepositoryRule } from './rule.js';
import { runtimeReports } from './runtime-reports.js';

export const runtimePinsDisagree: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'runtime-pins-disagree',
    description: 'Two files pin different versions of the language, and the platform installs only one of them.',
    severity: everywhere('warning'),
    tags: ['language'],
  },
  check: (context) => runtimeReports(context, pinConflicts),
};
