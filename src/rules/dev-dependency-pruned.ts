import { appFileKeepsDevDependencies } from '../apps/dev-dependencies.js';
import { installedNpmPackage, type Invocation } from '../commands/invocation.js';
import { quote } from '../engine/quote.js';
import { commandRange, everywhere, type ProcfileRule } from './rule.js';

/**
 * A program whose npm package package.json lists only in devDependencies, on a platform whose Node.js build leaves
 * them out by default (src/platforms/*.ts `runtime.devDependencies`). A warning: a setting the repository does not
 * show (a config var, NODE_ENV) can keep them.
 */
export const devDependencyPruned: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'dev-dependency-pruned',
    description:
      'A program the Procfile starts (nodemon, ts-node, next, ...) comes from a package that package.json lists only in devDependencies, which the platform removes after the build.',
    severity: everywhere('warning'),
    tags: ['command', 'language'],
  },
  *check(context) {
    const { platform, files, facts, detection } = context;
    // An image built from the Dockerfile installs what the Dockerfile says; another language's builder prunes nothing.
    if (!files.complete || detection.language !== 'node' || (detection.dockerfile && platform.dockerfileStartsApp)) return;
    const devOnly = facts.nodeDevOnly();
    const devDependencies = platform.runtime.devDependencies;
    const keep = devOnly ? devDependencies.removed[devOnly.manager] : undefined;
    if (!devOnly || !keep || appFileKeepsDevDependencies(files, devDependencies, keep)) return;
    const reported = new Set<string>();
    for (const { line, type } of facts.processLines()) {
      for (const invocation of facts.command(line).invocations) {
        const name = installedNpmPackage(invocation);
        if (!name || reported.has(name) || !devOnly.isDevOnly(name)) continue;
        reported.add(name);
        yield {
          range: commandRange(line, invocation.name.start, invocation.name.end),
          message:
            `${quote(type)} runs ${quote(invocation.program?.label ?? name)}, but package.json lists ${quote(name)} only in devDependencies, ` +
            `and ${platform.name} removes devDependencies after the build: the process fails with "command not found". ` +
            `Move ${quote(name)} to dependencies (and update ${quote(devOnly.lockfile)})${withoutDevTool(invocation)}; ` +
            `${platform.name} keeps devDependencies only if ${keep.setting}.`,
        };
      }
    }
  },
};

/** For a development tool (nodemon, ts-node), the production command that replaces it. */
function withoutDevTool(invocation: Invocation): string {
  const devServer = invocation.program?.devServer;
  if (!devServer) return '';
  const isScript = (word: { value: string }) => ['.js', '.cjs', '.mjs'].some((extension) => word.value.endsWith(extension));
  const script = invocation.file ?? invocation.args.find(isScript) ?? null;
  const instead = devServer.instead ?? (script ? `node ${script.value}` : null);
  return instead ? `, or start the app without the development tool: ${quote(instead)}` : '';
}
