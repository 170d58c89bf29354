/**
 * Which Ruby versions each builder family installs. Heroku's Ruby buildpacks (classic and CNB) download prebuilt
 * Rubies from one bucket (heroku/buildpacks-ruby src/layers/ruby_install_layer.rs `download_url`), whose list is
 * not in their source: the classic buildpack announces each build in CHANGELOG.md ("Ruby 3.4.9 is now available"),
 * and that is the row's list. Refreshed with `node scripts/refresh-runtime-tables.mjs` (docs/runtime-tables.md).
 */
import type { BuilderFamily } from '../families.js';

export interface RubyTable {
  source: string;
  /** The date of that source: Rubies released after it are unknown to the row. */
  checked: string;
  /**
   * The oldest `N.N` still installed, and why; `null` where the builder's source does not say. `anyStack`: no stack
   * the builder runs on has an older one (else an app on an old stack, or an old buildpack, may still get it).
   */
  oldest: { minor: string; why: string; anyStack?: true } | null;
  /** The latest patch announced for each `N.N`, newest first; empty where the list is fetched at build time. */
  latest: Readonly<Record<string, string>>;
}

/**
 * heroku/heroku-buildpack-ruby CHANGELOG.md @ 0c80c93dc4fb (2026-07-20): v308 "Removed support for Ubuntu 20.04 ...
 * This includes removing support for Ruby < 3.1", and v316 errors on the heroku-20 stack, the last that had them.
 */
const HEROKU_CLASSIC: RubyTable = {
  source: 'heroku/heroku-buildpack-ruby CHANGELOG.md @ 0c80c93dc4fb',
  checked: '2026-07-20',
  oldest: { minor: '3.1', why: 'support for Ruby < 3.1 was removed with the heroku-20 stack (v308)' },
  latest: { '4.0': '4.0.5', '3.4': '3.4.9', '3.3': '3.3.11', '3.2': '3.2.11', '3.1': '3.1.7', '3.0': '3.0.7', '2.7': '2.7.8' },
};

export const RUBY_TABLES: Readonly<Record<BuilderFamily, RubyTable>> = {
  'heroku-classic': HEROKU_CLASSIC,
  /** gliderlabs/herokuish buildpacks/buildpack-ruby/buildpack-version @ fbc485e2de50 bundles v361 (2026-06-11). */
  herokuish: {
    ...HEROKU_CLASSIC,
    source: 'heroku/heroku-buildpack-ruby CHANGELOG.md @ v361, bundled by gliderlabs/herokuish @ fbc485e2de50',
    checked: '2026-06-11',
  },
  /**
   * heroku/buildpacks-ruby @ 98e80c0ee1c0 (2026-08-19): the same bucket as the classic buildpack, and
   * buildpacks/ruby/CHANGELOG.md "Removed support for Ubuntu 20.04" (builder-22 and later have Ruby 3.1 and newer).
   */
  'heroku-cnb': {
    ...HEROKU_CLASSIC,
    oldest: { minor: '3.1', why: 'no builder of Heroku Fir (builder-22 and later) has a Ruby older than 3.1', anyStack: true },
    source: 'heroku/buildpacks-ruby src/layers/ruby_install_layer.rs @ 98e80c0ee1c0, versions from heroku/heroku-buildpack-ruby CHANGELOG.md @ 0c80c93dc4fb',
  },
  /**
   * GoogleCloudPlatform/buildpacks pkg/runtime/install.go @ 21f28de8c499 `ResolveVersion`: the versions are fetched at
   * build time (`runtimeVersionsURL`), so which exist is unknown here; pkg/ruby/ruby.go defaults to `3.4.*`.
   */
  gcp: {
    source: 'GoogleCloudPlatform/buildpacks pkg/ruby/ruby.go @ 21f28de8c499',
    checked: '2026-08-22',
    oldest: null,
    latest: {},
  },
};
