import { quote } from '../engine/quote.js';
import type { PythonInstallFacts } from '../platforms/profile.js';
import { listNames } from './phrases.js';
import { buildpackFindings, inAppRoot, type Report, type RepositoryContext, type RepositoryRule, START_OF_FILE } from './rule.js';

/**
 * Heroku's and Dokku's Python buildpack, and Heroku Fir's, install with exactly one package manager and stop the build
 * when the app root has none of its files, several, or a Pipfile without its lock (the facts and their sources are
 * each profile's `runtime.pythonInstall`).
 */
export const pythonPackageManager: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'python-package-manager',
    description: 'A Python app has no package manager file at its root, several, or a Pipfile without Pipfile.lock: the build stops.',
    severity: { heroku: 'error', 'heroku-fir': 'error', dokku: 'error' },
    tags: ['language'],
  },
  *check(context) {
    const facts = context.platform.runtime.pythonInstall;
    if (!facts || !context.files.complete || context.detection.language !== 'python') return;
    yield* buildpackFindings(context, reportsOf(context, facts, `${context.platform.name}'s Python build`));
  },
};

/** What stops the build: a Pipfile without its lock (the buildpack checks that first), then not exactly one manager file. */
function* reportsOf(context: RepositoryContext, facts: PythonInstallFacts, builder: string): Generator<Report> {
  const lockless = facts.needsLock.find(({ file, lock }) => context.files.exists(file) && !context.files.exists(lock));
  if (lockless) {
    yield {
      file: inAppRoot(context.discovery, lockless.file),
      range: START_OF_FILE,
      message:
        `There is a ${quote(lockless.file)} but no ${quote(lockless.lock)}, and ${builder} stops there ("${lockless.error}"). ` +
        `Run \`pipenv lock\` and commit ${quote(lockless.lock)}, or replace ${quote(lockless.file)} by a requirements.txt.`,
    };
    return;
  }
  const found = facts.managerFiles.filter(({ file }) => context.files.exists(file));
  if (found.length === 1) return;
  yield found.length === 0 ? noneFound(context, facts, builder) : severalFound(context, facts, found, builder);
}

function noneFound(context: RepositoryContext, facts: PythonInstallFacts, builder: string) {
  const accepted = listNames(
    facts.managerFiles.map(({ file }) => quote(file)),
    'or',
  );
  const setupPy = context.files.exists('setup.py')
    ? ' A setup.py alone is not installed: to keep it, write `--editable .` in requirements.txt.'
    : '';
  // On the Procfile, else on the file that made the build Python.
  const evidence = context.detection.candidates.find(({ language }) => language === 'python')?.evidence[0];
  return {
    file: context.discovery.procfile ?? inAppRoot(context.discovery, evidence ?? 'Procfile'),
    range: START_OF_FILE,
    message:
      `The app is built as Python, but its root has no ${accepted}, and ${builder} stops ("${facts.noneError}"). ` +
      `Add a requirements.txt that lists the app's dependencies (an empty one if it has none).${setupPy}`,
  };
}

function severalFound(context: RepositoryContext, facts: PythonInstallFacts, found: PythonInstallFacts['managerFiles'], builder: string) {
  const named = listNames(found.map(({ file, manager }) => `${quote(file)} (${manager})`));
  return {
    file: inAppRoot(context.discovery, (found[1] as PythonInstallFacts['managerFiles'][number]).file),
    range: START_OF_FILE,
    message:
      `The app root has ${named}, and ${builder} stops when it finds more than one package manager file ("${facts.multipleError}"). ` +
      'Keep the file of the package manager the app uses and delete the others (and their settings).',
  };
}
