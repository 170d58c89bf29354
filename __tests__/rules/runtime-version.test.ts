import { memoryAppFiles } from '../../src/engine/app-files.js';
import { runtimeVersion } from '../../src/rules/runtime-version.js';
import { chooseRuntime } from '../../src/runtimes/runtime.js';
import { besideHerokuYml, HEROKU_YML, besideOtherBuilders } from '../helpers/builders.js';
import { finding, onClassicHeroku, onHerokuFamily, perPlatform, says } from '../helpers/runtime-findings.js';
import { testRule, type ProcfileCase } from '../helpers/rule-tester.js';

const BOM = '\uFEFF';
const UNVERIFIED = ' (Unverified: Code Capsules is assumed to build with Google Cloud buildpacks (domain.md, section 1).)';
const SAVE_WITHOUT_BOM =
  'Save it as UTF-8 without a byte order mark (your editor\'s "Save with Encoding", "UTF-8"; not PowerShell\'s `>`, which writes UTF-16).';

const PYTHON_APP = { 'requirements.txt': 'gunicorn\n', 'app.py': '' };
const python = (name: string, files: Record<string, string>, app: Record<string, string> = PYTHON_APP): ProcfileCase => ({
  name,
  code: 'web: gunicorn app:app\n',
  files: { ...app, ...files },
});
/** A Pipenv app: with a requirements.txt beside it, heroku-buildpack-python stops at "Multiple Python package manager files". */
const PIPENV_APP = { Pipfile: '[requires]\npython_version = "3.9"\n', 'app.py': '' };
const PIPFILE_LOCK = '{\n  "_meta": {\n    "requires": {\n      "python_version": "3.9"\n    }\n  }\n}\n';
const UV_APP = { 'uv.lock': 'version = 1\n', 'pyproject.toml': '[project]\nname = "x"\n', 'app.py': '' };

const node = (engines: string): ProcfileCase => ({
  name: `engines.node ${JSON.stringify(engines)}`,
  code: 'web: npm start\n',
  files: {
    'package.json': `{\n  "scripts": {"start": "node index.js"},\n  "engines": {"node": ${JSON.stringify(engines)}}\n}\n`,
    'index.js': '',
  },
});

const java = (version: string): ProcfileCase => ({
  name: `java.runtime.version=${version}`,
  code: 'web: java -jar target/app.jar\n',
  files: { 'pom.xml': '<project/>', 'system.properties': `java.runtime.version=${version}\n` },
});

const GEMFILE = 'source "https://rubygems.org"\n';
const gemfileLock = (line: string) => `GEM\n  remote: https://rubygems.org/\n\nRUBY VERSION\n${line}\n\nBUNDLED WITH\n   2.5.23\n`;
const ruby = (line: string): ProcfileCase => ({
  name: `Gemfile.lock ${JSON.stringify(line.trim())}`,
  code: 'web: bundle exec puma -C config/puma.rb\n',
  files: { Gemfile: GEMFILE, 'Gemfile.lock': gemfileLock(line), 'config.ru': '' },
});
const rubyVersionFile = (content: string): ProcfileCase => ({
  name: `.ruby-version ${JSON.stringify(content)}`,
  code: 'web: bundle exec puma\n',
  files: { Gemfile: GEMFILE, 'config.ru': '', '.ruby-version': content },
});

const goMod = (body: string) => `module example.com/app\n\n${body}\n`;
const go = (body: string): ProcfileCase => ({
  name: `go.mod ${JSON.stringify(body)}`,
  code: 'web: bin/app\n',
  files: { 'go.mod': goMod(body), 'main.go': 'package main\n' },
});

const composerLock = (php: string) =>
  `{\n  "packages": [],\n  "platform": {\n    "php": ${JSON.stringify(php)}\n  },\n  "platform-dev": []\n}\n`;
/** `null`: a composer.json that requires PHP, and no composer.lock. */
const php = (constraint: string | null): ProcfileCase => ({
  name: constraint === null ? 'composer.json without composer.lock' : `composer.lock php ${JSON.stringify(constraint)}`,
  code: 'web: heroku-php-apache2 public/\n',
  files: {
    'composer.json': `{"require": {"php": ${JSON.stringify(constraint ?? '*')}}}`,
    ...(constraint === null ? {} : { 'composer.lock': composerLock(constraint) }),
    'index.php': '',
  },
});

const csproj = (tfm: string) =>
  `<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>${tfm}</TargetFramework>\n  </PropertyGroup>\n</Project>\n`;
const dotnet = (tfm: string, sdk?: string): ProcfileCase => ({
  name: `TargetFramework ${tfm}${sdk === undefined ? '' : `, global.json ${sdk}`}`,
  code: 'web: cd bin/publish; ./app --urls http://*:$PORT\n',
  files: { 'app.csproj': csproj(tfm), ...(sdk === undefined ? {} : { 'global.json': `{\n  "sdk": ${sdk}\n}\n` }) },
});

const pythonEndOfLife = (version: string, label: string) =>
  says(
    `Python ${version} (${label}) has reached end of life and {Python} no longer installs it: the build fails. It installs 3.10 to 3.14 (source: …); upgrade, and set \`3.14\` in ${label}.`,
  );
const PYTHON_38 = onHerokuFamily(finding('error', '.python-version', [1, 1, 4], pythonEndOfLife('3.8', '`.python-version`')));
const pythonVersionFileFormat = (value: string, hint: string) =>
  says(
    `\`${value}\` in \`.python-version\` is not a version {Python} accepts (\`3.N\` or \`3.N.N\`: ${hint}), so the build fails. Write the major version alone, such as \`3.13\`.`,
  );
const RUNTIME_TXT_REFUSED = says(
  '{Python} refuses `runtime.txt`: the build fails whatever it holds (source: heroku/buildpacks-python src/python_version.rs @ f81d0dc19ec3). Delete it and put the major version alone (such as `3.13`) in `.python-version`.',
);
const runtimeTxtDeprecated = (major: string) =>
  says(
    `\`runtime.txt\` is deprecated: {Python} still reads it but asks for \`.python-version\` instead (source: …). Delete \`runtime.txt\` and put \`${major}\` in \`.python-version\`.`,
  );
const PYTHON_TABLE_DATES = { heroku: '2026-08-18', 'heroku-fir': '2026-08-06', dokku: '2026-08-05' } as const;
const NO_PYTHON_VERSION = says(
  '`.python-version` holds no version (only blank or `#` lines), and {Python} fails the build on it. Write the major version in it, such as `3.13`.',
);
const NO_PYTHON_VERSION_UNLESS_SET = says(
  '`.python-version` holds no version (only blank or `#` lines), and {Python} fails the build on it unless `GOOGLE_PYTHON_VERSION` or `GOOGLE_RUNTIME_VERSION` is set. Write the major version in it, such as `3.13`.',
);
const emptyPythonVersion = perPlatform({
  codecapsules: [finding('warning', '.python-version', [1, 1, 1], NO_PYTHON_VERSION_UNLESS_SET)],
  heroku: [finding('error', '.python-version', [1, 1, 1], NO_PYTHON_VERSION)],
  'heroku-fir': [finding('error', '.python-version', [1, 1, 1], NO_PYTHON_VERSION)],
  dokku: [finding('error', '.python-version', [1, 1, 1], NO_PYTHON_VERSION)],
});

const classicPythonVersionWithBom = finding(
  'error',
  '.python-version',
  [1, 1, 1],
  says(
    `\`.python-version\` is saved as UTF-8 with a byte order mark, and {Python} stops with "Unable to read .python-version" (an unsupported text encoding) (source: heroku/heroku-buildpack-python lib/python_version.sh @ b4e7e721dc39 \`parse_python_version_file\`). ${SAVE_WITHOUT_BOM}`,
  ),
);
/** What each builder does with a `.python-version` saved with a byte order mark, whatever version it holds. */
const pythonVersionWithBom = perPlatform({
  codecapsules: [
    finding(
      'warning',
      '.python-version',
      [1, 1, 1],
      says(
        `\`.python-version\` is saved as UTF-8 with a byte order mark, and {Python} keeps the byte order mark as part of the version, which matches no Python version, and the build fails unless \`GOOGLE_PYTHON_VERSION\` or \`GOOGLE_RUNTIME_VERSION\` is set (source: GoogleCloudPlatform/buildpacks pkg/python/python.go \`versionFromFile\` @ 21f28de8c499). ${SAVE_WITHOUT_BOM}`,
      ),
    ),
  ],
  heroku: [classicPythonVersionWithBom],
  'heroku-fir': [
    finding(
      'error',
      '.python-version',
      [1, 1, 1],
      says(
        `\`.python-version\` is saved as UTF-8 with a byte order mark, and {Python} stops with "Invalid Python version in .python-version" (it keeps the byte order mark; a UTF-16 file cannot be read as UTF-8) (source: heroku/buildpacks-python src/python_version_file.rs, src/utils.rs @ f81d0dc19ec3). ${SAVE_WITHOUT_BOM}`,
      ),
    ),
  ],
  dokku: [classicPythonVersionWithBom],
});

const nodeNewer = (newest: string, date: string) =>
  finding(
    'notice',
    'package.json',
    [3, 24, 28],
    says(
      `\`>=99\` in \`engines.node\` in package.json matches no Node.js version in the inventory procfile-lint's table has for {Node.js} (newest ${newest}, as of ${date}); check that the version has been released.`,
    ),
  );

const NODE_99 = perPlatform({
  heroku: [nodeNewer('26.7.0', '2026-08-20')],
  'heroku-fir': [nodeNewer('26.5.0', '2026-07-14')],
  dokku: [nodeNewer('26.6.0', '2026-08-03')],
});

const javaUnsupported = (value: string, endColumn: number) =>
  finding(
    'error',
    'system.properties',
    [1, 22, endColumn],
    says(
      `\`${value}\` in \`java.runtime.version\` in system.properties is not a Java version {Java} installs ("Unsupported Java version") (source: heroku/heroku-buildpack-jvm-common inventory.json @ 922540cb0623, as of 2026-07-22). Use a major version alone, such as \`21\` or \`17\`.`,
    ),
  );
const gcpJavaDefault = (value: string, major: number) =>
  perPlatform({
    codecapsules: [
      finding(
        'warning',
        'system.properties',
        [1, 22, 22 + value.length],
        says(
          `{Java} does not read \`java.runtime.version\` in system.properties (\`${value}\`): it installs Java 21 on the google-22 builder (25 on google-24) unless \`GOOGLE_RUNTIME_VERSION\` is set, and a build for Java ${major} fails on an older one (source: GoogleCloudPlatform/buildpacks cmd/java/runtime/lib/lib.go). Set \`GOOGLE_RUNTIME_VERSION=${major}\` in the app's environment.`,
        ),
      ),
    ],
  });

const RUBY_TABLE_DATES = { heroku: '2026-07-20', 'heroku-fir': '2026-07-20', dokku: '2026-06-11' } as const;
const rubyNewer = (version: string, endColumn: number, known: string) =>
  onHerokuFamily(
    finding(
      'notice',
      'Gemfile.lock',
      [5, 9, endColumn],
      says(
        `Ruby ${version} (\`RUBY VERSION\` in Gemfile.lock) is newer than the versions procfile-lint's table knows for {Ruby} (${known}, as of {date}); check that it has been released there.`,
        RUBY_TABLE_DATES,
      ),
    ),
  );
const gcpRubyLineUnparsed = (line: string, endColumn: number) =>
  perPlatform({
    codecapsules: [
      finding(
        'warning',
        'Gemfile.lock',
        [5, 9, endColumn],
        says(
          `{Ruby} cannot parse the line after \`RUBY VERSION\` in \`Gemfile.lock\` (\`${line}\`; it reads \`ruby N.N.N\` with an optional \`pN\`), and fails the build (source: GoogleCloudPlatform/buildpacks pkg/ruby/ruby.go @ 21f28de8c499, pkg/ruby/gemfile.go). Run \`bundle update --ruby\` with a plain MRI version in the Gemfile.${UNVERIFIED}`,
        ),
      ),
    ],
  });

const GO_TABLE_DATES = { heroku: '2026-07-14', 'heroku-fir': '2026-08-20', dokku: '2026-07-14' } as const;
const goNewer = (value: string, label: string, range: [number, number, number], newest: string) =>
  finding(
    'notice',
    'go.mod',
    range,
    says(
      `Go \`${value}\` (${label} in go.mod) is newer than the releases procfile-lint's table knows for {Go} (newest ${newest}, as of {date}); check that the buildpack has added it.`,
      GO_TABLE_DATES,
    ),
  );
/** A release no Heroku buildpack has: the classic one fails unless `GOVERSION` is set (a warning), the CNB fails. */
const goUnknown = (value: string, label: string, range: [number, number, number]) =>
  perPlatform({
    ...onClassicHeroku(
      finding(
        'warning',
        'go.mod',
        range,
        says(
          `{Go} has no Go release for \`${value}\` (${label} in go.mod: it looks for \`${value.startsWith('go') ? value : `go${value}`}\`), so the build fails unless the \`GOVERSION\` config var is set (source: …). Write the release's \`1.N\` alone (\`go 1.26\`), which installs its latest patch.`,
        ),
      ),
    ),
    'heroku-fir': [
      finding(
        'error',
        'go.mod',
        range,
        says(
          `\`${value}\` (${label} in go.mod) is not a version requirement {Go} can parse, so the build fails (source: …). Write a release such as \`1.26\`.`,
        ),
      ),
    ],
  });

testRule(runtimeVersion, {
  valid: [
    python('a supported .python-version', { '.python-version': '3.13\n' }),
    python(
      'a Pipfile.lock that .python-version overrides',
      { 'Pipfile.lock': PIPFILE_LOCK, '.python-version': '3.12\n' },
      { 'app.py': '' },
    ),
    python('uv with .python-version', { '.python-version': '3.13\n' }, UV_APP),
    ...['20.x', '>=18 <23', '^22.1.0', '24'].map(node),
    {
      // The .nvmrc is read through its byte order mark, and no builder reads it anyway (see runtime-pins-disagree).
      name: '.nvmrc with a byte order mark',
      code: 'web: npm start\n',
      files: { 'package.json': '{"scripts":{"start":"node i.js"},"engines":{"node":"20.x"}}', 'i.js': '', '.nvmrc': `${BOM}20\n` },
    },
    ...['1.8', '17', '21', '21.0.0', '17.0.20', 'zulu-21'].map(java),
    ...['   ruby 3.4.9p100', '   ruby 3.3.0', '   ruby 3.3.0p0'].map(ruby),
    rubyVersionFile('3.4.9\n'),
    ...['go 1.22', 'go 1.22.0', 'go 1.21', 'go 1.25.3', '// +heroku goVersion go1.24\ngo 1.99'].map(go),
    ...['^8.1', '>=8.2 <8.4', '~8.3.0', '8.4.*', '^7.4 || ^8.0', '~8.1', '8.3.1', '^8.3@RC'].map(php),
    // Code Capsules', Heroku's and Dokku's builders do not judge a .NET target framework.
    dotnet('net8.0'),
    dotnet('net10.0'),
    dotnet('net6.0', '{ "version": "8.0.100", "rollForward": "latestFeature" }'),
    // latestMajor lets the 8.0.100 pin roll forward to a 10.0 SDK, which builds net10.0.
    dotnet('net10.0', '{ "version": "8.0.100", "rollForward": "latestMajor" }'),
  ],
  invalid: [
    // Python. Code Capsules' builder fetches its version list at build time: procfile-lint judges no version there.
    {
      ...python('an end-of-life Python, on the line of the pin', { '.python-version': '# pinned\n  3.8\n' }),
      errors: onHerokuFamily(finding('error', '.python-version', [2, 3, 6], pythonEndOfLife('3.8', '`.python-version`'))),
    },
    {
      ...python('an end-of-life Python', { '.python-version': '3.8\n' }),
      errors: onHerokuFamily(finding('error', '.python-version', [1, 1, 4], pythonEndOfLife('3.8', '`.python-version`'))),
    },
    // Dokku builds a root Dockerfile instead of the buildpacks (dokku/dokku plugins/builder-dockerfile/builder-detect).
    ...besideOtherBuilders({ ...python('an end-of-life Python', { '.python-version': '3.8\n' }), errors: PYTHON_38 }),
    {
      ...python('runtime.txt in the invalid python-3.12.x form', { 'runtime.txt': 'python-3.12.x\n' }),
      errors: perPlatform({
        ...onClassicHeroku(
          finding(
            'error',
            'runtime.txt',
            [1, 1, 14],
            says(
              '`python-3.12.x` in `runtime.txt` is not a version {Python} accepts there (`python-3.N` or `python-3.N.N`, no wildcards), so the build fails. `runtime.txt` is deprecated: delete it and put the major version alone (such as `3.13`) in `.python-version`.',
            ),
          ),
        ),
        'heroku-fir': [finding('error', 'runtime.txt', [1, 1, 14], RUNTIME_TXT_REFUSED)],
      }),
    },
    {
      ...python('a valid runtime.txt: deprecated on the classic buildpack, refused by the CNB', { 'runtime.txt': 'python-3.12.4\n' }),
      errors: perPlatform({
        ...onClassicHeroku(finding('warning', 'runtime.txt', [1, 1, 14], runtimeTxtDeprecated('3.12'))),
        'heroku-fir': [finding('error', 'runtime.txt', [1, 1, 14], RUNTIME_TXT_REFUSED)],
      }),
    },
    {
      // runtime.txt wins over Pipfile.lock on the classic buildpack; the CNB reads neither.
      ...python('runtime.txt and an end-of-life Pipfile.lock', {
        'runtime.txt': 'python-3.12\n',
        'Pipfile.lock': '{"_meta":{"requires":{"python_version":"3.8"}}}',
      }),
      errors: perPlatform({
        ...onClassicHeroku(finding('warning', 'runtime.txt', [1, 1, 12], runtimeTxtDeprecated('3.12'))),
        'heroku-fir': [finding('error', 'runtime.txt', [1, 1, 12], RUNTIME_TXT_REFUSED)],
      }),
    },
    {
      // Pipfile.lock is read after runtime.txt and .python-version, by the classic buildpack only.
      ...python('an end-of-life Python in Pipfile.lock, on the value', { 'Pipfile.lock': PIPFILE_LOCK }, PIPENV_APP),
      errors: onClassicHeroku(finding('error', 'Pipfile.lock', [4, 26, 29], pythonEndOfLife('3.9', '`_meta.requires` in Pipfile.lock'))),
    },
    {
      ...python('.python-version with a python- prefix', { '.python-version': 'python-3.12\n' }),
      errors: onHerokuFamily(
        finding('error', '.python-version', [1, 1, 12], pythonVersionFileFormat('python-3.12', 'no `python-` prefix')),
      ),
    },
    {
      ...python('.python-version with a wildcard', { '.python-version': '3.12.*\n' }),
      errors: onHerokuFamily(finding('error', '.python-version', [1, 1, 7], pythonVersionFileFormat('3.12.*', 'no wildcards'))),
    },
    {
      ...python('.python-version with two versions', { '.python-version': '3.12\n3.11\n' }),
      errors: onHerokuFamily(
        finding(
          'error',
          '.python-version',
          [1, 1, 5],
          says(
            '`.python-version` lists 2 versions (`3.12`, `3.11`); {Python} accepts exactly one and fails the build. Keep one line, such as `3.13`.',
          ),
        ),
      ),
    },
    {
      // The classic buildpack's INT_REGEX forbids leading zeros; the CNB parses each part as a number, so 3.012 is 3.12.
      ...python('.python-version with a leading zero', { '.python-version': '3.012\n' }),
      errors: onClassicHeroku(finding('error', '.python-version', [1, 1, 6], pythonVersionFileFormat('3.012', 'digits and dots only'))),
    },
    // An empty .python-version fails every builder; on Code Capsules a setting can stand in for it.
    { ...python('.python-version with only a comment', { '.python-version': '# none yet\n\n' }), errors: emptyPythonVersion },
    { ...python('an empty .python-version', { '.python-version': '' }), errors: emptyPythonVersion },
    {
      ...python('a Python newer than the table', { '.python-version': '3.15\n' }),
      errors: onHerokuFamily(
        finding(
          'notice',
          '.python-version',
          [1, 1, 5],
          says(
            "Python 3.15 (`.python-version`) is newer than the versions procfile-lint's table knows for {Python} (3.10 to 3.14, as of {date}); check that the buildpack supports it.",
            PYTHON_TABLE_DATES,
          ),
        ),
      ),
    },
    {
      ...python('a Python patch newer than the table', { '.python-version': '3.13.99\n' }),
      errors: onHerokuFamily(
        finding(
          'notice',
          '.python-version',
          [1, 1, 8],
          says(
            "Python 3.13.99 (`.python-version`) is newer than the latest 3.13 procfile-lint's table knows for {Python} (3.13.15, as of {date}); check that it has been released. Pinning only `3.13` gets the latest patch.",
            PYTHON_TABLE_DATES,
          ),
        ),
      ),
    },
    {
      // heroku-buildpack-python `warn_if_deprecated_major_version`; the CNB announces no end for 3.10.
      ...python('a Python whose support is ending', { '.python-version': '3.10\n' }),
      errors: onClassicHeroku(
        finding(
          'warning',
          '.python-version',
          [1, 1, 5],
          says(
            'Python 3.10 (`.python-version`) is deprecated on {Python}: support is removed on 2027-01-06 (source: …). Upgrade to a newer major.',
          ),
        ),
      ),
    },
    {
      ...python('uv without .python-version', {}, UV_APP),
      errors: onHerokuFamily(
        finding(
          'error',
          'uv.lock',
          [1, 1, 1],
          says(
            '{Python} needs a `.python-version` file in an app that uses uv (`uv.lock`), and fails without one. Run `uv python pin 3.13` (your major version) and commit `.python-version`.',
          ),
        ),
      ),
    },
    {
      // The classic buildpack stops on runtime.txt with uv before it would warn that runtime.txt is deprecated.
      ...python('uv with runtime.txt', { 'runtime.txt': 'python-3.12\n' }, UV_APP),
      errors: perPlatform({
        ...onClassicHeroku(
          finding(
            'error',
            'runtime.txt',
            [1, 1, 12],
            says(
              '{Python} refuses `runtime.txt` in an app that uses uv (`uv.lock`); delete it and run `uv python pin 3.13` (your major version) to write `.python-version`.',
            ),
          ),
        ),
        'heroku-fir': [
          finding('error', 'runtime.txt', [1, 1, 12], RUNTIME_TXT_REFUSED),
          finding(
            'error',
            'uv.lock',
            [1, 1, 1],
            says(
              '{Python} needs a `.python-version` file in an app that uses uv (`uv.lock`), and fails without one. Run `uv python pin 3.13` (your major version) and commit `.python-version`.',
            ),
          ),
        ],
      }),
    },
    {
      // The pins of a language the app is not built as are ignored: Heroku and Dokku build this app as Node.js, Code
      // Capsules too (no *.py), but the Python CNB passes detection on a `.python-version` (heroku/buildpacks-python
      // src/detect.rs) and comes before Node.js in the Fir builder, so there it is a Python app on Python 3.6.
      name: 'a Node.js app with an old .python-version',
      code: 'web: npm start\n',
      files: { 'package.json': '{"scripts":{"start":"node index.js"}}', 'index.js': '', '.python-version': '3.6\n' },
      errors: perPlatform({ 'heroku-fir': [finding('error', '.python-version', [1, 1, 4], pythonEndOfLife('3.6', '`.python-version`'))] }),
    },

    // Node.js: engines.node in package.json, on the value. Code Capsules' version list is not in its builder's source.
    {
      ...node('lts'),
      errors: onHerokuFamily(
        finding(
          'error',
          'package.json',
          [3, 24, 27],
          says(
            '`lts` in `engines.node` in package.json is not a semver range, so {Node.js} cannot pick a Node.js version and the build fails. Use a major range such as `24.x`.',
          ),
        ),
      ),
    },
    {
      ...node('^0.1.0'),
      errors: onHerokuFamily(
        finding(
          'error',
          'package.json',
          [3, 24, 30],
          says(
            '`^0.1.0` in `engines.node` in package.json matches no published Node.js version, so {Node.js} fails the build (source: …). Use a major range such as `24.x`.',
          ),
        ),
      ),
    },
    {
      ...node('>=99'),
      errors: NODE_99,
    },
    {
      // A notice stays a notice beside heroku.yml, with the setting named.
      ...node('>=99'),
      name: 'engines.node ">=99" beside heroku.yml',
      files: { ...node('>=99').files, ...HEROKU_YML },
      errors: besideHerokuYml(NODE_99),
    },

    // Java: system.properties, judged on Heroku and on Dokku (herokuish bundles heroku-buildpack-java, which downloads
    // the same jvm-common); Code Capsules' builder does not read it. The Java CNB (Heroku Fir) is not judged.
    { ...java('12'), errors: onClassicHeroku(javaUnsupported('12', 24)) },
    {
      ...java('heroku-21'),
      errors: onClassicHeroku(
        finding(
          'error',
          'system.properties',
          [1, 22, 31],
          says(
            '`heroku-21` in `java.runtime.version` in system.properties asks for a Java distribution {Java} does not offer (the Heroku OpenJDK builds were discontinued), so the build fails (source: heroku/heroku-buildpack-jvm-common inventory.json @ 922540cb0623, as of 2026-07-22). Drop the prefix: `21`.',
          ),
        ),
      ),
    },
    {
      ...java('1.7'),
      errors: onClassicHeroku(
        finding(
          'warning',
          'system.properties',
          [1, 22, 25],
          says(
            'Java `1.7` (`java.runtime.version` in system.properties) is installed only on heroku-22, not on the current stacks (heroku-24, heroku-26): the build fails there (source: heroku/heroku-buildpack-jvm-common inventory.json @ 922540cb0623, as of 2026-07-22). Upgrade to a version they offer, such as `21`.',
          ),
        ),
      ),
    },
    // Newer than the Java Code Capsules' builder installs by default: a warning that names the setting.
    { ...java('25'), errors: gcpJavaDefault('25', 25) },
    { ...java('zulu-25'), errors: gcpJavaDefault('zulu-25', 25) },

    // Version files saved with a byte order mark: only the encoding is reported, not what the builder never reads.
    { ...python('.python-version with a byte order mark', { '.python-version': `${BOM}3.13\n` }), errors: pythonVersionWithBom },
    {
      ...python('an end-of-life .python-version with a byte order mark', { '.python-version': `${BOM}3.8\n` }),
      errors: pythonVersionWithBom,
    },
    {
      ...python('runtime.txt with a byte order mark', { 'runtime.txt': `${BOM}python-3.12\n` }),
      errors: perPlatform({
        ...onClassicHeroku(
          finding(
            'error',
            'runtime.txt',
            [1, 1, 1],
            says(
              `\`runtime.txt\` is saved as UTF-8 with a byte order mark, and {Python} reads the byte order mark as part of the version and stops with "Invalid Python version in runtime.txt" (source: heroku/heroku-buildpack-python lib/python_version.sh @ b4e7e721dc39 \`parse_runtime_txt\`). ${SAVE_WITHOUT_BOM}`,
            ),
          ),
        ),
        'heroku-fir': [finding('error', 'runtime.txt', [1, 1, 12], RUNTIME_TXT_REFUSED)],
      }),
    },
    {
      // Google Cloud reads .ruby-version's bytes (an assumed builder: a warning); the Heroku buildpacks do not read it.
      ...rubyVersionFile(`${BOM}3.4.9`),
      errors: perPlatform({
        codecapsules: [
          finding(
            'warning',
            '.ruby-version',
            [1, 1, 1],
            says(
              `\`.ruby-version\` is saved as UTF-8 with a byte order mark, and {Ruby} takes the byte order mark as part of the version, which matches no Ruby version (nor Gemfile.lock), and the build fails (source: GoogleCloudPlatform/buildpacks pkg/ruby/ruby.go \`getVersionFromRubyVersion\` @ 21f28de8c499). ${SAVE_WITHOUT_BOM}${UNVERIFIED}`,
            ),
          ),
        ],
      }),
    },

    // Ruby: the Gemfile.lock RUBY VERSION line, on the version.
    {
      // A warning where an old stack or buildpack may still have it; an error on Fir, whose builders never had it.
      ...ruby('   ruby 2.7.8p225'),
      errors: {
        ...onHerokuFamily(
          finding(
            'warning',
            'Gemfile.lock',
            [5, 9, 18],
            says(
              'Ruby 2.7 (`RUBY VERSION` in Gemfile.lock) is end-of-life for {Ruby}: support for Ruby < 3.1 was removed with the heroku-20 stack (v308), so the build fails unless the app is on an old stack that still has it (unverified; source: …). Upgrade to Ruby 4.0, set it in the Gemfile and run `bundle update --ruby`.',
            ),
          ),
        ),
        'heroku-fir': [
          finding(
            'error',
            'Gemfile.lock',
            [5, 9, 18],
            says(
              'Ruby 2.7 (`RUBY VERSION` in Gemfile.lock) is end-of-life for {Ruby}: no builder of Heroku Fir (builder-22 and later) has a Ruby older than 3.1, so the build fails (source: …). Upgrade to Ruby 4.0, set it in the Gemfile and run `bundle update --ruby`.',
            ),
          ),
        ],
      },
    },
    { ...ruby('   ruby 4.1.0p0'), errors: rubyNewer('4.1.0', 16, 'Ruby 4.0 and older') },
    { ...ruby('   ruby 3.4.99'), errors: rubyNewer('3.4.99', 15, 'Ruby 3.4 up to 3.4.9') },
    {
      ...ruby('   ruby 3.3'),
      errors: onHerokuFamily(
        finding(
          'warning',
          'Gemfile.lock',
          [5, 9, 12],
          says(
            '`3.3` in `RUBY VERSION` in Gemfile.lock is not a Ruby version {Ruby} reads (`N.N.N`), so it installs its default Ruby instead (source: …). Set `ruby "3.4.9"` (your version) in the Gemfile and run `bundle update --ruby`.',
          ),
        ),
      ),
    },
    // A JRuby line: Heroku reads it, the Google Cloud parser (pkg/ruby/gemfile.go `rubyVersionRe`) does not.
    { ...ruby('   ruby 3.1.4p0 (jruby 9.4.5.0)'), errors: gcpRubyLineUnparsed('ruby 3.1.4p0 (jruby 9.4.5.0)', 16) },
    { ...ruby('   ruby 2.6.8p205 (jruby 9.3.13.0)'), errors: gcpRubyLineUnparsed('ruby 2.6.8p205 (jruby 9.3.13.0)', 18) },
    {
      ...rubyVersionFile('ruby-3.4.9\n'),
      errors: perPlatform({
        codecapsules: [
          finding(
            'warning',
            '.ruby-version',
            [1, 1, 11],
            says(
              `\`ruby-3.4.9\` in \`.ruby-version\` is not a version constraint {Ruby} can resolve (it passes the file's text on as is), so the build fails (source: GoogleCloudPlatform/buildpacks pkg/ruby/ruby.go @ 21f28de8c499). Write the version alone, such as \`3.4.9\`.${UNVERIFIED}`,
            ),
          ),
        ],
      }),
    },

    // Go: go.mod, on the version. Google Cloud does not read go.mod.
    {
      ...go('go 1.22.5.1'),
      errors: goUnknown('1.22.5.1', '`go`', [3, 4, 12]),
    },
    {
      // The CNB's inventory starts at go1.11.
      ...go('go 1.10'),
      errors: perPlatform({
        ...onClassicHeroku(
          finding(
            'warning',
            'go.mod',
            [3, 4, 8],
            says(
              '`go1.10` (`go` in go.mod) does not support Go modules, and {Go} stops the build unless the `GOVERSION` config var is set (source: …). Set `go 1.26` (or a newer release) in go.mod.',
            ),
          ),
        ),
        'heroku-fir': [
          finding(
            'error',
            'go.mod',
            [3, 4, 8],
            says(
              "{Go} has no Go release for `1.10` (`go` in go.mod: it looks for `=1.10`), so the build fails (source: …). Write the release's `1.N` alone (`go 1.26`), which installs its latest patch.",
            ),
          ),
        ],
      }),
    },
    {
      ...go('// +heroku goVersion go1.21rc9'),
      errors: goUnknown('go1.21rc9', '`// +heroku goVersion`', [3, 22, 31]),
    },
    {
      ...go('// +heroku goVersion go1.26.77'),
      errors: perPlatform({
        heroku: [goNewer('go1.26.77', '`// +heroku goVersion`', [3, 22, 31], 'go1.26.5')],
        'heroku-fir': [goNewer('go1.26.77', '`// +heroku goVersion`', [3, 22, 31], 'go1.27.0')],
        dokku: [goNewer('go1.26.77', '`// +heroku goVersion`', [3, 22, 31], 'go1.26.5')],
      }),
    },
    // go1.27.0 is in the CNB's inventory, not yet in the classic one.
    { ...go('go 1.27'), errors: onClassicHeroku(goNewer('1.27', '`go`', [3, 4, 8], 'go1.26.5')) },
    {
      ...go('go 1.28'),
      errors: perPlatform({
        ...onClassicHeroku(goNewer('1.28', '`go`', [3, 4, 8], 'go1.26.5')),
        'heroku-fir': [goNewer('1.28', '`go`', [3, 4, 8], 'go1.27.0')],
      }),
    },

    // PHP: composer.lock's platform requirement, on the value. Google Cloud's version list is fetched at build time.
    {
      ...php('~7.4.0'),
      errors: onHerokuFamily(
        finding(
          'warning',
          'composer.lock',
          [4, 13, 19],
          says(
            '`~7.4.0` in `platform.php` in composer.lock allows no PHP that {PHP} builds for the current stacks (PHP 8.1 to 8.5, source: …), so the build fails unless an older stack still has it (unverified). Require a supported PHP in composer.json (such as `"php": "^8.3"`) and run `composer update`.',
          ),
        ),
      ),
    },
    {
      ...php('^9.0'),
      errors: onHerokuFamily(
        finding(
          'notice',
          'composer.lock',
          [4, 13, 17],
          says(
            "`^9.0` in `platform.php` in composer.lock allows only PHP newer than the versions procfile-lint's table knows for {PHP} (PHP 8.1 to 8.5, newest 8.5.8, as of 2026-07-21); check that Heroku has released it.",
          ),
        ),
      ),
    },
    {
      // heroku-buildpack-php bin/compile: a composer.json whose `require` is not empty needs its lock file.
      ...php(null),
      errors: onHerokuFamily(
        finding(
          'error',
          'composer.json',
          [1, 1, 1],
          says(
            'composer.json requires packages but there is no composer.lock, and {PHP} stops the build ("No \'composer.lock\' found!", source: heroku/heroku-buildpack-php bin/compile @ ff95c90e7024). Run `composer update` and commit composer.lock.',
          ),
        ),
      ),
    },

    // .NET: judged on Heroku Fir only, on the project file, or on global.json which is read first.
    {
      ...dotnet('net6.0'),
      errors: perPlatform({
        'heroku-fir': [
          finding(
            'error',
            'app.csproj',
            [3, 22, 28],
            says(
              'No .NET SDK that {.NET} installs matches `net6.0` (`TargetFramework` in the project file, requirement `^6.0`): its inventory starts at 8.0.100-preview.1.23115.2, so the build fails (source: …). Target a supported .NET, such as `net8.0` or `net10.0`.',
            ),
          ),
        ],
      }),
    },
    {
      ...dotnet('netcoreapp3.1'),
      errors: perPlatform({
        'heroku-fir': [
          finding(
            'error',
            'app.csproj',
            [3, 22, 35],
            says(
              '{.NET} cannot turn `netcoreapp3.1` (`TargetFramework` in the project file) into an SDK version: it needs a target framework of the form `netN.N` (no `netcoreapp`, .NET Framework or `-windows`), so the build fails (source: …).',
            ),
          ),
        ],
      }),
    },
    {
      ...dotnet('net99.0'),
      errors: perPlatform({
        'heroku-fir': [
          finding(
            'notice',
            'app.csproj',
            [3, 22, 29],
            says(
              "`net99.0` (`TargetFramework` in the project file) asks for a .NET SDK newer than the inventory procfile-lint's table has for {.NET} (newest 10.0.302, as of 2026-07-15); check that the buildpack has added it.",
            ),
          ),
        ],
      }),
    },
    {
      // global.json is read first, and an 8.0 SDK cannot build a net10.0 project (NETSDK1045).
      ...dotnet('net10.0', '{ "version": "8.0.100" }'),
      errors: perPlatform({
        'heroku-fir': [
          finding(
            'error',
            'global.json',
            [2, 24, 31],
            says(
              '{.NET} installs the .NET SDK 8.0.1… for `8.0.100` (`sdk.version` in global.json), which cannot build `net10.0` (`TargetFramework` in the project file): `dotnet publish` stops with NETSDK1045. Pin a 10.0 SDK in global.json, or set its `rollForward` to `latestMajor`.',
            ),
          ),
        ],
      }),
    },
    {
      ...dotnet('net8.0', '{ "version": "8.0.109", "rollForward": "disable" }'),
      errors: perPlatform({
        'heroku-fir': [
          finding(
            'error',
            'global.json',
            [2, 24, 31],
            says(
              'No .NET SDK that {.NET} installs matches `8.0.109` (`sdk.version` in global.json, requirement `=8.0.109`): its inventory starts at 8.0.100-preview.1.23115.2, so the build fails (source: …). Target a supported .NET, such as `net8.0` or `net10.0`.',
            ),
          ),
        ],
      }),
    },
    {
      ...dotnet('net8.0', '{ "version": "8.0.999", "rollForward": "disable" }'),
      errors: perPlatform({
        'heroku-fir': [
          finding(
            'notice',
            'global.json',
            [2, 24, 31],
            says(
              "`8.0.999` (`sdk.version` in global.json) asks for a .NET SDK newer than the inventory procfile-lint's table has for {.NET} (newest 10.0.302, as of 2026-07-15); check that the buildpack has added it.",
            ),
          ),
        ],
      }),
    },
  ],
});

describe('the runtime each builder installs (chooseRuntime)', () => {
  const nvmrcApp = (nvmrc: string) =>
    memoryAppFiles({ 'package.json': '{"scripts":{"start":"node i.js"},"engines":{"node":"20.x"}}', 'i.js': '', '.nvmrc': nvmrc });

  it('uses engines.node, not an .nvmrc read through its byte order mark', () => {
    expect(chooseRuntime(nvmrcApp(`${BOM}v18\n`), 'heroku-classic', 'node')?.pin?.source).toBe('engines-node');
  });

  it('ignores runtime.txt on the Python CNB (Heroku Fir), which reads only .python-version', () => {
    const files = memoryAppFiles({ 'runtime.txt': 'python-3.12\n', 'Pipfile.lock': '{"_meta":{"requires":{"python_version":"3.8"}}}' });
    expect(chooseRuntime(files, 'heroku-cnb', 'python')?.pin).toBeNull();
  });

  it('shows no installed version for a pin its builder cannot read', () => {
    const files = memoryAppFiles({ ...PYTHON_APP, '.python-version': `${BOM}3.12\n` });
    expect(chooseRuntime(files, 'heroku-classic', 'python')).toMatchObject({ version: null, pin: { value: '3.12' } });
    expect(chooseRuntime(memoryAppFiles({ ...PYTHON_APP, '.python-version': '3.12\n' }), 'heroku-classic', 'python')?.version).toBe(
      '3.12.14',
    );
  });

  it('reads gems.locked on Code Capsules only (Heroku reads Gemfile.lock alone)', () => {
    const files = memoryAppFiles({ 'gems.rb': GEMFILE, 'gems.locked': gemfileLock('   ruby 3.3.4p94'), 'config.ru': '' });
    expect(chooseRuntime(files, 'gcp', 'ruby')).toMatchObject({
      version: '3.3.4',
      pin: { source: 'gems-locked', file: 'gems.locked', value: '3.3.4p94' },
    });
    expect(chooseRuntime(files, 'heroku-classic', 'ruby')).toMatchObject({ pin: null, version: null });
    const both = memoryAppFiles({ 'Gemfile.lock': gemfileLock('   ruby 3.4.1'), 'gems.locked': gemfileLock('   ruby 3.3.4p94') });
    expect(chooseRuntime(both, 'gcp', 'ruby')?.pin?.source).toBe('gemfile-lock');
  });

  it('shows the Go release each builder installs', () => {
    const files = memoryAppFiles({ 'go.mod': goMod('go 1.22'), 'main.go': '' });
    expect(chooseRuntime(files, 'heroku-classic', 'go')).toMatchObject({ version: '1.22.12', pin: { source: 'go-mod-go' } });
    expect(chooseRuntime(files, 'heroku-cnb', 'go')?.version).toBe('1.22.12');
    expect(chooseRuntime(files, 'gcp', 'go')).toMatchObject({ pin: null, version: null });
    expect(chooseRuntime(files, 'gcp', 'go')?.fallback).toContain('GOOGLE_GO_VERSION');
  });

  it('shows the PHP the requirement installs', () => {
    const files = memoryAppFiles({ 'composer.json': '{"require":{"php":"^8.2"}}', 'composer.lock': composerLock('^8.2') });
    expect(chooseRuntime(files, 'heroku-classic', 'php')).toMatchObject({ version: '8.5.8', pin: { source: 'composer-lock-php' } });
    expect(chooseRuntime(memoryAppFiles({ 'composer.lock': composerLock('~8.3.0') }), 'heroku-cnb', 'php')?.version).toBe('8.3.32');
    expect(chooseRuntime(files, 'gcp', 'php')).toMatchObject({ version: null, pin: { source: 'composer-php' } });
  });

  it('reads global.json first on the .NET CNB, with its rollForward policy', () => {
    const global = (sdk: string) => ({ 'global.json': `{\n  "sdk": ${sdk}\n}\n` });
    const files = memoryAppFiles({ 'app.csproj': csproj('net8.0'), ...global('{ "version": "8.0.100", "rollForward": "latestPatch" }') });
    expect(chooseRuntime(files, 'heroku-cnb', 'dotnet')?.version).toMatch(/^8\.0\.1\d\d$/);
    expect(chooseRuntime(memoryAppFiles({ 'app.csproj': csproj('net8.0') }), 'heroku-cnb', 'dotnet')?.version).toMatch(/^8\.0\.\d+$/);
  });
});
