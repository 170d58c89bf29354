import { devDependencyPruned } from '../../src/rules/dev-dependency-pruned.js';
import { PLATFORMS, type PlatformId } from '../../src/platforms/index.js';
import { besideOtherBuilders } from '../helpers/builders.js';
import { testRule, type ExpectedFinding } from '../helpers/rule-tester.js';

const devOnly = (name: string) => JSON.stringify({ dependencies: { express: '4.21.0' }, devDependencies: { [name]: '3.1.0' } });
const npmLock = (name: string, dev: boolean) =>
  JSON.stringify({
    lockfileVersion: 3,
    packages: { '': {}, [`node_modules/${name}`]: { version: '3.1.0', ...(dev ? { dev: true } : {}) } },
  });
const nodemonApp = { 'package.json': devOnly('nodemon'), 'package-lock.json': npmLock('nodemon', true), 'server.js': '' };

/** The warning on `web: <program> ...` (column 6 to `end`) on each platform given, with its message; none on the others. */
function warnings(end: number, messages: Partial<Record<PlatformId, RegExp | string>>): Partial<Record<PlatformId, ExpectedFinding[]>> {
  return Object.fromEntries(
    PLATFORMS.map(({ id }) => {
      const message = messages[id];
      return [id, message === undefined ? [] : [{ line: 1, column: 6, endLine: 1, endColumn: end, severity: 'warning', message }]];
    }),
  );
}

const CONFIG_VAR = (variable: string) => new RegExp(`keeps devDependencies only if the config var \`${variable}\` is set\\.$`);
const NODE_ENV = /Code Capsules keeps devDependencies only if the build sets `NODE_ENV` to a value other than `production`/;
const PROJECT_TOML =
  /only if project\.toml sets `actions\.prune_dev_dependencies = false` in its `\[com\.heroku\.buildpacks\.nodejs\]` table\.$/;

/** `web: nodemon server.js` where every platform prunes devDependencies. */
const NODEMON_PRUNED = warnings(13, {
  heroku: CONFIG_VAR('NPM_CONFIG_PRODUCTION=false'),
  dokku: CONFIG_VAR('NPM_CONFIG_PRODUCTION=false'),
  'heroku-fir': PROJECT_TOML,
  codecapsules: NODE_ENV,
});

testRule(devDependencyPruned, {
  valid: [
    // In dependencies, or in both lists: a production install keeps it.
    { code: 'web: nodemon server.js\n', files: { ...nodemonApp, 'package.json': '{"dependencies":{"nodemon":"3.1.0"}}' } },
    {
      code: 'web: nodemon server.js\n',
      files: { ...nodemonApp, 'package.json': '{"dependencies":{"nodemon":"3.1.0"},"devDependencies":{"nodemon":"3.1.0"}}' },
    },
    // No lock file: a production dependency may bring it along.
    { code: 'web: nodemon server.js\n', files: { 'package.json': devOnly('nodemon'), 'server.js': '' } },
    // The lock file does not mark it dev: a production dependency needs it.
    { code: 'web: nodemon server.js\n', files: { ...nodemonApp, 'package-lock.json': npmLock('nodemon', false) } },
    // npx downloads what is not installed.
    { code: 'web: npx nodemon server.js\n', files: nodemonApp },
    // Built as Ruby (the Gemfile wins): the Node.js buildpack's pruning does not run.
    { code: 'web: nodemon server.js\n', files: { ...nodemonApp, Gemfile: 'gem "rails"\n' } },
  ],
  invalid: [
    {
      name: 'nodemon only in devDependencies, with package-lock.json marking it dev',
      code: 'web: nodemon server.js\n',
      files: nodemonApp,
      errors: warnings(13, {
        heroku:
          '`web` runs `nodemon`, but package.json lists `nodemon` only in devDependencies, and Heroku removes devDependencies after the build: ' +
          'the process fails with "command not found". Move `nodemon` to dependencies (and update `package-lock.json`), ' +
          'or start the app without the development tool: `node server.js`; Heroku keeps devDependencies only if the config var `NPM_CONFIG_PRODUCTION=false` is set.',
        dokku:
          /Dokku removes devDependencies after the build.* Dokku keeps devDependencies only if the config var `NPM_CONFIG_PRODUCTION=false` is set\.$/,
        'heroku-fir': /Heroku \(Fir\) removes devDependencies after the build.*only if project\.toml sets/,
        codecapsules:
          /Code Capsules removes devDependencies after the build.*Code Capsules keeps devDependencies only if the build sets `NODE_ENV`/,
      }),
    },
    {
      name: 'next start with pnpm: each platform names its own setting',
      code: 'web: next start -p $PORT\n',
      files: { 'package.json': devOnly('next'), 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n" },
      errors: warnings(10, {
        heroku: CONFIG_VAR('PNPM_SKIP_PRUNING=true'),
        dokku: CONFIG_VAR('PNPM_SKIP_PRUNING=true'),
        'heroku-fir': PROJECT_TOML,
        codecapsules: NODE_ENV,
      }),
    },
    {
      name: 'Yarn 1: Code Capsules keeps devDependencies without a gcp-build script',
      code: 'worker: ts-node src/worker.ts\n',
      files: { 'package.json': devOnly('ts-node'), 'yarn.lock': '# yarn lockfile v1\n\nts-node@^10:\n  version "10.9.2"\n' },
      errors: {
        heroku: [{ line: 1, column: 9, endLine: 1, endColumn: 16, message: CONFIG_VAR('YARN_PRODUCTION=false') }],
        dokku: [{ line: 1, column: 9, endLine: 1, endColumn: 16, message: /`node dist\/index\.js`; Dokku keeps/ }],
        'heroku-fir': [{ line: 1, column: 9, endLine: 1, endColumn: 16, message: PROJECT_TOML }],
        codecapsules: [],
      },
    },
    {
      name: 'Yarn 2+: YARN2_SKIP_PRUNING',
      code: 'web: nodemon server.js\n',
      files: { 'package.json': devOnly('nodemon'), 'yarn.lock': '__metadata:\n  version: 8\n' },
      errors: warnings(13, {
        heroku: CONFIG_VAR('YARN2_SKIP_PRUNING=true'),
        dokku: CONFIG_VAR('YARN2_SKIP_PRUNING=true'),
        'heroku-fir': PROJECT_TOML,
      }),
    },
    {
      name: "project.toml keeps devDependencies on Heroku Fir; Dokku's builds read .env",
      code: 'web: nodemon server.js\n',
      files: {
        ...nodemonApp,
        'project.toml': '[com.heroku.buildpacks.nodejs]\nactions.prune_dev_dependencies = false\n',
        '.env': '# build settings\nexport NPM_CONFIG_PRODUCTION="false"\n',
      },
      errors: warnings(13, { heroku: CONFIG_VAR('NPM_CONFIG_PRODUCTION=false'), codecapsules: NODE_ENV }),
    },
    {
      // A project.toml makes Dokku build with Cloud Native Buildpacks (dokku/dokku plugins/builder-pack/builder-detect).
      name: 'project.toml that keeps the pruning on: Heroku Fir prunes, Dokku builds with pack, not herokuish',
      code: 'web: nodemon server.js\n',
      files: {
        ...nodemonApp,
        'project.toml': '[com.heroku.buildpacks.nodejs]\nactions.prune_dev_dependencies = true\n',
        '.env': 'NODE_ENV=production\n',
      },
      errors: warnings(13, { heroku: CONFIG_VAR('NPM_CONFIG_PRODUCTION=false'), 'heroku-fir': PROJECT_TOML, codecapsules: NODE_ENV }),
    },
    {
      name: 'a .env that sets NODE_ENV=production keeps nothing',
      code: 'web: nodemon server.js\n',
      files: { ...nodemonApp, '.env': 'NODE_ENV=production\n' },
      errors: NODEMON_PRUNED,
    },
    ...besideOtherBuilders({ name: 'nodemon pruned', code: 'web: nodemon server.js\n', files: nodemonApp, errors: NODEMON_PRUNED }),
    {
      name: 'once per package, on its first line',
      code: 'web: nodemon server.js\nworker: nodemon worker.js\n',
      files: nodemonApp,
      errors: warnings(13, {
        heroku: /`web` runs `nodemon`/,
        dokku: /`web` runs `nodemon`/,
        'heroku-fir': /`web` runs `nodemon`/,
        codecapsules: /`web` runs `nodemon`/,
      }),
    },
  ],
});

/** A Gemfile.lock of `specs` (each gem with the gems it depends on) whose DEPENDENCIES are `top`. */
const gemLock = (specs: Record<string, string[]>, top: string[]) =>
  [
    'GEM',
    '  remote: https://rubygems.org/',
    '  specs:',
    ...Object.entries(specs).flatMap(([name, needs]) => [`    ${name} (1.0.0)`, ...needs.map((need) => `      ${need} (>= 0)`)]),
    '',
    'PLATFORMS',
    '  x86_64-linux',
    '',
    'DEPENDENCIES',
    ...top.map((name) => `  ${name}`),
    '',
    'BUNDLED WITH',
    '   2.5.22',
    '',
  ].join('\n');

const SINATRA_SPECS = {
  sinatra: ['rack'],
  rack: [],
  rerun: ['listen'],
  listen: [],
  foreman: ['thor'],
  thor: [],
  puma: ['nio4r'],
  nio4r: [],
};
const sinatraApp = (gemfile: string, top = ['sinatra', 'puma', 'rerun', 'foreman']) => ({
  Gemfile: `source "https://rubygems.org"\n\ngem "sinatra"\n${gemfile}`,
  'Gemfile.lock': gemLock(SINATRA_SPECS, top),
  'app.rb': 'require "sinatra"\n',
});
const DEV_RERUN = sinatraApp('gem "puma"\n\ngroup :development do\n  gem "rerun"\nend\n');

const BUNDLE_WITHOUT = /installs (?:that group|those groups) only if the config var `BUNDLE_WITHOUT` names only the groups to leave out/;
const GCP_CONFIG =
  /Google Cloud buildpacks leave them out with `bundle config --local without`, which no environment variable overrides \(unverified: Code Capsules names Google Cloud buildpacks only in its 2022 docs .*\)\.$/;
const rubyWarnings = (end: number, message: RegExp, column = 6) => ({
  heroku: [{ line: 1, column, endLine: 1, endColumn: end, severity: 'warning' as const, message }],
  dokku: [{ line: 1, column, endLine: 1, endColumn: end, severity: 'warning' as const, message }],
  'heroku-fir': [{ line: 1, column, endLine: 1, endColumn: end, severity: 'warning' as const, message }],
  codecapsules: [
    {
      line: 1,
      column,
      endLine: 1,
      endColumn: end,
      severity: 'warning' as const,
      message: message.source.includes('BUNDLE_WITHOUT') ? GCP_CONFIG : message,
    },
  ],
});

testRule(devDependencyPruned, {
  valid: [
    // In the default group, or in development and another group bundler installs.
    { code: 'web: bundle exec rerun -- rackup\n', files: sinatraApp('gem "rerun"\n') },
    { code: 'web: bundle exec rerun -- rackup\n', files: sinatraApp('gem "rerun", groups: [:development, :production]\n') },
    // A production gem depends on it: bundler installs it anyway.
    {
      code: 'web: bundle exec rerun -- rackup\n',
      files: { ...DEV_RERUN, 'Gemfile.lock': gemLock({ ...SINATRA_SPECS, puma: ['rerun'] }, ['sinatra', 'puma', 'rerun']) },
    },
    // Without Gemfile.lock (the build fails first), or with a Gemfile the reader cannot follow: nothing is certain.
    { code: 'web: bundle exec rerun -- rackup\n', files: { ...DEV_RERUN, 'Gemfile.lock': '' } },
    { code: 'web: bundle exec rerun -- rackup\n', files: { ...DEV_RERUN, Gemfile: `eval_gemfile "Gemfile.local"\n${DEV_RERUN.Gemfile}` } },
    {
      code: 'web: bundle exec rerun -- rackup\n',
      files: { ...DEV_RERUN, Gemfile: 'group ENV.fetch("DEV_GROUP", "development").to_sym do\n  gem "rerun"\nend\n' },
    },
    // A .bundle/config in the repository can set the groups (Google's builder deletes it, which the next case shows).
    // Ruby's own executables, a gem another folder's Gemfile declares, and another Gemfile named for the command.
    { code: 'web: bundle exec rake jobs:work\n', files: sinatraApp('group :development do\n  gem "rake"\nend\n') },
    { code: 'web: cd admin && bundle exec rerun -- rackup\n', files: DEV_RERUN },
    { code: 'web: BUNDLE_GEMFILE=Gemfile.dev bundle exec rerun -- rackup\n', files: DEV_RERUN },
    // bin/rails is Rails' own script, not a bundler binstub.
    { code: 'web: bin/rails server\n', files: { ...DEV_RERUN, 'bin/rails': '#!/usr/bin/env ruby\nrequire_relative "../config/boot"\n' } },
  ],
  invalid: [
    {
      name: 'bundle exec rerun, with rerun only in the development group',
      code: 'web: bundle exec rerun -- rackup\n',
      files: DEV_RERUN,
      errors: {
        ...rubyWarnings(23, BUNDLE_WITHOUT, 18),
        heroku: [
          {
            line: 1,
            column: 18,
            endLine: 1,
            endColumn: 23,
            severity: 'warning',
            message:
              '`web` runs `rerun`, but `Gemfile` declares the gem `rerun` only in the `development` group, and Heroku installs the bundle without ' +
              '`development` and `test` (nor does `Gemfile.lock` show another gem that needs it): the process fails with `bundler: command not found: rerun`. ' +
              'Move `gem "rerun"` out of the group in `Gemfile` and run `bundle install`; Heroku installs that group only if the config var `BUNDLE_WITHOUT` ' +
              'names only the groups to leave out (`BUNDLE_WITHOUT=test` installs `development`).',
          },
        ],
      },
    },
    {
      name: 'each way of naming the groups, and rack that only a development gem needs',
      code: 'web: bundle exec rackup -p $PORT\nworker: bundle exec foreman start\nclock: guard\n',
      files: {
        Gemfile:
          'gem "puma"\ngem "rack", group: :test\ngem "foreman", :group => "development"\ngem "guard", groups: %i[development test]\n',
        'Gemfile.lock': gemLock({ puma: [], rack: [], foreman: [], guard: ['rack'] }, ['puma', 'rack', 'foreman', 'guard']),
      },
      errors: Object.fromEntries(
        (['heroku', 'dokku', 'heroku-fir', 'codecapsules'] as const).map((platform) => [
          platform,
          [
            {
              line: 1,
              column: 18,
              endLine: 1,
              endColumn: 24,
              message: /^`web` runs `rackup`, but `Gemfile` declares the gem `rack` only in the `test` group/,
            },
            { line: 2, column: 21, endLine: 2, endColumn: 28, message: /^`worker` runs `foreman`.* `bundler: command not found: foreman`/ },
            {
              line: 3,
              column: 8,
              endLine: 3,
              endColumn: 13,
              message: /^`clock` runs `guard`, .* only in the `development` and `test` groups,.* fails with `guard: command not found`/,
            },
          ],
        ]),
      ),
    },
    {
      name: 'a .bundle/config is read by Heroku and Dokku, deleted by Google Cloud buildpacks',
      code: 'web: bundle exec rerun -- rackup\n',
      files: { ...DEV_RERUN, '.bundle/config': '---\nBUNDLE_WITHOUT: "test"\n' },
      errors: {
        codecapsules: [{ line: 1, column: 18, endLine: 1, endColumn: 23, message: GCP_CONFIG }],
        heroku: [],
        'heroku-fir': [],
        dokku: [],
      },
    },
    {
      name: "Dokku's build reads BUNDLE_WITHOUT from .env",
      code: 'web: bundle exec rerun -- rackup\n',
      files: { ...DEV_RERUN, '.env': 'export BUNDLE_WITHOUT="test"\n' },
      errors: { ...rubyWarnings(23, BUNDLE_WITHOUT, 18), dokku: [] },
    },
    {
      name: 'a .env that still leaves out both groups keeps nothing',
      code: 'web: bundle exec rerun -- rackup\n',
      files: { ...DEV_RERUN, '.env': 'BUNDLE_WITHOUT=development:test:staging\n' },
      errors: rubyWarnings(23, BUNDLE_WITHOUT, 18),
    },
    {
      name: 'a bundler binstub, in a script the Procfile runs',
      code: 'web: sh bin/start.sh\n',
      files: {
        ...DEV_RERUN,
        'bin/start.sh': '#!/bin/sh\nset -e\nexec bin/rerun -- rackup -p "$PORT"\n',
        'bin/rerun': '#!/usr/bin/env ruby\nrequire "bundler/setup"\nload Gem.bin_path("rerun", "rerun")\n',
      },
      errors: Object.fromEntries(
        (['heroku', 'dokku', 'heroku-fir', 'codecapsules'] as const).map((platform) => [
          platform,
          [
            {
              file: 'bin/start.sh',
              line: 3,
              column: 6,
              endLine: 3,
              endColumn: 15,
              message:
                /^`web` runs `rerun` \(in `bin\/start\.sh`\), .* fails with `rerun is not currently included in the bundle` \(a Gem::Exception\)/,
            },
          ],
        ]),
      ),
    },
  ],
});
