import { requirementsIncludeMissing } from '../../src/rules/requirements-include-missing.js';
import { besideOtherBuilders } from '../helpers/builders.js';
import { testRule } from '../helpers/rule-tester.js';

const APP = { Procfile: 'web: gunicorn app:app\n', 'app.py': 'from flask import Flask\napp = Flask(__name__)\n' };
const UNVERIFIED = ' (Unverified: Code Capsules is assumed to build with Google Cloud buildpacks (domain.md, section 1).)';

const stops = (file: string, written: string, moved = '', suffix = '') =>
  `\`${file}\` includes \`${written}\`${moved}, which the app does not have, so \`pip install -r requirements.txt\` stops the build: "Could not open requirements file: [Errno 2] No such file or directory". Commit the file, or correct the path: pip reads it relative to the folder of \`${file}\`.${suffix}`;

/** The same finding on every platform: an error where Heroku's buildpacks build, a warning on Code Capsules. */
function everywhere(finding: { file: string; line: number; column: number; endColumn: number }, message: (suffix: string) => string) {
  const at = { ...finding, endLine: finding.line };
  const error = { ...at, severity: 'error' as const, message: message('') };
  return {
    codecapsules: [{ ...at, severity: 'warning' as const, message: message(UNVERIFIED) }],
    heroku: [error],
    'heroku-fir': [error],
    dokku: [error],
  };
}

/** `-r missing.txt` on line 1 of requirements.txt. */
const MISSING_INCLUDE = everywhere({ file: 'requirements.txt', line: 1, column: 4, endColumn: 15 }, (suffix) =>
  stops('requirements.txt', 'missing.txt', '', suffix),
);

testRule(requirementsIncludeMissing, {
  valid: [
    { tree: { ...APP, 'requirements.txt': '-r requirements/base.txt\ngunicorn\n', 'requirements/base.txt': 'flask\n' } },
    // Relative to the including file: requirements/prod.txt's `-r base.txt` is requirements/base.txt.
    {
      tree: {
        ...APP,
        'requirements.txt': '-r requirements/prod.txt\n',
        'requirements/prod.txt': '-r base.txt\ngunicorn\n',
        'requirements/base.txt': 'flask\n',
      },
    },
    // What pip finds only at build time, or outside the app, is not judged.
    {
      tree: { ...APP, 'requirements.txt': '-r https://example.com/reqs.txt\n-r ${REQS}/base.txt\n-r ../shared/base.txt\n-c /etc/c.txt\n' },
    },
    // A file in a submodule, which a checkout without submodules lacks and the platform's git fetch may bring.
    {
      tree: {
        ...APP,
        'requirements.txt': '-r libs/common/requirements.txt\n',
        '.gitmodules': '[submodule "common"]\n\tpath = libs/common\n\turl = https://example.com/common.git\n',
      },
    },
    // A comment that mentions an option is not one.
    { tree: { ...APP, 'requirements.txt': 'flask # -r missing.txt\n' } },
    // Beside another package manager's lock file the build may not run pip (on Heroku it stops before, with
    // python-package-manager's error).
    { tree: { ...APP, 'requirements.txt': '-r missing.txt\n', 'poetry.lock': '', 'pyproject.toml': '[tool.poetry]\n' } },
    // Only the Procfile's content: the app's files are unknown.
    'web: gunicorn app:app\n',
  ],
  invalid: [
    {
      // Heroku Fir's builder runs every buildpack that detects the app, Python's too; elsewhere Node.js wins.
      name: 'a Node app with a requirements.txt, built as Python too on Heroku Fir',
      tree: {
        Procfile: 'web: node server.js\n',
        'package.json': '{"scripts":{"start":"node server.js"}}',
        'package-lock.json': '{}',
        'server.js': '',
        'requirements.txt': '-r missing.txt\n',
      },
      errors: {
        codecapsules: [],
        heroku: [],
        dokku: [],
        'heroku-fir': [
          {
            file: 'requirements.txt',
            line: 1,
            column: 4,
            endLine: 1,
            endColumn: 15,
            severity: 'error',
            message: stops('requirements.txt', 'missing.txt'),
          },
        ],
      },
    },
    {
      name: 'an include that is not committed',
      tree: { ...APP, 'requirements.txt': 'flask\n-r requirements/prod.txt\n' },
      errors: everywhere({ file: 'requirements.txt', line: 2, column: 4, endColumn: 25 }, (suffix) =>
        stops('requirements.txt', 'requirements/prod.txt', '', suffix),
      ),
    },
    {
      name: 'a path written relative to the root inside an included file, with --constraint= and blanks',
      tree: {
        ...APP,
        'requirements.txt': '-r requirements/prod.txt\n',
        'requirements/prod.txt': 'gunicorn\n  --constraint = requirements/constraints.txt  # pinned\n',
        'requirements/constraints.txt': 'flask==3.1.0\n',
      },
      errors: everywhere({ file: 'requirements/prod.txt', line: 2, column: 18, endColumn: 46 }, (suffix) =>
        stops(
          'requirements/prod.txt',
          'requirements/constraints.txt',
          ' (pip looks for it at `requirements/requirements/constraints.txt`)',
          suffix,
        ),
      ),
    },
    ...besideOtherBuilders({ name: '-r missing.txt', tree: { ...APP, 'requirements.txt': '-r missing.txt\n' }, errors: MISSING_INCLUDE }),
  ],
});
