import {
  dnsLabel,
  heroku,
  HEROKU_CLASSIC_GROUPS,
  HEROKU_CLASSIC_RUNTIME,
  HEROKU_PROCESS_TYPES,
  herokuClassicDevDependencies,
  herokuGemGroups,
} from './heroku.js';
import type { PlatformProfile } from './profile.js';

const HEROKUISH = 'gliderlabs/herokuish@fbc485e2';

/**
 * Dokku: Heroku's classic buildpacks through herokuish for the build and the start, dokku/procfile-util for the
 * Procfile. Dokku runs `procfile-util` without `--strict` (dokku/dokku plugins/ps; procfile-util commands/flags.go),
 * so names are `[A-Za-z0-9_-]+`. herokuish starts a process with `exec $(eval echo "$cmd")`
 * (include/procfile.bash procfile-exec), not `bash -c`.
 */
export const dokku: PlatformProfile = {
  ...heroku,
  id: 'dokku',
  name: 'Dokku',
  parser: 'dokku',
  builder: { name: "herokuish (Heroku's classic buildpacks)", unverified: null, source: `${HEROKUISH} include/buildpack.bash` },
  groups: HEROKU_CLASSIC_GROUPS,
  processTypeName: {
    isValid: (name) => /^[A-Za-z0-9_-]+$/.test(name) && name.length <= 63,
    rule: 'use only ASCII letters, digits, `_` and `-`, at most 63 characters (procfile-util without --strict)',
    key: (name) => name,
    suggest: dnsLabel,
  },
  execution: {
    kind: 'herokuish-exec',
    label: 'herokuish\'s `exec $(eval echo "$cmd")`',
    source: `${HEROKUISH} include/procfile.bash (procfile-exec)`,
  },
  port: {
    variable: 'PORT',
    random: false,
    defaultValue: 5000,
    setting: 'the `PORT` config (`dokku config:set`) or the port mapping (`dokku ports`)',
    source: 'dokku/dokku docs/networking/port-management.md',
  },
  runtime: {
    ...HEROKU_CLASSIC_RUNTIME,
    // herokuish pins heroku-buildpack-nodejs v361 (buildpacks/buildpack-nodejs/buildpack-version), whose pruning is
    // that of Heroku's, and exports the variables of the app's root `.env` before bin/compile (include/buildpack.bash,
    // "Buildstep backwards compatibility").
    devDependencies: herokuClassicDevDependencies(
      `heroku/heroku-buildpack-nodejs@63a01191 (v361, ${HEROKUISH} buildpacks/buildpack-nodejs/buildpack-version)`,
      { kind: 'env', file: '.env' },
    ),
    // herokuish pins heroku-buildpack-ruby v361 (buildpacks/buildpack-ruby/buildpack-version), whose
    // lib/language_pack/ruby.rb reads `ENV["BUNDLE_WITHOUT"]` first: a `.env` that herokuish exports sets it.
    gemGroups: herokuGemGroups(
      `heroku/heroku-buildpack-ruby@dfaca9ac (v361, ${HEROKUISH} buildpacks/buildpack-ruby/buildpack-version) bin/support/ruby_compile.rb, lib/language_pack/ruby.rb`,
      { kind: 'env', file: '.env' },
    ),
  },
  // herokuish include/procfile.bash `procfile-types` takes the app's Procfile alone when there is one (the buildpack's
  // default_process_types only without one). dokku plugins/ps/triggers.go TriggerPostCreate scales `web=1` only,
  // plugins/ps/functions.go updateScale adds every other type at 0, and plugins/scheduler-docker-local/scheduler-deploy
  // skips web "as it is missing from the current Procfile": nothing runs until `dokku ps:scale` (or app.json `formation`).
  withoutWeb: {
    scale: (type, count) => `dokku ps:scale <app> ${type}=${count}`,
    othersWaitForScale: true,
    buildpackWeb: 'none',
    buildpackWebStarts: true,
    caseSensitive: true,
    source: `${HEROKUISH} include/procfile.bash; dokku/dokku plugins/ps/triggers.go, plugins/ps/functions.go, plugins/scheduler-docker-local/scheduler-deploy`,
  },
  processTypes: { ...HEROKU_PROCESS_TYPES, source: 'dokku/dokku docs/advanced-usage/deployment-tasks.md' },
  dockerfileStartsApp: true,
  // Dokku takes the first builder whose builder-detect answers (plugins/git/functions `git_trigger_build`, in plugin
  // order, after a `dokku builder:set <app> selected` setting), else herokuish. plugins/builder-dockerfile/builder-detect
  // picks the Dockerfile builder for a root Dockerfile unless herokuish's or pack's builder-detect answers first;
  // plugins/builder-herokuish/builder-detect answers for a `.buildpacks` file, for `.env` holding BUILDPACK_URL
  // anywhere (`grep -q`), or for the app's BUILDPACK_URL config. Without a Dockerfile, lambda.yml, nixpacks.toml,
  // project.toml and railpack.json bring in builders of their own (plugins/builder-*/builder-detect), unless herokuish
  // answers first. Dokku reads no heroku.yml.
  otherBuilders: [
    {
      files: ['Dockerfile', 'project.toml', 'lambda.yml', 'nixpacks.toml', 'railpack.json'],
      setting: null,
      instead: "Dokku builds the app with the builder that file asks for (the Dockerfile, `pack`'s Cloud Native Buildpacks, ...)",
      unless: { files: ['.buildpacks'], dotenv: 'BUILDPACK_URL' },
      source:
        'dokku/dokku@33896f5d plugins/builder-dockerfile/builder-detect, plugins/builder-herokuish/builder-detect and functions, plugins/builder-pack/builder-detect, plugins/git/functions',
    },
  ],
  extraLanguage: 'list both buildpacks in a `.buildpacks` file',
};
