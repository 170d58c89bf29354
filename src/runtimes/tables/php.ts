/**
 * Which PHP versions Heroku's PHP buildpacks install. Both (heroku/heroku-buildpack-php and heroku/buildpacks-php)
 * resolve composer.lock's platform requirement against Heroku's platform repository, fetched at build time; the
 * row is what the classic buildpack's source says it builds: one formula per `8.N` in support/build/packages
 * (the latest patch; earlier patches stay in the repository) and the default range of bin/compile.
 * Refreshed with `node scripts/refresh-runtime-tables.mjs` (docs/runtime-tables.md).
 */
export const PHP_TABLE = {
  source: 'heroku/heroku-buildpack-php support/build/packages, bin/compile @ ff95c90e7024',
  checked: '2026-07-21',
  /** The latest patch of each `8.N` built for the current stacks, newest first. */
  latest: '8.5.8 8.4.23 8.3.32 8.2.32 8.1.34',
  /** bin/compile `HEROKU_PHP_DEFAULT_RUNTIME_VERSION`: what an app that requires no PHP gets. */
  defaultRange: '^8.1.0 <8.6',
};
