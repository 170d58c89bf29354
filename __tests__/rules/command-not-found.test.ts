import { commandNotFound } from '../../src/rules/command-not-found.js';
import { besideOtherBuilders } from '../helpers/builders.js';
import { testRule } from '../helpers/rule-tester.js';
import { goGettingStarted } from '../helpers/go-apps.js';

const gettingStarted = goGettingStarted;
/** Two commands under cmd/: Heroku installs both (bin/compile `go list ./...`), GCP builds one binary named main. */
const shop = {
  'go.mod': 'module example.com/shop\n\n// +heroku install ./cmd/web\n',
  'cmd/web/main.go': 'package main\n',
  'cmd/worker/main.go': 'package main\n',
};
/** Code Capsules serves PHP with nginx and php-fpm (GoogleCloudPlatform/buildpacks cmd/php/webconfig). */
const noHerokuPhp =
  '`web` runs `vendor/bin/heroku-php-apache2`, which Code Capsules\'s build does not install: the PHP buildpack serves the app with nginx and php-fpm itself; heroku-php-* come only with Heroku\'s PHP buildpack, so the process fails with "command not found". The buildpack adds its nginx and php-fpm `web` process only when there is no Procfile: delete the Procfile if this is its only line, or start another server.';
const gcpMain =
  /^`web` runs `go-getting-started`, which Code Capsules's build does not install: its Go build names the binary `main` whatever the module is called, so the process fails with "command not found"\. Write `main` instead\.$/;

/** `web: ./go-getting-started`: the binary is elsewhere, or named otherwise, on every platform. */
const DOT_SLASH_GO = {
  codecapsules: [{ line: 1, column: 6, endLine: 1, endColumn: 26, message: /names the binary `main`/ }],
  heroku: [
    {
      line: 1,
      column: 6,
      endLine: 1,
      endColumn: 26,
      message: /installs `go-getting-started` into `bin\/` \(on `PATH`\).*Write `bin\/go-getting-started` instead\.$/,
    },
  ],
  dokku: [{ line: 1, column: 6, endLine: 1, endColumn: 26, message: /Write `bin\/go-getting-started` instead\.$/ }],
  'heroku-fir': [{ line: 1, column: 6, endLine: 1, endColumn: 26, message: /Write `go-getting-started` instead\.$/ }],
};

testRule(commandNotFound, {
  valid: [
    // No app files: nothing is known of the build.
    'web: go-getting-started\n',
    // Not a Go app, or a name no Go package would get.
    { code: 'web: go-getting-started\n', files: { 'package.json': '{}' } },
    { code: 'web: bash start.sh\n', files: gettingStarted },
    // Committed to the repository.
    { code: 'web: bin/go-getting-started\n', files: { ...gettingStarted, 'bin/go-getting-started': '' } },
    { code: 'web: vendor/bin/heroku-php-apache2 public/\n', files: { 'composer.json': '{}', 'vendor/bin/heroku-php-apache2': '' } },
  ],
  invalid: [
    {
      code: 'web: go-getting-started\n',
      files: gettingStarted,
      errors: {
        codecapsules: [{ line: 1, column: 6, endLine: 1, endColumn: 24, message: gcpMain }],
        heroku: [],
        'heroku-fir': [],
        dokku: [],
      },
    },
    {
      name: 'bin/<name> is classic Heroku: Fir installs into a layer (buildpacks-go src/layers/target.rs)',
      code: 'web: bin/go-getting-started\n',
      files: gettingStarted,
      errors: {
        codecapsules: [{ line: 1, column: 6, endLine: 1, endColumn: 28, message: /names the binary `main`.*"No such file or directory"/ }],
        heroku: [],
        dokku: [],
        'heroku-fir': [
          {
            line: 1,
            column: 6,
            endLine: 1,
            endColumn: 28,
            message:
              '`web` runs `bin/go-getting-started`, but Heroku (Fir)\'s Go build installs `go-getting-started` into a directory on `PATH` outside the app, so the process fails with "No such file or directory". Write `go-getting-started` instead.',
          },
        ],
      },
    },
    {
      name: 'a binary the install line leaves out: a warning where GO_INSTALL_PACKAGE_SPEC may add it',
      code: 'web: bin/web\nworker: bin/worker\n',
      files: shop,
      errors: {
        codecapsules: [
          { line: 1, column: 6, endLine: 1, endColumn: 13, message: /names the binary `main`/ },
          { line: 2, column: 9, endLine: 2, endColumn: 19, message: /names the binary `main`/ },
        ],
        heroku: [
          {
            line: 2,
            column: 9,
            endLine: 2,
            endColumn: 19,
            severity: 'warning',
            message:
              '`worker` runs `bin/worker`, but Heroku\'s Go build installs only `web` (from go.mod\'s `// +heroku install` line), unless the `GO_INSTALL_PACKAGE_SPEC` setting names other packages, so the process fails with "No such file or directory". Run the binary of a package it builds, or list the package on a `// +heroku install` line in go.mod.',
          },
        ],
        dokku: [
          {
            line: 2,
            column: 9,
            endLine: 2,
            endColumn: 19,
            severity: 'warning',
            message: /^`worker` runs `bin\/worker`, but Dokku's Go build installs only `web`/,
          },
        ],
        'heroku-fir': [
          {
            line: 1,
            column: 6,
            endLine: 1,
            endColumn: 13,
            message: /installs `web` into a directory on `PATH` outside the app.*Write `web` instead/,
          },
          {
            line: 2,
            column: 9,
            endLine: 2,
            endColumn: 19,
            message:
              /^`worker` runs `bin\/worker`, but Heroku \(Fir\)'s Go build installs only `web` \(from go.mod's `\/\/ \+heroku install` line\), so/,
          },
        ],
      },
    },
    {
      code: 'web: ./go-getting-started\n',
      files: gettingStarted,
      errors: DOT_SLASH_GO,
    },
    ...besideOtherBuilders({
      name: 'web: ./go-getting-started',
      code: 'web: ./go-getting-started\n',
      files: gettingStarted,
      errors: DOT_SLASH_GO,
    }),
    {
      name: 'heroku-php-apache2 on Code Capsules: an error',
      code: 'web: vendor/bin/heroku-php-apache2 public/\n',
      files: { 'composer.json': '{}' },
      errors: {
        codecapsules: [{ line: 1, column: 6, endLine: 1, endColumn: 35, message: noHerokuPhp }],
        heroku: [],
        'heroku-fir': [],
        dokku: [],
      },
    },
    {
      name: 'heroku-php-apache2 on Code Capsules: a warning when composer.json requires the package that brings it',
      code: 'web: vendor/bin/heroku-php-apache2 public/\n',
      files: { 'composer.json': '{"require":{"heroku/heroku-buildpack-php":"*"}}' },
      errors: {
        codecapsules: [{ line: 1, column: 6, endLine: 1, endColumn: 35, severity: 'warning', message: noHerokuPhp }],
        heroku: [],
        'heroku-fir': [],
        dokku: [],
      },
    },
  ],
});
