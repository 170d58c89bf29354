import { quote } from '../engine/quote.js';
import { commandRange, everywhere, type ProcfileRule } from './rule.js';

export const npmStartNoScript: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'npm-start-no-script',
    description: '`npm start` (or `npm run <script>`, yarn, pnpm) names a script that package.json does not define.',
    severity: everywhere('error'),
    tags: ['command'],
  },
  *check(context) {
    const { files } = context;
    if (!files.complete) return;
    const pkg = context.facts.packageJson();
    for (const { line, type } of context.facts.processLines()) {
      for (const invocation of context.facts.command(line).invocations) {
        const script = invocation.script;
        if (!script || invocation.cwd !== '') continue;
        const range = commandRange(line, invocation.name.start, script.word.end);
        const run = quote(`${script.tool} ${script.name === 'start' ? 'start' : `run ${script.name}`}`);
        if (pkg === null) {
          yield {
            range,
            message: `${quote(type)} runs ${run}, but there is no package.json at the app root, so it fails with ENOENT. Commit package.json or change the command.`,
          };
        } else if (pkg === 'invalid') {
          yield {
            range,
            message: `${quote(type)} runs ${run}, but package.json is not a valid JSON object, so ${script.tool} cannot read it. Fix package.json.`,
          };
        } else if (!(script.name in pkg.scripts) && !(script.name === 'start' && files.exists('server.js'))) {
          const fallback = script.name === 'start' ? ' (without one, npm would run `node server.js`, and there is no server.js)' : '';
          yield {
            range,
            message:
              `${quote(type)} runs ${run}, but package.json has no ${quote(script.name)} script${fallback}, so it fails with "Missing script". ` +
              `Add ${quote(`"${script.name}": "node <entry file>"`)} to "scripts" in package.json.`,
          };
        }
      }
    }
  },
};
