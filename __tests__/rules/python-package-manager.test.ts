import { pythonPackageManager } from '../../src/rules/python-package-manager.js';
import { besideOtherBuilders } from '../helpers/builders.js';
import { testRule } from '../helpers/rule-tester.js';

const APP = { Procfile: 'web: gunicorn app:app\n', 'app.py': 'from flask import Flask\napp = Flask(__name__)\n' };
const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };

const several = (platform: string, files: string) =>
  `The app root has ${files}, and ${platform}'s Python build stops when it finds more than one package manager file ("Multiple Python package manager files were found${platform === 'Heroku (Fir)' ? '' : '.'}"). Keep the file of the package manager the app uses and delete the others (and their settings).`;
const none = (platform: string, accepted: string, extra = '') =>
  `The app is built as Python, but its root has no ${accepted}, and ${platform}'s Python build stops ("Couldn't find any supported Python package manager files${platform === 'Heroku (Fir)' ? '' : '.'}"). Add a requirements.txt that lists the app's dependencies (an empty one if it has none).${extra}`;
const CLASSIC_FILES = '`Pipfile.lock`, `requirements.txt`, `poetry.lock` or `uv.lock`';
const FIR_FILES = '`requirements.txt`, `poetry.lock` or `uv.lock`';

/** The app of APP, with no package manager file. */
const NO_MANAGER_FILE = {
  heroku: [{ ...start, file: 'Procfile', message: none('Heroku', CLASSIC_FILES) }],
  'heroku-fir': [{ ...start, file: 'Procfile', message: none('Heroku (Fir)', FIR_FILES) }],
  dokku: [{ ...start, file: 'Procfile', message: none('Dokku', CLASSIC_FILES) }],
};

testRule(pythonPackageManager, {
  valid: [
    { tree: { ...APP, 'requirements.txt': 'flask\ngunicorn\n' } },
    { tree: { ...APP, 'uv.lock': '', 'pyproject.toml': '[project]\nname = "app"\n' } },
    // An empty requirements.txt is the buildpack's own advice for an app without dependencies.
    { tree: { ...APP, 'requirements.txt': '' } },
    // Only the Procfile's content: the app's files are unknown.
    'web: gunicorn app:app\n',
    // A Node app is not built by the Python buildpack.
    { tree: { Procfile: 'web: node server.js\n', 'package.json': '{"scripts": {"start": "node server.js"}}\n', 'server.js': '' } },
  ],
  invalid: [
    {
      name: 'requirements.txt beside poetry.lock: reported on the second file',
      tree: { ...APP, 'requirements.txt': 'flask\n', 'poetry.lock': '', 'pyproject.toml': '[tool.poetry]\n' },
      errors: {
        heroku: [{ ...start, file: 'poetry.lock', message: several('Heroku', '`requirements.txt` (pip) and `poetry.lock` (Poetry)') }],
        'heroku-fir': [
          { ...start, file: 'poetry.lock', message: several('Heroku (Fir)', '`requirements.txt` (pip) and `poetry.lock` (Poetry)') },
        ],
        dokku: [{ ...start, file: 'poetry.lock', message: several('Dokku', '`requirements.txt` (pip) and `poetry.lock` (Poetry)') }],
      },
    },
    {
      name: 'a Pipfile.lock and a requirements.txt: several on Heroku and Dokku, one (pip) on Fir, which has no Pipenv',
      tree: { ...APP, Pipfile: '[packages]\nflask = "*"\n', 'Pipfile.lock': '{}\n', 'requirements.txt': 'flask\n' },
      errors: {
        heroku: [
          { ...start, file: 'requirements.txt', message: several('Heroku', '`Pipfile.lock` (Pipenv) and `requirements.txt` (pip)') },
        ],
        'heroku-fir': [],
        dokku: [{ ...start, file: 'requirements.txt', message: several('Dokku', '`Pipfile.lock` (Pipenv) and `requirements.txt` (pip)') }],
      },
    },
    {
      name: 'no package manager file, reported on the Procfile',
      tree: { ...APP },
      errors: {
        heroku: [{ ...start, file: 'Procfile', message: none('Heroku', CLASSIC_FILES) }],
        'heroku-fir': [{ ...start, file: 'Procfile', message: none('Heroku (Fir)', FIR_FILES) }],
        dokku: [{ ...start, file: 'Procfile', message: none('Dokku', CLASSIC_FILES) }],
      },
    },
    {
      name: 'only a setup.py: the fallback is gone, and the message says how to keep it',
      tree: { ...APP, 'setup.py': 'from setuptools import setup\nsetup()\n' },
      errors: {
        heroku: [
          {
            ...start,
            file: 'Procfile',
            message: none(
              'Heroku',
              CLASSIC_FILES,
              ' A setup.py alone is not installed: to keep it, write `--editable .` in requirements.txt.',
            ),
          },
        ],
        'heroku-fir': [
          {
            ...start,
            file: 'Procfile',
            message: none(
              'Heroku (Fir)',
              FIR_FILES,
              ' A setup.py alone is not installed: to keep it, write `--editable .` in requirements.txt.',
            ),
          },
        ],
        dokku: [
          {
            ...start,
            file: 'Procfile',
            message: none(
              'Dokku',
              CLASSIC_FILES,
              ' A setup.py alone is not installed: to keep it, write `--editable .` in requirements.txt.',
            ),
          },
        ],
      },
    },
    {
      name: 'a Pipfile without Pipfile.lock: its own error on Heroku and Dokku; no supported file at all on Fir',
      tree: { ...APP, Pipfile: '[packages]\nflask = "*"\n' },
      errors: {
        heroku: [
          {
            ...start,
            file: 'Pipfile',
            message:
              "There is a `Pipfile` but no `Pipfile.lock`, and Heroku's Python build stops there (\"No 'Pipfile.lock' found!\"). Run `pipenv lock` and commit `Pipfile.lock`, or replace `Pipfile` by a requirements.txt.",
          },
        ],
        'heroku-fir': [{ ...start, file: 'Procfile', message: none('Heroku (Fir)', FIR_FILES) }],
        dokku: [
          {
            ...start,
            file: 'Pipfile',
            message:
              "There is a `Pipfile` but no `Pipfile.lock`, and Dokku's Python build stops there (\"No 'Pipfile.lock' found!\"). Run `pipenv lock` and commit `Pipfile.lock`, or replace `Pipfile` by a requirements.txt.",
          },
        ],
      },
    },
    ...besideOtherBuilders({ name: 'no package manager file', tree: APP, errors: NO_MANAGER_FILE }),
    {
      name: 'in an app below the repository root, paths are from the top',
      tree: { 'api/Procfile': APP.Procfile, 'api/app.py': APP['app.py'], 'api/requirements.txt': '', 'api/uv.lock': '' },
      path: 'api',
      errors: {
        heroku: [{ ...start, file: 'api/uv.lock', message: several('Heroku', '`requirements.txt` (pip) and `uv.lock` (uv)') }],
        'heroku-fir': [{ ...start, file: 'api/uv.lock', message: several('Heroku (Fir)', '`requirements.txt` (pip) and `uv.lock` (uv)') }],
        dokku: [{ ...start, file: 'api/uv.lock', message: several('Dokku', '`requirements.txt` (pip) and `uv.lock` (uv)') }],
      },
    },
  ],
});
