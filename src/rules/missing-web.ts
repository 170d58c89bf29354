import { quote } from '../engine/quote.js';
import type { ProcessLine } from '../engine/parse.js';
import { processLines, type ProcfileRule } from './rule.js';

export const missingWeb: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'missing-web',
    description: 'No `web` process is declared, and the platform needs one to start the app.',
    severity: { codecapsules: 'error' },
    tags: ['syntax'],
  },
  *check({ procfile, platform }) {
    if (!platform.missingWebError) return;
    const processes = processLines(procfile);
    if (processes.length === 0 || processes.some((line) => line.type.text === 'web')) return;
    yield {
      message:
        `No \`web\` process is declared, and ${platform.name} needs one: the build fails ` +
        `("${platform.missingWebError}"). ${hint(processes)}`,
    };
  },
};

function hint(processes: readonly ProcessLine[]): string {
  const otherCase = processes.find((line) => line.type.text.toLowerCase() === 'web');
  if (otherCase) {
    return `Line ${otherCase.number} declares ${quote(otherCase.type.text)}: process types are case-sensitive, write \`web\`.`;
  }
  const only = processes.length === 1 ? processes[0] : undefined;
  if (only) {
    return `If ${quote(only.type.text)} on line ${only.number} is the process to run, name it \`web\`.`;
  }
  return 'Add a line `web: <command that serves HTTP on $PORT>`.';
}
