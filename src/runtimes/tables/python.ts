/**
 * Which Python versions each builder family installs, and from which files. Refreshed with
 * `node scripts/refresh-runtime-tables.mjs` (see docs/runtime-tables.md); each row names its source and when it was read.
 */
import type { BuilderFamily } from '../families.js';
import type { PinSource } from '../pins.js';

export interface PythonTable {
  /** Where the row comes from: repository, path and commit. */
  source: string;
  /** The date of that commit: versions released after it are unknown to the row. */
  checked: string;
  /** The files read, highest precedence first. */
  reads: readonly PinSource[];
  /** Files that make the build fail whatever they hold (the Python CNB refuses `runtime.txt`). */
  refuses: readonly PinSource[];
  /** Files that are read but deprecated, with what replaces them. */
  deprecated: Readonly<Partial<Record<PinSource, string>>>;
  /** What a version must look like (in `runtime.txt`, after `python-`); `null` where any constraint is passed on. */
  format: RegExp | null;
  /** The oldest and newest `3.N` installed; `null` where the list is not in the builder's source. */
  minors: { oldest: number; newest: number } | null;
  /** Latest patch release of each supported `3.N`: what a `3.N` pin installs. */
  latest: Readonly<Record<string, string>>;
  /** Majors that still build but whose support ends, with the date. */
  sunset: Readonly<Record<string, string>>;
  /** With uv (a `uv.lock`), a `.python-version` is required and `runtime.txt` refused. */
  uvNeedsPythonVersionFile: boolean;
  /** What is installed when nothing is pinned. */
  fallback: string;
  /** Settings that win over every file, so a problem in the files is certain only when they are unset. */
  settings: string | null;
}

/**
 * heroku/heroku-buildpack-python lib/python_version.sh @ b4e7e721dc39 (v351, 2026-08-18): precedence runtime.txt
 * (deprecated), .python-version, Pipfile.lock (only with Pipenv); `python-N.N(.N)` in runtime.txt, `N.N(.N)` elsewhere
 * (`INT_REGEX` forbids leading zeros, so `python-3.12.x` or `3.12.*` fail); 3.10 to 3.14; 3.10 deprecated
 * (`warn_if_deprecated_major_version`); uv needs .python-version and refuses runtime.txt
 * (`warn_or_error_if_python_version_file_missing`).
 */
const HEROKU_CLASSIC: PythonTable = {
  source: 'heroku/heroku-buildpack-python lib/python_version.sh @ b4e7e721dc39 (v351)',
  checked: '2026-08-18',
  reads: ['runtime-txt', 'python-version', 'pipfile-lock'],
  refuses: [],
  deprecated: { 'runtime-txt': '.python-version' },
  format: /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?$/,
  minors: { oldest: 10, newest: 14 },
  latest: { '3.10': '3.10.21', '3.11': '3.11.16', '3.12': '3.12.14', '3.13': '3.13.15', '3.14': '3.14.7' },
  sunset: { '3.10': 'support is removed on 2027-01-06' },
  uvNeedsPythonVersionFile: true,
  fallback: '3.14 (the buildpack default; later builds stick to the cached major)',
  settings: null,
};

export const PYTHON_TABLES: Readonly<Record<BuilderFamily, PythonTable>> = {
  'heroku-classic': HEROKU_CLASSIC,
  /**
   * heroku/buildpacks-python src/python_version.rs @ f81d0dc19ec3 (2026-08-06): a runtime.txt is an error
   * (`RuntimeTxtNotSupported`), only .python-version is read (src/python_version_file.rs), uv needs it
   * (`PythonVersionFileRequiredWithUv`), 3.10 to 3.14, default 3.14.
   */
  'heroku-cnb': {
    source: 'heroku/buildpacks-python src/python_version.rs @ f81d0dc19ec3',
    checked: '2026-08-06',
    reads: ['python-version'],
    refuses: ['runtime-txt'],
    deprecated: {},
    // `split('.').map(str::parse::<u16>)` in src/python_version_file.rs: leading zeros pass.
    format: /^[0-9]{1,5}\.[0-9]{1,5}(\.[0-9]{1,5})?$/,
    minors: { oldest: 10, newest: 14 },
    latest: { '3.10': '3.10.20', '3.11': '3.11.15', '3.12': '3.12.13', '3.13': '3.13.15', '3.14': '3.14.7' },
    sunset: {},
    uvNeedsPythonVersionFile: true,
    fallback: '3.14 (the buildpack default)',
    settings: null,
  },
  /**
   * gliderlabs/herokuish buildpacks/buildpack-python/buildpack-version @ fbc485e2de50 (2026-08-06) bundles
   * heroku-buildpack-python v349 (lib/python_version.sh @ 92d37d93ddd2, 2026-08-05): the classic rules, older patches.
   */
  herokuish: {
    ...HEROKU_CLASSIC,
    source: 'heroku/heroku-buildpack-python lib/python_version.sh @ v349, bundled by gliderlabs/herokuish @ fbc485e2de50',
    checked: '2026-08-05',
    latest: { '3.10': '3.10.20', '3.11': '3.11.15', '3.12': '3.12.13', '3.13': '3.13.15', '3.14': '3.14.7' },
  },
  /**
   * GoogleCloudPlatform/buildpacks pkg/python/python.go @ 21f28de8c499 (2026-08-22) `RuntimeVersion`: the
   * GOOGLE_PYTHON_VERSION / GOOGLE_RUNTIME_VERSION settings first (invisible to a linter), then .python-version
   * (trimmed; an empty one is a user error), else the latest for the stack (`latestPythonVersionPerStack`: 3.13.* on
   * ubuntu2204, 3.14.* on ubuntu2404). The pin is a semver constraint resolved against a version list fetched at
   * build time (pkg/runtime/install.go `runtimeVersionsURL`), not in the source: which versions exist is unknown here.
   */
  gcp: {
    source: 'GoogleCloudPlatform/buildpacks pkg/python/python.go @ 21f28de8c499',
    checked: '2026-08-22',
    reads: ['python-version'],
    refuses: [],
    deprecated: {},
    format: null,
    minors: null,
    latest: {},
    sunset: {},
    uvNeedsPythonVersionFile: false,
    fallback: 'the latest Python of the builder\'s stack (3.13 on google-22, 3.14 on google-24)',
    settings: '`GOOGLE_PYTHON_VERSION` or `GOOGLE_RUNTIME_VERSION`',
  },
};
