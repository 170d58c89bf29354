import type { NameKind, NearMiss } from '../engine/discover.js';
import { quote, suggestCommand } from '../engine/quote.js';
import { renameFix } from '../fixes/edits.js';
import { everywhere, inAppRoot, type RepositoryRule, START_OF_FILE } from './rule.js';

const HOW_IT_IS_OFF: Record<NameKind, string> = {
  case: 'differs from `Procfile` only in letter case, and the name is case-sensitive',
  extension: 'has an extension, and the name must be exactly `Procfile` with none (Windows hides known extensions)',
  whitespace: 'has spaces around its name, and the name must be exactly `Procfile`',
  typo: 'is one letter away from `Procfile`',
  variant: 'is a variant that platforms never read (foreman reads it only with `-f`)',
};

export const procfileMisnamed: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'procfile-misnamed',
    description: 'A file at the app root looks like a Procfile but is not named exactly `Procfile`, so it is ignored.',
    severity: everywhere('error'),
    tags: ['discovery'],
  },
  *check({ discovery, platform, hasProcfile }) {
    const target = inAppRoot(discovery, 'Procfile');
    const renamable = hasProcfile ? [] : discovery.nearMisses.filter((miss) => miss.kind !== 'variant');
    for (const miss of discovery.nearMisses) {
      if (miss.kind === 'variant' && hasProcfile) continue;
      const ignored = `${quote(miss.path)} ${HOW_IT_IS_OFF[miss.kind]}, so ${platform.name} ignores it.`;
      yield {
        file: miss.path,
        range: START_OF_FILE,
        severity: miss.kind === 'variant' ? 'notice' : hasProcfile ? 'warning' : 'error',
        message: `${ignored} ${fix(miss, target, hasProcfile)}`,
        // With several candidates, which one is the Procfile is the author's call: the rename is offered, not applied.
        fix: renamable.includes(miss)
          ? renameFix(miss.path, target, `Rename ${quote(miss.path)} to ${quote(target)}.`, renamable.length === 1)
          : undefined,
      };
    }
  },
};

function fix(miss: NearMiss, target: string, hasProcfile: boolean): string {
  if (hasProcfile) return `Delete it, or move what it declares into ${quote(target)}.`;
  if (miss.kind === 'variant') return `If it holds the processes to deploy, rename it: ${suggestCommand('git', 'mv', miss.path, target)}.`;
  return `Rename it: ${suggestCommand('git', 'mv', miss.path, target)}.`;
}
