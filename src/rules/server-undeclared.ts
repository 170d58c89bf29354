import type { DeclaredPackages } from '../commands/app-facts.js';
import { installedNpmPackage, type Invocation } from '../commands/invocation.js';
import { basename } from '../commands/shell.js';
import { quote } from '../engine/quote.js';
import type { Facts } from '../runner/facts.js';
import { listNames } from './phrases.js';
import { buildpackFindings, commandRange, everywhere, type ProcfileContext, type ProcfileRule, type Report } from './rule.js';

/** The package a program's record names (programs.ts `pythonPackage`, `gem`, `npmPackage`), and where it is declared. */
interface Needed {
  ecosystem: 'python' | 'ruby' | 'node';
  name: string;
  /** Packages that bring it with them: declaring any of them is enough. */
  via?: readonly string[];
  declared: DeclaredPackages;
}

export const serverUndeclared: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'server-undeclared',
    description:
      'A program the Procfile starts (gunicorn, celery, puma, sidekiq, next, ...) is not declared as a dependency of the app, so it is not installed.',
    severity: everywhere('error'),
    tags: ['command', 'language'],
  },
  *check(context) {
    if (context.files.complete) yield* buildpackFindings(context, undeclared(context));
  },
};

function* undeclared(context: ProcfileContext): Generator<Report> {
  const reported = new Set<string>();
  for (const { line, type } of context.facts.processLines()) {
    for (const invocation of context.facts.command(line).invocations) {
      const needed = neededBy(invocation, context.facts);
      if (!needed || reported.has(needed.name)) continue;
      const noInstall = needed.ecosystem === 'node' ? installsNothing(context) : null;
      if (noInstall) {
        reported.add(needed.name);
        yield {
          range: commandRange(line, invocation.name.start, invocation.name.end),
          message:
            `${quote(type)} runs ${quote(invocation.program?.label ?? needed.name)}, but ${context.platform.name} installs no dependencies ` +
            `without ${listNames(
              noInstall.map((file) => quote(file)),
              'or',
            )} at the app root, so the process fails with ${failure(invocation, needed.name)}. ` +
            'Commit the lock file of the package manager the app uses (`npm install` writes package-lock.json).',
        };
        continue;
      }
      if ([needed.name, ...(needed.via ?? [])].some((name) => needed.declared.declares(name))) continue;
      reported.add(needed.name);
      const { declared } = needed;
      const runs = `${quote(type)} runs ${quote(invocation.program?.label ?? needed.name)}`;
      const fails = `the process fails with ${failure(invocation, needed.name)}`;
      const unread = declared.unread ?? [];
      yield {
        range: commandRange(line, invocation.name.start, invocation.name.end),
        severity: declared.incomplete ? 'warning' : 'error',
        message:
          unread.length > 0
            ? `${runs}, but ${where(needed)}, so it could not check that it is declared; if it is not, ${fails}. ${howToDeclare(needed)}`
            : `${runs}, but ${where(needed)}${declared.incomplete ? ` (${unsure(needed)})` : ''}, ` +
              `so the build does not install it and ${fails}. ${howToDeclare(needed)}`,
      };
    }
  }
}

/** The lock files the platform's Node build needs before it installs anything, when the app has none of them. */
function installsNothing({ platform, files }: ProcfileContext): readonly string[] | null {
  const needs = platform.runtime.nodeInstallNeedsLock;
  return needs && !needs.lockFiles.some((file) => files.exists(file)) ? needs.lockFiles : null;
}

function neededBy(invocation: Invocation, facts: Facts): Needed | null {
  const program = invocation.program;
  if (!program) return null;
  if (program.pythonPackage) return { ecosystem: 'python', name: program.pythonPackage, declared: facts.pythonDependencies() };
  const gems = program.gem ? facts.rubyGems() : null;
  if (program.gem && gems) return { ecosystem: 'ruby', name: program.gem, via: program.gemVia, declared: gems };
  const npmPackage = installedNpmPackage(invocation);
  const packages = npmPackage ? facts.nodePackages() : null;
  if (npmPackage && packages) return { ecosystem: 'node', name: npmPackage, declared: packages };
  return null;
}

function where({ ecosystem, declared }: Needed): string {
  const unread = declared.unread ?? [];
  const read = declared.manifests.filter((file) => !unread.includes(file));
  if (declared.manifests.length === 0)
    return ecosystem === 'python' ? 'there is no requirements.txt, Pipfile or pyproject.toml at the app root' : 'nothing declares it';
  const listed = read.length > 0 ? `${listNames(read.map((file) => quote(file)))} ${read.length === 1 ? 'does' : 'do'} not list it` : '';
  return [listed, unread.length > 0 ? couldNotRead(unread) : ''].filter(Boolean).join(', and ');
}

function couldNotRead(files: readonly string[]): string {
  return `procfile-lint could not read ${listNames(files.map((file) => quote(file)))} (missing, too large, or outside the app)`;
}

function unsure({ ecosystem }: Needed): string {
  return ecosystem === 'python'
    ? 'as far as procfile-lint can follow them'
    : 'without a lock file, a dependency of the app may still bring it';
}

/** What the process prints when the package is missing: `python -m x` and `x` fail differently. */
function failure(invocation: Invocation, pkg: string): string {
  if (/^python[0-9.]*$/.test(basename(invocation.name.value))) return `"No module named ${pkg}"`;
  if (invocation.launchers.some((word) => word.value === 'bundle')) return '"bundler: command not found"';
  return '"command not found"';
}

/** Where the app declares its dependencies, and how to add one there. */
function howToDeclare({ ecosystem, name, declared }: Needed): string {
  const manifests = declared.manifests;
  if (ecosystem === 'ruby') return `Add ${quote(`gem "${name}"`)} to the ${quote(manifests[0] ?? 'Gemfile')} and run \`bundle install\`.`;
  if (ecosystem === 'node') return `Add it to package.json's dependencies (${quote(`npm install ${name}`)}).`;
  if (manifests.includes('requirements.txt') || manifests.length === 0) return `Add ${quote(name)} to requirements.txt.`;
  if (manifests.includes('Pipfile')) return `Add it to the Pipfile (${quote(`pipenv install ${name}`)}).`;
  if (manifests.includes('pyproject.toml')) return `Add ${quote(name)} to the dependencies in pyproject.toml.`;
  return `Declare ${quote(name)} as a dependency.`;
}
