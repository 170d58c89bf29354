import { devDependencyPruned } from '../../src/rules/dev-dependency-pruned.js';
import { PLATFORMS, type PlatformId } from '../../src/platforms/index.js';
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
      name: 'a .env that sets NODE_ENV=production keeps nothing',
      code: 'web: nodemon server.js\n',
      files: {
        ...nodemonApp,
        'project.toml': '[com.heroku.buildpacks.nodejs]\nactions.prune_dev_dependencies = true\n',
        '.env': 'NODE_ENV=production\n',
      },
      errors: warnings(13, {
        heroku: CONFIG_VAR('NPM_CONFIG_PRODUCTION=false'),
        dokku: CONFIG_VAR('NPM_CONFIG_PRODUCTION=false'),
        'heroku-fir': PROJECT_TOML,
        codecapsules: NODE_ENV,
      }),
    },
    {
      name: 'a Dockerfile: Code Capsules and Dokku build the image, Heroku still builds with buildpacks',
      code: 'web: nodemon server.js\n',
      files: { ...nodemonApp, Dockerfile: 'FROM node:22\n' },
      errors: warnings(13, { heroku: CONFIG_VAR('NPM_CONFIG_PRODUCTION=false'), 'heroku-fir': PROJECT_TOML }),
    },
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
