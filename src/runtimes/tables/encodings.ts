/**
 * The version files each builder family reads as raw bytes, so that a UTF-8 byte order mark or UTF-16 (as Windows
 * editors and PowerShell's `>` write them) fails the build where procfile-lint, decoding them, reads the version
 * fine. A file missing here is decoded by its builder, or not read at all (`.nvmrc`, `.node-version`): its version
 * is read as written.
 */
import type { Language } from '../../engine/languages.js';
import type { BuilderFamily } from '../families.js';
import type { PinSource } from '../pins.js';

export interface EncodingRow {
  source: PinSource;
  /** What the builder does with such a file, completing "<builder> ...". */
  fails: string;
  /** Repository, path and commit the row rests on. */
  citation: string;
}

type Rows = Readonly<Partial<Record<Language, readonly EncodingRow[]>>>;

/**
 * heroku/heroku-buildpack-python lib/python_version.sh @ b4e7e721dc39 (v351): `read_trimmed_version_lines` trims
 * `[[:space:]]` with sed (a BOM is not a space, UTF-16 has a NUL in every other byte), so the version no longer
 * matches `PYTHON_VERSION_REGEX`; `parse_python_version_file` then runs `file` and stops with "Unable to read
 * .python-version" for any encoding but ASCII/UTF-8, and `parse_runtime_txt` with "Invalid Python version in runtime.txt".
 * The encoding check exists since cde4b675 (2025-11-12), so also in v349, which herokuish bundles.
 */
const HEROKU_CLASSIC_PYTHON: readonly EncodingRow[] = [
  {
    source: 'python-version',
    fails: 'stops with "Unable to read .python-version" (an unsupported text encoding)',
    citation: 'heroku/heroku-buildpack-python lib/python_version.sh @ b4e7e721dc39 `parse_python_version_file`',
  },
  {
    source: 'runtime-txt',
    fails: 'reads the byte order mark as part of the version and stops with "Invalid Python version in runtime.txt"',
    citation: 'heroku/heroku-buildpack-python lib/python_version.sh @ b4e7e721dc39 `parse_runtime_txt`',
  },
];

export const UNREADABLE_ENCODINGS: Readonly<Record<BuilderFamily, Rows>> = {
  'heroku-classic': { python: HEROKU_CLASSIC_PYTHON },
  herokuish: { python: HEROKU_CLASSIC_PYTHON },
  'heroku-cnb': {
    // heroku/buildpacks-python @ f81d0dc19ec3: src/utils.rs `read_optional_file` is `fs::read_to_string` (UTF-16's
    // FF FE is not UTF-8: the read fails), and src/python_version_file.rs `parse` trims with `str::trim`, which keeps
    // U+FEFF, then refuses the version ("Invalid Python version in .python-version").
    python: [
      {
        source: 'python-version',
        fails: 'stops with "Invalid Python version in .python-version" (it keeps the byte order mark; a UTF-16 file cannot be read as UTF-8)',
        citation: 'heroku/buildpacks-python src/python_version_file.rs, src/utils.rs @ f81d0dc19ec3',
      },
    ],
  },
  gcp: {
    // GoogleCloudPlatform/buildpacks @ 21f28de8c499: pkg/python/python.go `versionFromFile` is `strings.TrimSpace`
    // of the bytes (U+FEFF is not a space in Go), and pkg/runtime/install.go `ResolveVersion` then finds no version
    // for that constraint.
    python: [
      {
        source: 'python-version',
        fails: 'keeps the byte order mark as part of the version, which matches no Python version, and the build fails',
        citation: 'GoogleCloudPlatform/buildpacks pkg/python/python.go `versionFromFile` @ 21f28de8c499',
      },
    ],
    // pkg/ruby/ruby.go `getVersionFromRubyVersion` returns the file's bytes as they are (not even trimmed): with a
    // BOM they match neither Gemfile.lock ("There is a conflict between the Ruby version ...") nor any Ruby version.
    ruby: [
      {
        source: 'ruby-version',
        fails: 'takes the byte order mark as part of the version, which matches no Ruby version (nor Gemfile.lock), and the build fails',
        citation: 'GoogleCloudPlatform/buildpacks pkg/ruby/ruby.go `getVersionFromRubyVersion` @ 21f28de8c499',
      },
    ],
  },
};
