import { runtimePinsDisagree } from '../../src/rules/runtime-pins-disagree.js';
import { besideOtherBuilders } from '../helpers/builders.js';
import { finding, onHerokuFamily, perPlatform, says } from '../helpers/runtime-findings.js';
import { testRule, type ProcfileCase } from '../helpers/rule-tester.js';

const BOM = '\uFEFF';
const UNVERIFIED = ' (Unverified: Code Capsules is assumed to build with Google Cloud buildpacks (domain.md, section 1).)';

const PYTHON_APP = { 'requirements.txt': 'gunicorn\n', 'app.py': '' };
const python = (name: string, files: Record<string, string>): ProcfileCase => ({
  name,
  code: 'web: gunicorn app:app\n',
  files: { ...PYTHON_APP, ...files },
});
const PYPROJECT = '[project]\nname = "app"\nrequires-python = ">=3.13"\n';

const GEMFILE_LOCK = 'GEM\n\nRUBY VERSION\n   ruby 3.2.2p53\n';
const ruby = (name: string, files: Record<string, string>): ProcfileCase => ({
  name,
  code: 'web: bundle exec puma\n',
  files: { Gemfile: 'source "https://rubygems.org"\n', 'config.ru': '', ...files },
});
/** Google Cloud compares .ruby-version's bytes with the lockfile's version (pkg/ruby/ruby.go `DetectVersion`). */
const gcpRubyConflict = (what: string) =>
  finding(
    'warning',
    '.ruby-version',
    [1, 1, 6],
    says(
      `\`.ruby-version\` ${what}: the build fails ("There is a conflict between the Ruby version ...", source: GoogleCloudPlatform/buildpacks pkg/ruby/ruby.go @ 21f28de8c499). Delete \`.ruby-version\` (the lockfile already pins the version), or write exactly \`3.2.2\` in it, with no line break.${UNVERIFIED}`,
    ),
  );
const rubyVersionUnread = (installs: string) =>
  finding(
    'notice',
    '.ruby-version',
    [1, 1, 6],
    says(
      `{Ruby} does not read \`.ruby-version\` (\`3.3.0\`); it installs ${installs}. Other tools read it, so make the pins agree or set it in the Gemfile and run \`bundle update --ruby\`, which writes it to \`Gemfile.lock\`.`,
    ),
  );

const gemfileRubyStops = (severity: 'error' | 'warning', suffix: string) =>
  finding(
    severity,
    'Gemfile',
    [2, 7, 12],
    says(
      `\`3.3.6\` in \`ruby\` in Gemfile is not the Ruby {Ruby} installs (\`3.2.2p53\` from \`RUBY VERSION\` in Gemfile.lock), so \`bundle install\` stops the build: "Your Ruby version is 3.2.2, but your Gemfile specified 3.3.6". Put the Ruby you want in the Gemfile and run \`bundle update --ruby\`, so that \`RUBY VERSION\` in Gemfile.lock says the same.${suffix}`,
    ),
  );

const CLASSIC_DEFAULT_RUBY = 'Ruby 3.3.9 (the buildpack default; later builds keep the cached version)';
const herokuIgnoresGemsLocked = (installs: string) => [
  rubyVersionUnread(installs),
  finding(
    'notice',
    'gems.locked',
    [4, 9, 17],
    says(
      `{Ruby} does not read \`RUBY VERSION\` in gems.locked (\`3.2.2p53\`); it installs ${installs}. Other tools read it, so make the pins agree or set it in the Gemfile and run \`bundle update --ruby\`, which writes it to \`Gemfile.lock\`.`,
    ),
  ),
];

const nvmrc = (content: string): ProcfileCase => ({
  name: `.nvmrc ${JSON.stringify(content)}`,
  code: 'web: npm start\n',
  files: { 'package.json': '{"scripts":{"start":"node i.js"},"engines":{"node":"20.x"}}', 'i.js': '', '.nvmrc': content },
});
/** No builder reads .nvmrc: each installs from engines.node. */
const NVMRC_UNREAD = [
  finding(
    'notice',
    '.nvmrc',
    [1, 1, 4],
    says(
      '{Node.js} does not read `.nvmrc` (`v18`); it installs `20.x` from `engines.node` in package.json. Other tools read it, so make the pins agree or move the version to `engines.node` in package.json.',
    ),
  ),
];

const go = (directive: string): ProcfileCase => ({
  name: `go.mod go ${directive}`,
  code: 'web: main\n',
  files: { 'go.mod': `module example.com/app\n\ngo ${directive}\n`, 'main.go': '' },
});

const dotnet = (tfm: string): ProcfileCase => ({
  name: `TargetFramework ${tfm} and global.json 8.0.100`,
  code: 'web: ./app\n',
  files: {
    'app.csproj': `<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>${tfm}</TargetFramework></PropertyGroup></Project>\n`,
    'global.json': '{"sdk": {"version": "8.0.100"}}',
  },
});

const java = (version: string): ProcfileCase => ({
  name: `java.runtime.version=${version}`,
  code: 'web: java -jar target/app.jar\n',
  files: { 'pom.xml': '<project/>', 'system.properties': `java.runtime.version=${version}\n` },
});

const pythonVersionOverridden = finding(
  'warning',
  '.python-version',
  [1, 1, 5],
  says(
    '`3.12` in `.python-version` is not used: {Python} installs `python-3.9` from `runtime.txt`, which takes precedence. Remove one of them or make them agree.',
  ),
);

const GEMFILE_336 = { Gemfile: 'source "https://rubygems.org"\nruby "3.3.6"\n', 'Gemfile.lock': GEMFILE_LOCK };
const RUBY_STOPS = perPlatform({
  ...onHerokuFamily(gemfileRubyStops('error', '')),
  codecapsules: [gemfileRubyStops('warning', UNVERIFIED)],
});

testRule(runtimePinsDisagree, {
  valid: [
    // Pins that agree: a major and one of its patches, the python- prefix aside, a version inside a range.
    python('runtime.txt with a patch of .python-version', { 'runtime.txt': 'python-3.12.4\n', '.python-version': '3.12\n' }),
    python('Pipfile.lock and .python-version alike', {
      '.python-version': '3.12\n',
      'Pipfile.lock': '{"_meta":{"requires":{"python_version":"3.12"}}}',
    }),
    python('requires-python that allows .python-version', {
      'pyproject.toml': PYPROJECT.replace('3.13', '3.9'),
      '.python-version': '3.12\n',
    }),
    // A requirement, or only the major and minor, is not judged: Bundler matches it with the lockfile's Ruby.
    ruby('a Gemfile requirement that the locked Ruby meets', {
      Gemfile: 'source "https://rubygems.org"\nruby "~> 3.2"\n',
      'Gemfile.lock': GEMFILE_LOCK,
    }),
    ruby('the locked Ruby with its patch level in the Gemfile', {
      Gemfile: 'source "https://rubygems.org"\nruby "3.2.2"\n',
      'Gemfile.lock': GEMFILE_LOCK,
    }),
    ruby('.ruby-version exactly as the lockfile, no line break', {
      Gemfile: 'source "https://rubygems.org"\nruby "3.2.2"\n',
      'Gemfile.lock': GEMFILE_LOCK,
      '.ruby-version': '3.2.2',
    }),
    nvmrc('20.11.1\n'),
    nvmrc('lts/*\n'),
    // Read through its byte order mark, the .nvmrc agrees with engines.node.
    nvmrc(`${BOM}20\n`),
    // Code Capsules installs Go 1.26 whatever go.mod says, and Java 21 (25 on google-24): an older pin is satisfied.
    go('1.22'),
    go('1.26.2'),
    dotnet('net8.0'),
    java('17'),
    java('1.8'),
  ],
  invalid: [
    {
      // Every builder installs the lockfile's Ruby, then `bundle install` checks it against the Gemfile's.
      ...ruby('an exact Gemfile Ruby that is not the locked one', {
        Gemfile: 'source "https://rubygems.org"\nruby "3.3.6"\n',
        'Gemfile.lock': GEMFILE_LOCK,
      }),
      errors: RUBY_STOPS,
    },
    ...besideOtherBuilders({ ...ruby('an exact Gemfile Ruby that is not the locked one', GEMFILE_336), errors: RUBY_STOPS }),
    {
      // Heroku's classic buildpack takes runtime.txt first; Google Cloud reads only .python-version; the Python CNB
      // refuses runtime.txt, which runtime-version reports.
      ...python('runtime.txt and .python-version that differ', { 'runtime.txt': 'python-3.9\n', '.python-version': '3.12\n' }),
      errors: perPlatform({
        codecapsules: [
          finding(
            'notice',
            'runtime.txt',
            [1, 1, 11],
            says(
              '{Python} does not read `runtime.txt` (`python-3.9`); it installs `3.12` from `.python-version`. Other tools read it, so make the pins agree or move the version to `.python-version`.',
            ),
          ),
        ],
        heroku: [pythonVersionOverridden],
        dokku: [pythonVersionOverridden],
      }),
    },
    {
      ...python('runtime.txt alone', { 'runtime.txt': 'python-3.9\n' }),
      errors: perPlatform({
        codecapsules: [
          finding(
            'notice',
            'runtime.txt',
            [1, 1, 11],
            says(
              "{Python} does not read `runtime.txt` (`python-3.9`); it installs the latest Python of the builder's stack (3.13 on google-22, 3.14 on google-24). Other tools read it, so make the pins agree or move the version to `.python-version`.",
            ),
          ),
        ],
      }),
    },
    {
      // No builder reads requires-python; the fix names .python-version, never the deprecated runtime.txt.
      ...python('requires-python that excludes .python-version', { 'pyproject.toml': PYPROJECT, '.python-version': '3.12\n' }),
      errors: [
        finding(
          'notice',
          'pyproject.toml',
          [3, 20, 26],
          says(
            '{Python} does not read `requires-python` in pyproject.toml (`>=3.13`); it installs `3.12` from `.python-version`. Other tools read it, so make the pins agree or move the version to `.python-version`.',
          ),
        ),
      ],
    },
    {
      // Google Cloud fails on two Ruby versions (an assumed builder: a warning); Heroku reads only Gemfile.lock.
      ...ruby('.ruby-version that differs from Gemfile.lock', {
        Gemfile: 'source "https://rubygems.org"\nruby "3.2.2"\n',
        'Gemfile.lock': GEMFILE_LOCK,
        '.ruby-version': '3.3.0\n',
      }),
      errors: perPlatform({
        ...onHerokuFamily(rubyVersionUnread('`3.2.2p53` from `RUBY VERSION` in Gemfile.lock')),
        codecapsules: [
          gcpRubyConflict('says `3.3.0` and `RUBY VERSION` in Gemfile.lock says `3.2.2`, and {Ruby} requires the same text in both'),
        ],
      }),
    },
    {
      // Google Cloud compares the file's bytes, line break included, and no Heroku buildpack reads it.
      ...ruby('.ruby-version as Gemfile.lock but for its line break', { 'Gemfile.lock': GEMFILE_LOCK, '.ruby-version': '3.2.2\n' }),
      errors: perPlatform({
        codecapsules: [
          gcpRubyConflict(
            "holds `3.2.2` followed by a line break or spaces, and {Ruby} compares the file's text as it is with `3.2.2` from `RUBY VERSION` in Gemfile.lock",
          ),
        ],
      }),
    },
    {
      // gems.locked: read by Google Cloud after Gemfile.lock; not by Heroku, which installs its default Ruby.
      ...ruby('.ruby-version that differs from gems.locked', { 'gems.locked': GEMFILE_LOCK, '.ruby-version': '3.3.0\n' }),
      errors: perPlatform({
        codecapsules: [
          gcpRubyConflict('says `3.3.0` and `RUBY VERSION` in gems.locked says `3.2.2`, and {Ruby} requires the same text in both'),
        ],
        heroku: herokuIgnoresGemsLocked(CLASSIC_DEFAULT_RUBY),
        'heroku-fir': herokuIgnoresGemsLocked('Ruby 3.3.9 (the buildpack default)'),
        dokku: herokuIgnoresGemsLocked(CLASSIC_DEFAULT_RUBY),
      }),
    },
    { ...nvmrc('v18\n'), errors: NVMRC_UNREAD },
    // The byte order mark is not part of the version: the same notice, naming `v18`.
    { ...nvmrc(`${BOM}v18\n`), errors: NVMRC_UNREAD },
    {
      ...go('1.27'),
      errors: perPlatform({
        codecapsules: [
          finding(
            'notice',
            'go.mod',
            [3, 4, 8],
            says(
              '{Go} does not read `go` in go.mod (`1.27`); it installs the latest Go 1.26 (`1.26.*`), unless `GOOGLE_GO_VERSION` or `GOOGLE_RUNTIME_VERSION` is set. Other tools read it, so make the pins agree.',
            ),
          ),
        ],
      }),
    },
    {
      // global.json wins on Heroku Fir and is all Google Cloud reads (Heroku's and Dokku's builders have no .NET). That
      // an 8.0 SDK cannot build net10.0 (NETSDK1045) is runtime-version's error on Fir; this rule says the pins differ.
      ...dotnet('net10.0'),
      errors: perPlatform({
        codecapsules: [
          finding(
            'notice',
            'app.csproj',
            [1, 70, 77],
            says(
              '{.NET} does not read `TargetFramework` in the project file (`net10.0`); it installs `8.0.100` from `sdk.version` in global.json. Other tools read it, so make the pins agree or move the version to `global.json`.',
            ),
          ),
        ],
        'heroku-fir': [
          finding(
            'warning',
            'app.csproj',
            [1, 70, 77],
            says(
              '`net10.0` in `TargetFramework` in the project file is not used: {.NET} installs `8.0.100` from `sdk.version` in global.json, which takes precedence. Remove one of them or make them agree.',
            ),
          ),
        ],
      }),
    },
    {
      ...java('25'),
      errors: perPlatform({
        codecapsules: [
          finding(
            'notice',
            'system.properties',
            [1, 22, 24],
            says(
              '{Java} does not read `java.runtime.version` in system.properties (`25`); it installs Java 21 on google-22, 25 on google-24 (the stack default), unless `GOOGLE_RUNTIME_VERSION` is set. Other tools read it, so make the pins agree.',
            ),
          ),
        ],
      }),
    },
  ],
});
