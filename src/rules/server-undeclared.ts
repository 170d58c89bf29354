import { quote } from '../engine/quote.js';
import { commandRange, everywhere, type ProcfileRule } from './rule.js';

export const serverUndeclared: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'server-undeclared',
    description:
      'A Python program the Procfile starts (gunicorn, uvicorn, celery, ...) is not declared as a dependency, so it is not installed.',
    severity: everywhere('error'),
    tags: ['command', 'language'],
  },
  *check(context) {
    const { files } = context;
    if (!files.complete) return;
    const dependencies = context.facts.pythonDependencies();
    const reported = new Set<string>();
    for (const { line, type } of context.facts.processLines()) {
      for (const invocation of context.facts.command(line).invocations) {
        const pkg = invocation.program?.pythonPackage;
        if (!pkg || reported.has(pkg) || dependencies.declares(pkg)) continue;
        reported.add(pkg);
        const where =
          dependencies.manifests.length === 0
            ? 'there is no requirements.txt, Pipfile or pyproject.toml at the app root'
            : `${dependencies.manifests.map((file) => quote(file)).join(', ')} ${dependencies.manifests.length === 1 ? 'does' : 'do'} not list it`;
        yield {
          range: commandRange(line, invocation.name.start, invocation.name.end),
          severity: dependencies.incomplete ? 'warning' : 'error',
          message:
            `${quote(type)} runs ${quote(invocation.program?.label ?? pkg)}, but ${where}${dependencies.incomplete ? ' (as far as procfile-lint can follow them)' : ''}, ` +
            `so the build does not install it and the process fails with ${failure(invocation.name.value, pkg)}. ${howToDeclare(pkg, dependencies.manifests)}`,
        };
      }
    }
  },
};

/** What the process prints when the package is missing: `python -m x` and `x` fail differently. */
function failure(name: string, pkg: string): string {
  return /^python[0-9.]*$/.test(name.slice(name.lastIndexOf('/') + 1)) ? `"No module named ${pkg}"` : '"command not found"';
}

/** Where the app declares its dependencies, and how to add one there. */
function howToDeclare(pkg: string, manifests: readonly string[]): string {
  if (manifests.includes('requirements.txt') || manifests.length === 0) return `Add ${quote(pkg)} to requirements.txt.`;
  if (manifests.includes('Pipfile')) return `Add it to the Pipfile (${quote(`pipenv install ${pkg}`)}).`;
  if (manifests.includes('pyproject.toml')) return `Add ${quote(pkg)} to the dependencies in pyproject.toml.`;
  return `Declare ${quote(pkg)} as a dependency.`;
}
