import { MAX_CHECKED_PROCESSES } from '../runner/facts.js';
import { everywhere, rangeOf, type ProcfileRule } from './rule.js';

/**
 * Not a platform fact but procfile-lint's own bound (src/runner/facts.ts): past it the commands are read as the
 * platform reads them (duplicates, syntax) but not analysed, so a huge Procfile costs linear time. Saying so keeps
 * a clean result from claiming more than was checked.
 */
export const uncheckedProcesses: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'unchecked-processes',
    description: `The Procfile declares more processes than procfile-lint checks the commands of (${MAX_CHECKED_PROCESSES}).`,
    severity: everywhere('notice'),
    tags: ['command'],
  },
  *check({ facts }) {
    const unchecked = facts.uncheckedLines();
    const first = unchecked[0];
    if (!first) return;
    const count = facts.processLines().length + unchecked.length;
    yield {
      range: rangeOf(first.line, first.line.type),
      message:
        `The Procfile declares ${count} processes: procfile-lint checks the commands of the first ${MAX_CHECKED_PROCESSES} ` +
        `(and of \`web\`), so the ${unchecked.length} from this line on are not checked. ` +
        'Move the processes this app does not need out of the Procfile.',
    };
  },
};
