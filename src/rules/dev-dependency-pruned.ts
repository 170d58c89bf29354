import * as posixPath from 'node:path/posix';
import { appFileKeepsDevDependencies, gemsLeftOut } from '../apps/dev-dependencies.js';
import { rangeInScript, type ScriptRun } from '../apps/scripts.js';
import { installedNpmPackage, type Invocation } from '../commands/invocation.js';
import { basename } from '../commands/shell.js';
import type { AppFiles } from '../engine/app-files.js';
import { quote } from '../engine/quote.js';
import type { PlatformProfile } from '../platforms/profile.js';
import { listNames } from './phrases.js';
import { buildpackFindings, commandRange, everywhere, type ProcfileContext, type ProcfileRule, type Report } from './rule.js';

/**
 * A program whose npm package package.json lists only in devDependencies, on a platform whose Node.js build leaves
 * them out by default (src/platforms/*.ts `runtime.devDependencies`), or whose gem the Gemfile declares only in
 * groups the Ruby build leaves out (`runtime.gemGroups`, `BUNDLE_WITHOUT=development:test`). A warning: a setting
 * the repository does not show (a config var, NODE_ENV, BUNDLE_WITHOUT) can keep them.
 */
export const devDependencyPruned: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'dev-dependency-pruned',
    description:
      'A program the Procfile starts (nodemon, ts-node, next, rerun, ...) comes from a package that package.json lists only in devDependencies, or from a gem the Gemfile declares only in its development or test group, which the platform does not install.',
    severity: everywhere('warning'),
    tags: ['command', 'language'],
  },
  *check(context) {
    const { files, detection } = context;
    if (!files.complete) return;
    // What the buildpacks leave out matters where they build the app; another language's builder prunes nothing.
    const findings = detection.language === 'node' ? nodeFindings(context) : detection.language === 'ruby' ? rubyFindings(context) : [];
    yield* buildpackFindings(context, findings);
  },
};

function* nodeFindings({ platform, files, facts }: ProcfileContext): Generator<Report> {
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
}

function* rubyFindings(context: ProcfileContext): Generator<Report> {
  const { platform, files, facts } = context;
  const groups = platform.runtime.gemGroups;
  // A `.bundle/config` in the repository can set the groups left out, and bundler reads it before the environment.
  if (!groups || (groups.readsBundleConfig && files.exists('.bundle/config'))) return;
  if (groups.keep && appFileKeepsDevDependencies(files, groups, groups.keep)) return;
  const gems = facts.rubyGems();
  const leftOut = gemsLeftOut(gems, groups.without);
  if (!gems || !leftOut) return;
  const reported = new Set<string>();
  const appDir = posixPath.dirname(context.path);
  for (const { line, type } of facts.processLines()) {
    for (const { invocation, run } of facts.commandsThrough(line)) {
      const candidates = gemsRunBy(invocation, files);
      const gem = candidates.find((name) => leftOut.groupsOf(name) !== null);
      if (!gem || reported.has(gem) || candidates.some((name) => leftOut.installed(name))) continue;
      reported.add(gem);
      const { start, end } = invocation.name;
      const where = run
        ? { file: posixPath.join(appDir, run.file), range: rangeInScript(run, start, end) }
        : { range: commandRange(line, start, end) };
      const declared = leftOut.groupsOf(gem) ?? [];
      yield {
        ...where,
        message:
          `${quote(type)} runs ${quote(invocation.program?.label ?? basename(invocation.name.value))}${inScript(run)}, but ${quote(gems.manifest)} declares the gem ${quote(gem)} ` +
          `only in the ${listNames(declared.map((group) => quote(group)))} group${declared.length > 1 ? 's' : ''}, and ${platform.name} installs the bundle without ` +
          `${listNames(groups.without.map((group) => `\`${group}\``))} (nor does ${quote(gems.lockfile)} show another gem that needs it): the process fails with ${failure(invocation)}. ` +
          `Move ${quote(`gem "${gem}"`)} out of ${declared.length > 1 ? 'those groups' : 'the group'} in ${quote(gems.manifest)} and run \`bundle install\`; ${keepsGroups(platform, groups.keep?.setting, declared.length)}.`,
      };
    }
  }
}

/** Bundler's own executables and those of the gems every Ruby comes with, which `bundle exec` finds whatever the Gemfile says. */
const RUBY_OWN = new Set(['bundle', 'bundler', 'ruby', 'gem', 'irb', 'erb', 'rake', 'rdoc', 'ri', 'racc', 'rbs', 'typeprof', 'rdbg']);

/**
 * The gems that may provide what `invocation` runs: a bundler binstub's (`bin/guard` loading `Gem.bin_path("guard",
 * "guard")`), else the program record's gem and a gem named like the executable (rack 3 moved `rackup` to the rackup
 * gem). None for a command in another folder or with a Gemfile of its own (`BUNDLE_GEMFILE=...`).
 */
function gemsRunBy(invocation: Invocation, files: AppFiles): string[] {
  const word = invocation.name;
  if (invocation.cwd !== '' || word.dynamic || invocation.env.has('BUNDLE_GEMFILE')) return [];
  const name = basename(word.value);
  if (word.value.includes('/')) {
    const stub = binstubGem(word.value, files);
    return stub ? [stub] : [];
  }
  if (RUBY_OWN.has(name)) return [];
  if (invocation.program) return invocation.program.gem ? [invocation.program.gem, name] : [];
  return [name];
}

/** The gem a bundler binstub (`bundle binstubs`) loads its executable from, read from the file's `Gem.bin_path("name", ...)`. */
function binstubGem(path: string, files: AppFiles): string | null {
  if (path.startsWith('/') || path.startsWith('~')) return null;
  const text = files.readText(posixPath.normalize(path));
  const at = text?.indexOf('Gem.bin_path(') ?? -1;
  if (!text || at === -1) return null;
  const open = text[at + 'Gem.bin_path('.length];
  if (open !== '"' && open !== "'") return null;
  const from = at + 'Gem.bin_path('.length + 1;
  const close = text.indexOf(open, from);
  const gem = close === -1 ? '' : text.slice(from, close);
  return gem !== '' && gem.length <= 100 && !gem.includes('\n') ? gem : null;
}

function inScript(run: ScriptRun | null): string {
  return run ? ` (in ${quote(run.file)})` : '';
}

/** What the process prints when the executable is not in the bundle. */
function failure(invocation: Invocation): string {
  const name = basename(invocation.name.value);
  if (invocation.launchers.some((word) => basename(word.value) === 'bundle')) return quote(`bundler: command not found: ${name}`);
  if (invocation.name.value.includes('/')) return `${quote(`${name} is not currently included in the bundle`)} (a Gem::Exception)`;
  return quote(`${name}: command not found`);
}

/** How the user makes the platform install the groups, or why no setting does (the builder being the unverified part). */
function keepsGroups(platform: PlatformProfile, setting: string | undefined, groups: number): string {
  if (setting) return `${platform.name} installs ${groups > 1 ? 'those groups' : 'that group'} only if ${setting}`;
  const unverified = platform.builder.unverified ? ` (unverified: ${platform.builder.unverified})` : '';
  return `${platform.builder.name} leave them out with \`bundle config --local without\`, which no environment variable overrides${unverified}`;
}

/** For a development tool (nodemon, ts-node), the production command that replaces it. */
function withoutDevTool(invocation: Invocation): string {
  const devServer = invocation.program?.devServer;
  if (!devServer) return '';
  const isScript = (word: { value: string }) => ['.js', '.cjs', '.mjs'].some((extension) => word.value.endsWith(extension));
  const script = invocation.file ?? invocation.args.find(isScript) ?? null;
  const instead = devServer.instead ?? (script ? `node ${script.value}` : null);
  return instead ? `, or start the app without the development tool: ${quote(instead)}` : '';
}
