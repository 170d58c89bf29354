import { MAX_APP_FILE_BYTES } from '../../src/engine/app-files.js';
import { serverUndeclared } from '../../src/rules/server-undeclared.js';
import { besideDockerfileAndBuildpacks, DOCKERFILE, besideOtherBuilders } from '../helpers/builders.js';
import { testRule } from '../helpers/rule-tester.js';

/** A requirements.txt of `bytes` bytes that lists gunicorn: the engine reads app files up to MAX_APP_FILE_BYTES. */
const requirementsOf = (bytes: number) => `gunicorn\n${'#'.repeat(bytes - 'gunicorn\n'.length - 1)}\n`;

const nodemonAt = { line: 1, column: 6, endLine: 1, endColumn: 13 };
const nothingInstalledOnFir = (program: string) =>
  `\`web\` runs \`${program}\`, but Heroku (Fir) installs no dependencies without \`pnpm-lock.yaml\`, \`yarn.lock\` or \`package-lock.json\` at the app root, so the process fails with "command not found". Commit the lock file of the package manager the app uses (\`npm install\` writes package-lock.json).`;

const FLASK_APP = { 'requirements.txt': 'Flask==3.1.0\n', 'app.py': '' };
const gunicornUndeclared = {
  line: 1,
  column: 6,
  endLine: 1,
  endColumn: 14,
  message: /^`web` runs `gunicorn`, but .*Add `gunicorn` to requirements\.txt/,
};
const GUNICORN_UNDECLARED = {
  codecapsules: [gunicornUndeclared],
  heroku: [gunicornUndeclared],
  'heroku-fir': [gunicornUndeclared],
  dokku: [gunicornUndeclared],
};

testRule(serverUndeclared, {
  valid: [
    {
      code: 'web: gunicorn app:app\n',
      files: { 'requirements.txt': '-r requirements/prod.txt\n', 'requirements/prod.txt': 'Gunicorn[gevent]>=22 # server\n' },
    },
    { code: 'web: uvicorn main:app\n', files: { Pipfile: '[packages]\nuvicorn = "*"\n' } },
    { code: 'web: uvicorn main:app\n', files: { 'pyproject.toml': 'dependencies = ["uvicorn[standard]>=0.30"]\n' } },
    { code: 'worker: celery -A app worker\n', files: { 'poetry.lock': '[[package]]\nname = "celery"\n' } },
    {
      tree: {
        Procfile: 'web: gunicorn app:app\n',
        'app.py': '',
        'requirements.txt': Buffer.from(
          'fffe44006a0061006e0067006f003d003d0034002e0030000d000a00670075006e00690063006f0072006e003d003d00320030002e0031002e0030000d000a00',
          'hex',
        ),
      },
    },
    'web: gunicorn app:app\n',
    {
      name: 'a requirements.txt of exactly the size limit is read',
      tree: { Procfile: 'web: gunicorn app:app\n', 'app.py': '', 'requirements.txt': requirementsOf(MAX_APP_FILE_BYTES) },
    },
    // Ruby: the lock file lists every gem of the bundle, dependencies of dependencies included.
    { code: 'web: bundle exec puma -C config/puma.rb\n', files: { Gemfile: "source 'https://rubygems.org'\ngem 'puma', '~> 6.4'\n" } },
    {
      code: 'web: bin/rails server\nworker: bundle exec sidekiq\n',
      files: {
        Gemfile: 'gem "rails"\n',
        'Gemfile.lock': 'GEM\n  specs:\n    railties (7.2.1)\n    sidekiq (7.3.0)\n\nDEPENDENCIES\n  rails\n',
      },
    },
    { code: 'web: rackup\n', files: { 'gems.rb': 'gem "rack"\n' } },
    // No Gemfile: no bundle is built, and language-mismatch says why.
    { code: 'web: bundle exec puma\n', files: { 'app.rb': '' } },
    // Node: package.json's dependencies, or the lock file of a dependency that brings it.
    {
      code: 'web: next start -p $PORT\n',
      files: { 'package.json': '{"dependencies":{"next":"15.0.0"}}', 'package-lock.json': '{"packages":{"node_modules/next":{}}}\n' },
    },
    {
      code: 'web: nest start\n',
      files: {
        'package.json': '{"dependencies":{}}',
        'package-lock.json': '{"packages":{"node_modules/@nestjs/cli":{"version":"10.0.0"}}}',
      },
    },
    // npx fetches what is not installed.
    { code: 'web: npx next start\n', files: { 'package.json': '{}', 'package-lock.json': '{}' } },
  ],
  invalid: [
    {
      name: 'a gem the Gemfile.lock does not list',
      code: 'web: bundle exec puma -C config/puma.rb\n',
      files: {
        Gemfile: 'gem "rails"\n',
        'Gemfile.lock': 'GEM\n  specs:\n    rails (7.2.1)\n      railties (= 7.2.1)\n    railties (7.2.1)\n',
      },
      errors: [
        {
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 22,
          message:
            '`web` runs `puma`, but `Gemfile` and `Gemfile.lock` do not list it, so the build does not install it and the process fails with "bundler: command not found". Add `gem "puma"` to the `Gemfile` and run `bundle install`.',
        },
      ],
    },
    {
      name: 'a gem the Gemfile does not declare, without a lock file: a warning',
      code: 'worker: sidekiq\n',
      files: { Gemfile: 'gem "sinatra"\n' },
      errors: [
        {
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 16,
          severity: 'warning',
          message: /without a lock file, a dependency of the app may still bring it/,
        },
      ],
    },
    {
      name: 'an empty Gemfile.lock lists nothing: a warning, as without one',
      code: 'web: bundle exec puma\n',
      files: { Gemfile: 'gem "rails"\n', 'Gemfile.lock': '' },
      errors: [
        {
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 22,
          severity: 'warning',
          message: /without a lock file, a dependency of the app may still bring it/,
        },
      ],
    },
    {
      name: 'an empty yarn.lock lists nothing: a warning',
      code: 'web: next start\n',
      files: { 'package.json': '{"dependencies":{"react":"19.0.0"}}', 'yarn.lock': '' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 10, severity: 'warning', message: /next/ }],
    },
    {
      code: 'web: next start\n',
      files: { 'package.json': '{"dependencies":{"react":"19.0.0"}}', 'yarn.lock': 'react@19.0.0:\n  version "19.0.0"\n' },
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 10,
          message:
            '`web` runs `next start`, but `package.json` and `yarn.lock` do not list it, so the build does not install it and the process fails with "command not found". Add it to package.json\'s dependencies (`npm install next`).',
        },
      ],
    },
    {
      code: 'web: nodemon server.js\n',
      files: { 'package.json': '{"dependencies":{"express":"4"}}', 'server.js': '' },
      errors: {
        codecapsules: [
          {
            ...nodemonAt,
            severity: 'warning',
            message: /^`web` runs `nodemon`, but `package\.json` does not list it \(without a lock file/,
          },
        ],
        heroku: [
          {
            ...nodemonAt,
            severity: 'warning',
            message: /^`web` runs `nodemon`, but `package\.json` does not list it \(without a lock file/,
          },
        ],
        'heroku-fir': [{ ...nodemonAt, severity: 'error', message: nothingInstalledOnFir('nodemon') }],
        dokku: [
          {
            ...nodemonAt,
            severity: 'warning',
            message: /^`web` runs `nodemon`, but `package\.json` does not list it \(without a lock file/,
          },
        ],
      },
    },
    {
      // Heroku Fir installs nothing without a lock file (heroku/buildpacks-nodejs src/main.rs), declared or not.
      name: 'next declared in package.json, but no lock file',
      code: 'web: next start -p $PORT\n',
      files: { 'package.json': '{"dependencies":{"next":"15.0.0"}}' },
      errors: {
        codecapsules: [],
        heroku: [],
        'heroku-fir': [{ line: 1, column: 6, endLine: 1, endColumn: 10, severity: 'error', message: nothingInstalledOnFir('next start') }],
        dokku: [],
      },
    },
    {
      code: 'web: gunicorn app:app\n',
      files: { 'requirements.txt': 'Flask==3.1.0\n', 'app.py': '' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 14, message: /Add `gunicorn` to requirements\.txt/ }],
    },
    // dokku/dokku plugins/builder-dockerfile/builder-detect: the Dockerfile is built, and it installs what it says.
    // On Code Capsules the capsule type decides; Heroku builds a git push with buildpacks whatever Dockerfile it has.
    ...besideOtherBuilders({ name: 'gunicorn undeclared', code: 'web: gunicorn app:app\n', files: FLASK_APP, errors: GUNICORN_UNDECLARED }),
    {
      name: 'a root Dockerfile and BUILDPACK_URL in .env, which makes Dokku run the buildpacks',
      code: 'web: gunicorn app:app\n',
      files: { ...FLASK_APP, ...DOCKERFILE, '.env': 'export BUILDPACK_URL=https://github.com/heroku/heroku-buildpack-python\n' },
      errors: besideDockerfileAndBuildpacks(GUNICORN_UNDECLARED),
    },
    {
      // herokuish's builder-detect greps `.env` for BUILDPACK_URL anywhere (plugins/builder-herokuish/functions).
      name: 'a root Dockerfile and a .env that names BUILDPACK_URL in a comment: Dokku still runs the buildpacks',
      code: 'web: gunicorn app:app\n',
      files: { ...FLASK_APP, ...DOCKERFILE, '.env': '# BUILDPACK_URL is set with dokku config:set\n' },
      errors: besideDockerfileAndBuildpacks(GUNICORN_UNDECLARED),
    },
    {
      // plugins/builder-pack/builder-detect: project.toml makes Dokku build with Cloud Native Buildpacks, not herokuish.
      name: 'a project.toml, which makes Dokku build with pack',
      code: 'web: gunicorn app:app\n',
      files: { ...FLASK_APP, 'project.toml': '[_]\nschema-version = "0.2"\n' },
      errors: { ...GUNICORN_UNDECLARED, dokku: [] },
    },
    {
      code: 'web: gunicorn app:app\n',
      files: { 'requirements.txt': '-e .\n', 'setup.py': '' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 14, severity: 'warning', message: /as far as procfile-lint can follow them/ }],
    },
    {
      code: 'web: python -m gunicorn app:app\n',
      files: { 'app.py': '' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: /there is no requirements\.txt, Pipfile or pyproject\.toml/ }],
    },
    {
      code: 'web: uvicorn main:app\n',
      files: { 'pyproject.toml': '[project]\n' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 13, message: /Add `uvicorn` to the dependencies in pyproject\.toml\./ }],
    },
    {
      code: 'web: python -m gunicorn app:app\n',
      files: { 'requirements.txt': '' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: /"No module named gunicorn"/ }],
    },
    {
      name: 'a larger one is unread, so what it declares is unknown: a warning, not an error',
      tree: { Procfile: 'web: gunicorn app:app\n', 'app.py': '', 'requirements.txt': requirementsOf(MAX_APP_FILE_BYTES + 1) },
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 14,
          severity: 'warning',
          message:
            '`web` runs `gunicorn`, but procfile-lint could not read `requirements.txt` (missing, too large, or outside the app), so it could not check that it is declared; if it is not, the process fails with "command not found". Add `gunicorn` to requirements.txt.',
        },
      ],
    },
    {
      name: 'an include that is too large is named as unread, beside the file that does not list the program',
      tree: {
        Procfile: 'web: gunicorn app:app\n',
        'app.py': '',
        'requirements.txt': '-r more.txt\nflask\n',
        'more.txt': requirementsOf(MAX_APP_FILE_BYTES + 1),
      },
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 14,
          severity: 'warning',
          message:
            '`web` runs `gunicorn`, but `requirements.txt` does not list it, and procfile-lint could not read `more.txt` (missing, too large, or outside the app), so it could not check that it is declared; if it is not, the process fails with "command not found". Add `gunicorn` to requirements.txt.',
        },
      ],
    },
  ],
});
