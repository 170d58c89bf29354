import * as posixPath from 'node:path/posix';
import { BUILD_SCRIPTS } from '../commands/app-facts.js';
import { quote } from '../engine/quote.js';
import { buildpackFindings, commandRange, everywhere, type ProcfileContext, type ProcfileRule, type Report } from './rule.js';

export const nodeEntryMissing: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'node-entry-missing',
    description: 'A `node` command starts a script that is not in the repository and is not built during deployment.',
    severity: everywhere('error'),
    tags: ['command'],
  },
  *check(context) {
    if (context.files.complete) yield* buildpackFindings(context, missingEntries(context));
  },
};

function* missingEntries(context: ProcfileContext): Generator<Report> {
  const { files } = context;
  const pkg = context.facts.packageJson();
  const builds = pkg !== null && pkg !== 'invalid' && BUILD_SCRIPTS.some((name) => name in pkg.scripts);
  for (const { line, type } of context.facts.processLines()) {
    for (const invocation of context.facts.command(line).invocations) {
      const file = invocation.file;
      if (invocation.program?.id !== 'node-script' || !file || file.dynamic || invocation.cwd === null) continue;
      if (file.value.startsWith('/') || builds) continue;
      const path = posixPath.join(invocation.cwd, file.value);
      const candidates = [path, `${path}.js`, `${path}.mjs`, `${path}.cjs`, `${path}/index.js`];
      if (candidates.some((candidate) => files.exists(candidate) && (candidate !== path || !files.isDirectory(path)))) continue;
      yield {
        range: commandRange(line, file.start, file.end),
        message:
          `${quote(type)} runs ${quote(`node ${file.value}`)}, but ${quote(path)} is not in the repository and no build script ` +
          `(${BUILD_SCRIPTS.slice(0, 2)
            .map((name) => quote(name))
            .join(', ')}, ...) creates it, so node exits with "Cannot find module". Fix the path or commit the file.`,
      };
    }
  }
}
