import * as posixPath from 'node:path/posix';
import { quote } from '../engine/quote.js';
import { assumedBuilder } from '../runtimes/families.js';
import { buildpackFindings, inAppRoot, type Report, type RepositoryContext, type RepositoryRule } from './rule.js';

/**
 * pip reads a `-r` / `-c` line's file relative to the folder of the file that holds the line, and stops when it is
 * not there: "Could not open requirements file: [Errno 2] No such file or directory" (pypa/pip
 * src/pip/_internal/req/req_file.py, `_parse_and_recurse` and `get_file_content`). Every platform's Python build runs
 * `pip install -r requirements.txt` when requirements.txt is how the app declares its packages (heroku-buildpack-python
 * `lib/pip.sh`, heroku/buildpacks-python `src/layers/pip_dependencies.rs`, herokuish's copy of the former, Google
 * Cloud buildpacks `pkg/python/python.go`), so a missing include stops the build.
 */
/** The folders a `.gitmodules` file's `path = ...` entries name, each ending in one `/`. */
function submoduleFolders(text: string | null): string[] {
  if (text === null) return [];
  return text
    .split('\n')
    .map((line) => /^\s*path\s*=\s*(\S+)\s*$/.exec(line)?.[1])
    .filter((path): path is string => path !== undefined)
    .map((path) => posixPath.join(path, '/'));
}

const OTHER_LOCK_FILES = ['Pipfile.lock', 'poetry.lock', 'uv.lock'];

export const requirementsIncludeMissing: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'requirements-include-missing',
    description: 'A `-r` or `-c` line of requirements.txt names a file the app does not have: pip stops the build.',
    severity: { codecapsules: 'warning', heroku: 'error', 'heroku-fir': 'error', dokku: 'error' },
    tags: ['language'],
  },
  *check(context) {
    const { detection, files } = context;
    if (!files.complete || detection.language !== 'python' || !files.exists('requirements.txt')) return;
    // Beside another package manager's lock file the build may not run pip at all; on Heroku it stops before it
    // (python-package-manager says so).
    if (OTHER_LOCK_FILES.some((file) => files.exists(file))) return;
    yield* buildpackFindings(context, missingIncludes(context));
  },
};

function* missingIncludes(context: RepositoryContext): Generator<Report> {
  const assumed = assumedBuilder(context.platform.id);
  const submodules = submoduleFolders(context.files.readText('.gitmodules'));
  for (const include of context.facts.pythonDependencies().missingIncludes) {
    // A checkout without its submodules lacks their files, which the platform's git fetch may bring.
    if (submodules.some((folder) => include.resolved.startsWith(folder))) continue;
    const moved = include.resolved === include.written ? '' : ` (pip looks for it at ${quote(include.resolved)})`;
    yield {
      file: inAppRoot(context.discovery, include.file),
      range: { line: include.line, column: include.column, endLine: include.line, endColumn: include.endColumn },
      message:
        `${quote(include.file)} includes ${quote(include.written)}${moved}, which the app does not have, so ` +
        `\`pip install -r requirements.txt\` stops the build: "Could not open requirements file: [Errno 2] No such file or directory". ` +
        `Commit the file, or correct the path: pip reads it relative to the folder of ${quote(include.file)}.` +
        (assumed ? ` (Unverified: ${assumed}.)` : ''),
    };
  }
}
