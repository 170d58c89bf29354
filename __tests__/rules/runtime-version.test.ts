import { memoryAppFiles } from '../../src/engine/app-files.js';
import { chooseRuntime, runtimeProblems } from '../../src/runtimes/runtime.js';
import { findingsIn } from '../helpers/lint.js';

const PROCFILE = 'web: gunicorn app:app\n';
const PYTHON_APP = { 'requirements.txt': 'gunicorn\n', 'app.py': '' };

const check = (files: Record<string, string>, platform = 'heroku', procfile = PROCFILE) =>
  findingsIn('runtime-version', procfile, { ...PYTHON_APP, ...files }, { platform });

describe('runtime-version: Python', () => {
  it('refuses an end-of-life Python on the Heroku families, on the pin', () => {
    for (const platform of ['heroku', 'dokku']) {
      const [finding, ...rest] = check({ '.python-version': '# pinned\n  3.8\n' }, platform);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ severity: 'error', file: '.python-version', line: 2, column: 3, endColumn: 6 });
      expect(finding?.message).toContain('Python 3.8');
      expect(finding?.message).toContain('3.10 to 3.14');
    }
  });

  it('does not judge versions on Code Capsules, whose builder fetches its version list at build time', () => {
    expect(check({ '.python-version': '3.8\n' }, 'codecapsules')).toEqual([]);
  });

  it('reports runtime.txt in the invalid python-3.12.x form as an error, with .python-version as the fix', () => {
    const [finding] = check({ 'runtime.txt': 'python-3.12.x\n' });
    expect(finding).toMatchObject({ severity: 'error', file: 'runtime.txt', line: 1, column: 1, endColumn: 14 });
    expect(finding?.message).toContain('`.python-version`');
  });

  it('warns that a valid runtime.txt is deprecated, naming the replacement and the version to put in it', () => {
    const findings = check({ 'runtime.txt': 'python-3.12.4\n' });
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]?.message).toContain('put `3.12` in `.python-version`');
  });

  it('refuses runtime.txt outright on the Python CNB (Heroku Fir), which reads only .python-version', () => {
    const files = memoryAppFiles({ 'runtime.txt': 'python-3.12\n', 'Pipfile.lock': '{"_meta":{"requires":{"python_version":"3.8"}}}' });
    const problems = runtimeProblems(files, 'heroku-cnb', 'python', 'CNB');
    expect(problems.map((p) => [p.severity, p.file])).toEqual([['error', 'runtime.txt']]);
    expect(problems[0]?.message).toContain('refuses `runtime.txt`');
    expect(chooseRuntime(files, 'heroku-cnb', 'python')?.pin).toBeNull();
  });

  it('reads Pipfile.lock after runtime.txt and .python-version, with the position of the value', () => {
    const lock = '{\n  "_meta": {\n    "requires": {\n      "python_version": "3.9"\n    }\n  }\n}\n';
    const [finding] = check({ 'Pipfile.lock': lock, Pipfile: '[requires]\npython_version = "3.9"\n' });
    expect(finding).toMatchObject({ severity: 'error', file: 'Pipfile.lock', line: 4, column: 26, endColumn: 29 });
    expect(check({ 'Pipfile.lock': lock, '.python-version': '3.12\n' })).toEqual([]);
  });

  it('explains each malformed .python-version', () => {
    expect(check({ '.python-version': 'python-3.12\n' })[0]?.message).toContain('no `python-` prefix');
    expect(check({ '.python-version': '3.12.*\n' })[0]?.message).toContain('no wildcards');
    expect(check({ '.python-version': '3.12\n3.11\n' })[0]?.message).toContain('lists 2 versions');
    expect(check({ '.python-version': '3.012\n' })[0]?.severity).toBe('error');
  });

  it('refuses an empty .python-version, and warns on Code Capsules, where a setting can stand in for it', () => {
    for (const platform of ['heroku', 'dokku']) {
      expect(check({ '.python-version': '# none yet\n\n' }, platform).map((f) => [f.severity, f.file])).toEqual([
        ['error', '.python-version'],
      ]);
    }
    const [gcp] = check({ '.python-version': '' }, 'codecapsules');
    expect(gcp).toMatchObject({ severity: 'warning', file: '.python-version' });
    expect(gcp?.message).toContain('unless `GOOGLE_PYTHON_VERSION`');
  });

  it('gives at most a notice for a version newer than the table, with the table date', () => {
    const [major] = check({ '.python-version': '3.15\n' });
    expect(major).toMatchObject({ severity: 'notice' });
    expect(major?.message).toContain('as of 2026-08-18');
    expect(check({ '.python-version': '3.13.99\n' })[0]).toMatchObject({ severity: 'notice' });
  });

  it('warns about a major whose support is ending', () => {
    expect(check({ '.python-version': '3.10\n' })[0]).toMatchObject({ severity: 'warning' });
  });

  it('requires .python-version with uv on Heroku, and refuses runtime.txt there', () => {
    const uv = { 'uv.lock': 'version = 1\n', 'pyproject.toml': '[project]\nname = "x"\n' };
    const files = { 'uv.lock': uv['uv.lock'], 'pyproject.toml': uv['pyproject.toml'], 'app.py': '' };
    const none = findingsIn('runtime-version', PROCFILE, files, { platform: 'heroku' });
    expect(none.map((f) => [f.severity, f.file])).toEqual([['error', 'uv.lock']]);
    const runtimeTxt = findingsIn('runtime-version', PROCFILE, { ...files, 'runtime.txt': 'python-3.12\n' }, { platform: 'heroku' });
    expect(runtimeTxt.map((f) => f.message).join(' ')).toContain('uv python pin');
    expect(findingsIn('runtime-version', PROCFILE, { ...files, '.python-version': '3.13\n' }, { platform: 'heroku' })).toEqual([]);
  });

  it('accepts supported pins and ignores the pins of a language the app is not built as', () => {
    for (const platform of ['heroku', 'dokku', 'codecapsules']) expect(check({ '.python-version': '3.13\n' }, platform)).toEqual([]);
    const node = { 'package.json': '{"scripts":{"start":"node index.js"}}', 'index.js': '', '.python-version': '3.6\n' };
    expect(findingsIn('runtime-version', 'web: npm start\n', node, { platform: 'heroku' })).toEqual([]);
  });
});

describe('runtime-version: Node.js', () => {
  const node = (engines: string, platform = 'heroku') =>
    findingsIn(
      'runtime-version',
      'web: npm start\n',
      {
        'package.json': `{\n  "scripts": {"start": "node index.js"},\n  "engines": {"node": ${JSON.stringify(engines)}}\n}\n`,
        'index.js': '',
      },
      { platform },
    );

  it('refuses a range that is not semver, on the value in package.json', () => {
    const [finding] = node('lts');
    expect(finding).toMatchObject({ severity: 'error', file: 'package.json', line: 3, column: 24, endColumn: 27 });
  });

  it('refuses a range no published version matches, and only notes one newer than the inventory', () => {
    expect(node('^0.1.0')[0]).toMatchObject({ severity: 'error' });
    expect(node('>=99')[0]).toMatchObject({ severity: 'notice' });
    expect(node('>=99')[0]?.message).toContain('as of 2026-08-20');
  });

  it('accepts ranges the inventory satisfies, and does not judge on Code Capsules', () => {
    for (const range of ['20.x', '>=18 <23', '^22.1.0', '24']) expect(node(range)).toEqual([]);
    expect(node('lts', 'codecapsules')).toEqual([]);
  });
});

describe('runtime-version: Java on Heroku', () => {
  const java = (version: string, platform = 'heroku') =>
    findingsIn(
      'runtime-version',
      'web: java -jar target/app.jar\n',
      { 'pom.xml': '<project/>', 'system.properties': `java.runtime.version=${version}\n` },
      { platform },
    );

  it('refuses a version the inventory does not have, and a discontinued distribution, on the value', () => {
    expect(java('12')[0]).toMatchObject({ severity: 'error', file: 'system.properties', line: 1, column: 22, endColumn: 24 });
    expect(java('heroku-21')[0]?.message).toContain('`21`');
  });

  it('warns about a version only an older stack has, and accepts the current ones', () => {
    expect(java('1.7')[0]).toMatchObject({ severity: 'warning' });
    for (const version of ['1.8', '17', '21', 'zulu-25', '21.0.0', '17.0.20']) expect(java(version)).toEqual([]);
    expect(java('12', 'codecapsules')).toEqual([]);
  });
});

describe('runtime-version: version files saved with a byte order mark or as UTF-16', () => {
  const BOM = '\uFEFF';

  it('refuses a .python-version with a BOM on the Heroku families, and warns on Code Capsules where a setting could stand in', () => {
    for (const platform of ['heroku', 'heroku-fir', 'dokku']) {
      const findings = check({ '.python-version': `${BOM}3.13\n` }, platform);
      expect(findings.map((f) => [f.severity, f.file, f.line, f.column])).toEqual([['error', '.python-version', 1, 1]]);
      expect(findings[0]?.message).toContain('UTF-8 with a byte order mark');
      expect(findings[0]?.message).toContain('without a byte order mark');
    }
    const [gcp] = check({ '.python-version': `${BOM}3.13\n` }, 'codecapsules');
    expect(gcp).toMatchObject({ severity: 'warning', file: '.python-version' });
    expect(gcp?.message).toContain('unless `GOOGLE_PYTHON_VERSION`');
  });

  it('reports only the encoding, not what the builder never gets to read (an old major, runtime.txt deprecation)', () => {
    const findings = check({ '.python-version': `${BOM}3.8\n` });
    expect(findings.map((f) => f.message.includes('byte order mark'))).toEqual([true]);
    const runtimeTxt = check({ 'runtime.txt': `${BOM}python-3.12\n` });
    expect(runtimeTxt.map((f) => [f.severity, f.file])).toEqual([['error', 'runtime.txt']]);
    expect(runtimeTxt[0]?.message).toContain('Invalid Python version in runtime.txt');
  });

  it('reads the version of a BOM file correctly where no builder reads the file (.nvmrc)', () => {
    const app = (nvmrc: string) => ({
      'package.json': '{"scripts":{"start":"node i.js"},"engines":{"node":"20.x"}}',
      'i.js': '',
      '.nvmrc': nvmrc,
    });
    for (const platform of ['heroku', 'codecapsules']) {
      expect(findingsIn('runtime-version', 'web: npm start\n', app(`${BOM}20\n`), { platform })).toEqual([]);
      expect(findingsIn('runtime-pins-disagree', 'web: npm start\n', app(`${BOM}20\n`), { platform })).toEqual([]);
    }
    const files = memoryAppFiles(app(`${BOM}v18\n`));
    expect(chooseRuntime(files, 'heroku-classic', 'node')?.pin?.source).toBe('engines-node');
    expect(findingsIn('runtime-pins-disagree', 'web: npm start\n', app(`${BOM}v18\n`), { platform: 'heroku' })[0]?.message).toContain(
      '(`v18`)',
    );
  });

  it('shows no installed version for a pin its builder cannot read', () => {
    const files = memoryAppFiles({ ...PYTHON_APP, '.python-version': `${BOM}3.12\n` });
    expect(chooseRuntime(files, 'heroku-classic', 'python')).toMatchObject({ version: null, pin: { value: '3.12' } });
    expect(chooseRuntime(memoryAppFiles({ ...PYTHON_APP, '.python-version': '3.12\n' }), 'heroku-classic', 'python')?.version).toBe(
      '3.12.14',
    );
  });

  it('refuses a .ruby-version with a BOM on Code Capsules (GCP reads its bytes), and ignores it on Heroku (which does not read it)', () => {
    const ruby = { Gemfile: 'source "https://rubygems.org"\n', 'config.ru': '', '.ruby-version': `${BOM}3.4.9` };
    const [gcp, ...rest] = findingsIn('runtime-version', 'web: bundle exec puma\n', ruby, { platform: 'codecapsules' });
    expect(rest).toEqual([]);
    expect(gcp).toMatchObject({ severity: 'warning', file: '.ruby-version' });
    expect(gcp?.message).toContain('(Unverified: Code Capsules is assumed');
    expect(findingsIn('runtime-version', 'web: bundle exec puma\n', ruby, { platform: 'heroku' })).toEqual([]);
  });
});

describe('runtime-version: Ruby', () => {
  const lock = (line: string) => `GEM\n  remote: https://rubygems.org/\n\nRUBY VERSION\n${line}\n\nBUNDLED WITH\n   2.5.23\n`;
  const ruby = (line: string, platform = 'heroku', extra: Record<string, string> = {}) =>
    findingsIn(
      'runtime-version',
      'web: bundle exec puma -C config/puma.rb\n',
      { Gemfile: 'source "https://rubygems.org"\n', 'Gemfile.lock': lock(line), 'config.ru': '', ...extra },
      { platform },
    );

  it('warns about an end-of-life Ruby on the Heroku families, on the lockfile line', () => {
    for (const platform of ['heroku', 'heroku-fir', 'dokku']) {
      const [finding, ...rest] = ruby('   ruby 2.7.8p225', platform);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ severity: 'warning', file: 'Gemfile.lock', line: 5, column: 9, endColumn: 18 });
      expect(finding?.message).toContain('Ruby 2.7');
      expect(finding?.message).toContain('Ruby < 3.1');
    }
  });

  it('only notes a Ruby newer than the table, with its date', () => {
    const [minor] = ruby('   ruby 4.1.0p0');
    expect(minor).toMatchObject({ severity: 'notice' });
    expect(minor?.message).toContain('as of 2026-07-20');
    expect(ruby('   ruby 3.4.99')[0]).toMatchObject({ severity: 'notice' });
    expect(ruby('   ruby 3.4.99', 'dokku')[0]?.message).toContain('as of 2026-06-11');
  });

  it('accepts supported Rubies and a JRuby line, and does not judge version lists on Code Capsules', () => {
    for (const platform of ['heroku', 'heroku-fir', 'dokku']) {
      for (const line of ['   ruby 3.4.9p100', '   ruby 3.3.0', '   ruby 3.1.4p0 (jruby 9.4.5.0)', '   ruby 2.6.8p205 (jruby 9.3.13.0)'])
        expect(ruby(line, platform)).toEqual([]);
    }
    expect(ruby('   ruby 2.7.8p225', 'codecapsules')).toEqual([]);
  });

  it('warns that Heroku installs its default Ruby when RUBY VERSION holds no N.N.N', () => {
    const [finding] = ruby('   ruby 3.3');
    expect(finding).toMatchObject({ severity: 'warning', file: 'Gemfile.lock', line: 5 });
    expect(finding?.message).toContain('default Ruby');
  });

  it('refuses on Code Capsules a RUBY VERSION line the Google Cloud parser rejects, which Heroku reads', () => {
    const [gcp] = ruby('   ruby 3.1.4p0 (jruby 9.4.5.0)', 'codecapsules');
    expect(gcp).toMatchObject({ severity: 'warning', file: 'Gemfile.lock', line: 5 });
    expect(gcp?.message).toContain('cannot parse the line after `RUBY VERSION`');
    expect(ruby('   ruby 3.3.0p0', 'codecapsules')).toEqual([]);
  });

  it('reads gems.locked on Code Capsules only (Heroku reads Gemfile.lock alone)', () => {
    const files = memoryAppFiles({
      'gems.rb': 'source "https://rubygems.org"\n',
      'gems.locked': lock('   ruby 3.3.4p94'),
      'config.ru': '',
    });
    expect(chooseRuntime(files, 'gcp', 'ruby')).toMatchObject({
      version: '3.3.4',
      pin: { source: 'gems-locked', file: 'gems.locked', value: '3.3.4p94' },
    });
    expect(chooseRuntime(files, 'heroku-classic', 'ruby')).toMatchObject({ pin: null, version: null });
    const both = memoryAppFiles({ 'Gemfile.lock': lock('   ruby 3.4.1'), 'gems.locked': lock('   ruby 3.3.4p94') });
    expect(chooseRuntime(both, 'gcp', 'ruby')?.pin?.source).toBe('gemfile-lock');
  });

  it('refuses on Code Capsules a .ruby-version that is not a version constraint', () => {
    const files = { Gemfile: 'source "https://rubygems.org"\n', 'config.ru': '' };
    const [gcp] = findingsIn(
      'runtime-version',
      'web: bundle exec puma\n',
      { ...files, '.ruby-version': 'ruby-3.4.9\n' },
      { platform: 'codecapsules' },
    );
    expect(gcp).toMatchObject({ severity: 'warning', file: '.ruby-version', line: 1, column: 1, endColumn: 11 });
    expect(
      findingsIn('runtime-version', 'web: bundle exec puma\n', { ...files, '.ruby-version': '3.4.9\n' }, { platform: 'codecapsules' }),
    ).toEqual([]);
  });
});

describe('runtime-version: Go', () => {
  const goMod = (body: string) => `module example.com/app\n\n${body}\n`;
  const go = (body: string, platform = 'heroku') =>
    findingsIn('runtime-version', 'web: bin/app\n', { 'go.mod': goMod(body), 'main.go': 'package main\n' }, { platform });

  it('accepts a go directive the buildpacks have a release for, and the +heroku comment that wins over it', () => {
    for (const platform of ['heroku', 'heroku-fir', 'dokku', 'codecapsules'])
      for (const body of ['go 1.22', 'go 1.22.0', 'go 1.21', 'go 1.25.3', '// +heroku goVersion go1.24\ngo 1.99'])
        expect(go(body, platform)).toEqual([]);
  });

  it('refuses a release the buildpack does not list, on the go line; a warning on the classic ones, where GOVERSION wins', () => {
    for (const platform of ['heroku', 'heroku-fir', 'dokku']) {
      const [finding, ...rest] = go('go 1.22.5.1', platform);
      expect(rest).toEqual([]);
      const severity = platform === 'heroku-fir' ? 'error' : 'warning';
      expect(finding).toMatchObject({ severity, file: 'go.mod', line: 3, column: 4, endColumn: 12 });
      if (severity === 'warning') expect(finding?.message).toContain('unless the `GOVERSION` config var is set');
    }
    expect(go('go 1.10')[0]?.message).toContain('does not support Go modules');
    expect(go('// +heroku goVersion go1.21rc9')[0]).toMatchObject({ severity: 'warning', line: 3 });
    expect(go('// +heroku goVersion go1.21rc9', 'heroku-fir')[0]).toMatchObject({ severity: 'error', line: 3 });
    expect(go('// +heroku goVersion go1.26.77')[0]).toMatchObject({ severity: 'notice', line: 3 });
  });

  it('only notes a release newer than the table, with its date', () => {
    const [classic] = go('go 1.27');
    expect(classic).toMatchObject({ severity: 'notice' });
    expect(classic?.message).toContain('as of 2026-07-14');
    expect(go('go 1.27', 'heroku-fir')).toEqual([]);
    expect(go('go 1.28', 'heroku-fir')[0]?.message).toContain('as of 2026-08-20');
  });

  it('shows the release each builder installs', () => {
    const files = memoryAppFiles({ 'go.mod': goMod('go 1.22'), 'main.go': '' });
    expect(chooseRuntime(files, 'heroku-classic', 'go')).toMatchObject({ version: '1.22.12', pin: { source: 'go-mod-go' } });
    expect(chooseRuntime(files, 'heroku-cnb', 'go')?.version).toBe('1.22.12');
    expect(chooseRuntime(files, 'gcp', 'go')).toMatchObject({ pin: null, version: null });
    expect(chooseRuntime(files, 'gcp', 'go')?.fallback).toContain('GOOGLE_GO_VERSION');
  });
});

describe('runtime-version: PHP', () => {
  const lock = (php: string) => `{\n  "packages": [],\n  "platform": {\n    "php": ${JSON.stringify(php)}\n  },\n  "platform-dev": []\n}\n`;
  const php = (constraint: string | null, platform = 'heroku', extra: Record<string, string> = {}) =>
    findingsIn(
      'runtime-version',
      'web: heroku-php-apache2 public/\n',
      {
        'composer.json': `{"require": {"php": ${JSON.stringify(constraint ?? '*')}}}`,
        ...(constraint === null ? {} : { 'composer.lock': lock(constraint) }),
        'index.php': '',
        ...extra,
      },
      { platform },
    );

  it('accepts requirements the Heroku repository satisfies, and does not judge on Code Capsules', () => {
    for (const platform of ['heroku', 'heroku-fir', 'dokku', 'codecapsules'])
      for (const constraint of ['^8.1', '>=8.2 <8.4', '~8.3.0', '8.4.*', '^7.4 || ^8.0', '~8.1', '8.3.1', '^8.3@RC'])
        expect(php(constraint, platform)).toEqual([]);
  });

  it('warns about a requirement only older PHP satisfies, on the lock value, and notes one newer than the table', () => {
    for (const platform of ['heroku', 'heroku-fir', 'dokku']) {
      const [finding, ...rest] = php('~7.4.0', platform);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ severity: 'warning', file: 'composer.lock', line: 4, column: 13, endColumn: 19 });
      expect(finding?.message).toContain('PHP 8.1 to 8.5');
    }
    const [newer] = php('^9.0');
    expect(newer).toMatchObject({ severity: 'notice' });
    expect(newer?.message).toContain('as of 2026-07-21');
  });

  it('refuses a composer.json that requires packages without a composer.lock on the Heroku families', () => {
    for (const platform of ['heroku', 'heroku-fir', 'dokku'])
      expect(php(null, platform).map((f) => [f.severity, f.file])).toEqual([['error', 'composer.json']]);
    expect(php(null, 'codecapsules')).toEqual([]);
  });

  it('shows the PHP the requirement installs', () => {
    const files = memoryAppFiles({ 'composer.json': '{"require":{"php":"^8.2"}}', 'composer.lock': lock('^8.2') });
    expect(chooseRuntime(files, 'heroku-classic', 'php')).toMatchObject({ version: '8.5.8', pin: { source: 'composer-lock-php' } });
    expect(chooseRuntime(memoryAppFiles({ 'composer.lock': lock('~8.3.0') }), 'heroku-cnb', 'php')?.version).toBe('8.3.32');
    expect(chooseRuntime(files, 'gcp', 'php')).toMatchObject({ version: null, pin: { source: 'composer-php' } });
  });
});

describe('runtime-version: .NET on Heroku Fir', () => {
  const csproj = (tfm: string) =>
    `<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>${tfm}</TargetFramework>\n  </PropertyGroup>\n</Project>\n`;
  const dotnet = (tfm: string, platform = 'heroku-fir', extra: Record<string, string> = {}) =>
    findingsIn(
      'runtime-version',
      'web: cd bin/publish; ./app --urls http://*:$PORT\n',
      { 'app.csproj': csproj(tfm), ...extra },
      { platform },
    );

  it('accepts a target framework the inventory has SDKs for, and does not judge elsewhere', () => {
    expect(dotnet('net8.0')).toEqual([]);
    expect(dotnet('net10.0')).toEqual([]);
    for (const platform of ['codecapsules', 'heroku', 'dokku']) expect(dotnet('net6.0', platform)).toEqual([]);
  });

  it('refuses a framework without SDKs there, and one it cannot read, on the project file', () => {
    const [old, ...rest] = dotnet('net6.0');
    expect(rest).toEqual([]);
    expect(old).toMatchObject({ severity: 'error', file: 'app.csproj', line: 3, column: 22, endColumn: 28 });
    expect(old?.message).toContain('`^6.0`');
    expect(dotnet('netcoreapp3.1')[0]?.message).toContain('netN.N');
    expect(dotnet('net99.0')[0]).toMatchObject({ severity: 'notice' });
  });

  it('reads global.json first, with its rollForward policy', () => {
    const global = (sdk: string) => ({ 'global.json': `{\n  "sdk": ${sdk}\n}\n` });
    expect(dotnet('net6.0', 'heroku-fir', global('{ "version": "8.0.100", "rollForward": "latestFeature" }'))).toEqual([]);
    const [pinned] = dotnet('net8.0', 'heroku-fir', global('{ "version": "8.0.109", "rollForward": "disable" }'));
    expect(pinned).toMatchObject({ severity: 'error', file: 'global.json', line: 2 });
    expect(dotnet('net8.0', 'heroku-fir', global('{ "version": "8.0.999", "rollForward": "disable" }'))[0]).toMatchObject({
      severity: 'notice',
    });
    const files = memoryAppFiles({ 'app.csproj': csproj('net8.0'), ...global('{ "version": "8.0.100", "rollForward": "latestPatch" }') });
    expect(chooseRuntime(files, 'heroku-cnb', 'dotnet')?.version).toMatch(/^8\.0\.1\d\d$/);
    expect(chooseRuntime(memoryAppFiles({ 'app.csproj': csproj('net8.0') }), 'heroku-cnb', 'dotnet')?.version).toMatch(/^8\.0\.\d+$/);
  });
});

describe('runtime-version: Java on Dokku and Code Capsules', () => {
  const java = (version: string, platform: string) =>
    findingsIn(
      'runtime-version',
      'web: java -jar target/app.jar\n',
      { 'pom.xml': '<project/>', 'system.properties': `java.runtime.version=${version}\n` },
      { platform },
    );

  it('judges Dokku as Heroku: herokuish bundles heroku-buildpack-java, which downloads the same jvm-common', () => {
    expect(java('12', 'dokku')[0]).toMatchObject({ severity: 'error', file: 'system.properties' });
    expect(java('21', 'dokku')).toEqual([]);
  });

  it('warns on Code Capsules when the pin is newer than the Java its builder installs by default, naming the setting', () => {
    const [finding, ...rest] = java('25', 'codecapsules');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', file: 'system.properties', line: 1, column: 22, endColumn: 24 });
    expect(finding?.message).toContain('GOOGLE_RUNTIME_VERSION=25');
    for (const version of ['17', '21', '1.8', 'zulu-21']) expect(java(version, 'codecapsules')).toEqual([]);
  });
});
