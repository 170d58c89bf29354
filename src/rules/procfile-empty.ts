import type { ProcfileRule } from './rule.js';

export const procfileEmpty: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'procfile-empty',
    description: 'The Procfile declares no process: it is empty or holds only comments and blank lines.',
    severity: { codecapsules: 'error', heroku: 'warning', 'heroku-fir': 'warning', dokku: 'error' },
    tags: ['syntax'],
  },
  *check({ procfile, platform, reading }) {
    if (procfile.lines.some((line) => line.kind === 'process' || line.kind === 'invalid')) return;
    const what = procfile.lines.length === 0 ? 'is empty' : 'holds only comments and blank lines';
    const outcome = reading.failure
      ? `${platform.name} fails the build ("${reading.failure.message}")`
      : `${platform.name} would start nothing`;
    yield {
      message:
        `The Procfile ${what}, so ${outcome}. Add a line such as \`web: <command that starts your app>\`, ` +
        'or delete the file if the start command is set elsewhere (a Run Command in the platform settings).',
    };
  },
};
