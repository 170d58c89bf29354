import { languageMismatch } from '../../src/rules/language-mismatch.js';
import { onEveryPlatform, besideOtherBuilders } from '../helpers/builders.js';
import { testRule } from '../helpers/rule-tester.js';

const PYTHON_APP = { 'requirements.txt': '', 'app.py': '' };
const nodeProgram = { line: 1, column: 6, endLine: 1, endColumn: 10, message: /a Node\.js program/ };
const NODE_IN_PYTHON_APP = {
  ...onEveryPlatform([nodeProgram]),
  codecapsules: [{ ...nodeProgram, severity: 'error' as const }],
};

testRule(languageMismatch, {
  valid: [
    { code: 'web: gunicorn app:app\n', files: { 'requirements.txt': '', 'app.py': '' } },
    { code: 'web: gunicorn app:app\n', files: {}, language: 'python' },
  ],
  invalid: [
    {
      // GCP installs only the winning group's runtime (stacks/google_22/run-packages.txt): certain there.
      code: 'web: node server.js\n',
      files: PYTHON_APP,
      errors: NODE_IN_PYTHON_APP,
    },
    // BUILDPACK_URL in .env makes Dokku run that one buildpack (plugins/builder-herokuish/builder-detect): a .buildpacks
    // file would list the buildpacks, which silences the rule by itself.
    ...besideOtherBuilders(
      { name: 'node in a Python app', code: 'web: node server.js\n', files: PYTHON_APP, errors: NODE_IN_PYTHON_APP },
      { '.env': 'BUILDPACK_URL=https://github.com/heroku/heroku-buildpack-python.git\n' },
    ),
    {
      // Fir's builder tries heroku/python (requirements.txt) before Node.js; GCP needs a *.py to build Python.
      code: 'web: node server.js\n',
      files: { 'requirements.txt': '', 'package.json': '{}' },
      errors: {
        codecapsules: [],
        heroku: [],
        'heroku-fir': [{ line: 1, column: 6, endLine: 1, endColumn: 10, message: /a Node\.js program/ }],
        dokku: [],
      },
    },
    {
      // GCP's Python needs a *.py ("no .py files found"), so Node.js builds it: a warning, as only a manifest was seen.
      // Classic Heroku tries Node.js before Python; Fir tries heroku/python (requirements.txt) first, which installs it.
      code: 'web: gunicorn app:app\n',
      files: { 'requirements.txt': '', 'package.json': '{}' },
      errors: {
        codecapsules: [
          {
            line: 1,
            column: 6,
            endLine: 1,
            endColumn: 14,
            severity: 'warning',
            message: /nothing that makes Code Capsules install Python \(it builds it as Node\.js: `package\.json`\)/,
          },
        ],
        heroku: [{ line: 1, column: 6, endLine: 1, endColumn: 14, message: /or add its buildpack too \(`heroku buildpacks:add`\)/ }],
        'heroku-fir': [],
        dokku: [{ line: 1, column: 6, endLine: 1, endColumn: 14, message: /a Python program/ }],
      },
    },
    {
      tree: { Procfile: 'web: node server.js\n', 'package.json': '{}', 'server.js': '', 'scripts/seed.py': '' },
      errors: {
        // A *.py at any depth opts in Python-with-Procfile, tried before Node.js, whose group installs no Node. That is
        // certain on Google's buildpacks, but Code Capsules' builder is unverified and the evidence is one file below the
        // root: a warning that says so, not a merge-blocking error.
        codecapsules: [
          { line: 1, column: 6, endLine: 1, endColumn: 10, severity: 'warning', message: /\(`scripts\/seed\.py`\).*\(Unverified: / },
        ],
        heroku: [],
        'heroku-fir': [],
        dokku: [],
      },
    },
  ],
});
