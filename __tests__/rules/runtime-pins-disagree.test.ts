import { findingsIn } from '../helpers/lint.js';

const PYTHON_APP = { 'requirements.txt': 'gunicorn\n', 'app.py': '' };
const check = (files: Record<string, string>, platform = 'heroku', procfile = 'web: gunicorn app:app\n') =>
  findingsIn('runtime-pins-disagree', procfile, { ...PYTHON_APP, ...files }, { platform });

describe('runtime-pins-disagree', () => {
  it('warns on the pin Heroku overrides, naming the one it uses', () => {
    const [finding, ...rest] = check({ 'runtime.txt': 'python-3.9\n', '.python-version': '3.12\n' });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', file: '.python-version', line: 1, column: 1, endColumn: 5 });
    expect(finding?.message).toContain('installs `python-3.9` from `runtime.txt`');
  });

  it('notes a pin the builder does not read at all, saying what it installs instead', () => {
    const [overridden] = check({ 'runtime.txt': 'python-3.9\n', '.python-version': '3.12\n' }, 'codecapsules');
    expect(overridden).toMatchObject({ severity: 'notice', file: 'runtime.txt' });
    expect(overridden?.message).toContain('installs `3.12` from `.python-version`');
    const [alone] = check({ 'runtime.txt': 'python-3.9\n' }, 'codecapsules');
    expect(alone?.message).toContain('the latest Python of the builder');
  });

  it('compares a version with a range (requires-python) and points at the line of the range', () => {
    const pyproject = '[project]\nname = "app"\nrequires-python = ">=3.13"\n';
    const [finding] = check({ 'pyproject.toml': pyproject, '.python-version': '3.12\n' });
    expect(finding).toMatchObject({ severity: 'notice', file: 'pyproject.toml', line: 3, column: 20, endColumn: 26 });
    expect(check({ 'pyproject.toml': pyproject.replace('3.13', '3.9'), '.python-version': '3.12\n' })).toEqual([]);
  });

  it('stays silent when the pins agree (a major and one of its patches, python- prefix aside)', () => {
    expect(check({ 'runtime.txt': 'python-3.12.4\n', '.python-version': '3.12\n' })).toEqual([]);
    expect(check({ '.python-version': '3.12\n', 'Pipfile.lock': '{"_meta":{"requires":{"python_version":"3.12"}}}' })).toEqual([]);
  });

  it('warns on Code Capsules when Gemfile.lock and .ruby-version differ, which fails its assumed (GCP) Ruby buildpack', () => {
    const ruby = {
      Gemfile: 'source "https://rubygems.org"\nruby "3.2.2"\n',
      'Gemfile.lock': 'GEM\n\nRUBY VERSION\n   ruby 3.2.2p53\n',
      'config.ru': '',
    };
    const findings = findingsIn(
      'runtime-pins-disagree',
      'web: bundle exec puma\n',
      { ...ruby, '.ruby-version': '3.3.0\n' },
      { platform: 'codecapsules' },
    );
    expect(findings.map((f) => [f.severity, f.file])).toEqual([['warning', '.ruby-version']]);
    expect(findings[0]?.message).toContain('requires the same text in both');
    expect(findings[0]?.message).toContain('(Unverified: Code Capsules is assumed to build with Google Cloud buildpacks');
    const heroku = findingsIn(
      'runtime-pins-disagree',
      'web: bundle exec puma\n',
      { ...ruby, '.ruby-version': '3.3.0\n' },
      { platform: 'heroku' },
    );
    expect(heroku.map((f) => [f.severity, f.file])).toEqual([['notice', '.ruby-version']]);
    expect(
      findingsIn('runtime-pins-disagree', 'web: bundle exec puma\n', { ...ruby, '.ruby-version': '3.2.2' }, { platform: 'codecapsules' }),
    ).toEqual([]);
  });

  it('warns on Code Capsules about a .ruby-version that matches Gemfile.lock but for its line break (GCP compares the bytes)', () => {
    const ruby = { Gemfile: 'source "https://rubygems.org"\n', 'Gemfile.lock': 'GEM\n\nRUBY VERSION\n   ruby 3.2.2p53\n', 'config.ru': '' };
    const lint = (platform: string, dotFile = '3.2.2\n') =>
      findingsIn('runtime-pins-disagree', 'web: bundle exec puma\n', { ...ruby, '.ruby-version': dotFile }, { platform });
    const [finding, ...rest] = lint('codecapsules');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', file: '.ruby-version', line: 1, column: 1, endColumn: 6 });
    expect(finding?.message).toContain('followed by a line break');
    for (const platform of ['heroku', 'heroku-fir', 'dokku']) expect(lint(platform)).toEqual([]);
    const locked = { Gemfile: ruby.Gemfile, 'gems.locked': ruby['Gemfile.lock'], 'config.ru': '' };
    const fromGemsLocked = findingsIn(
      'runtime-pins-disagree',
      'web: bundle exec puma\n',
      { ...locked, '.ruby-version': '3.3.0\n' },
      {
        platform: 'codecapsules',
      },
    );
    expect(fromGemsLocked.map((f) => f.message).join('')).toContain('`RUBY VERSION` in gems.locked says `3.2.2`');
  });

  it('notes an .nvmrc that engines.node contradicts, and accepts one it allows', () => {
    const app = (nvmrc: string) => ({
      'package.json': '{"scripts":{"start":"node i.js"},"engines":{"node":"20.x"}}',
      'i.js': '',
      '.nvmrc': nvmrc,
    });
    const [finding] = findingsIn('runtime-pins-disagree', 'web: npm start\n', app('v18\n'), { platform: 'heroku' });
    expect(finding).toMatchObject({ severity: 'notice', file: '.nvmrc' });
    expect(findingsIn('runtime-pins-disagree', 'web: npm start\n', app('20.11.1\n'), { platform: 'heroku' })).toEqual([]);
    expect(findingsIn('runtime-pins-disagree', 'web: npm start\n', app('lts/*\n'), { platform: 'heroku' })).toEqual([]);
  });
});

describe('runtime-pins-disagree: Go, .NET and Java', () => {
  it('notes a go directive Code Capsules ignores only when its default Go (1.26) is older', () => {
    const go = (directive: string) =>
      findingsIn(
        'runtime-pins-disagree',
        'web: main\n',
        { 'go.mod': `module example.com/app\n\ngo ${directive}\n`, 'main.go': '' },
        { platform: 'codecapsules' },
      );
    expect(go('1.22')).toEqual([]);
    expect(go('1.26.2')).toEqual([]);
    const [newer] = go('1.27');
    expect(newer).toMatchObject({ severity: 'notice', file: 'go.mod', line: 3 });
    expect(newer?.message).toContain('GOOGLE_GO_VERSION');
  });

  it('warns on Heroku Fir when global.json overrides a different TargetFramework', () => {
    const csproj = (tfm: string) =>
      `<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>${tfm}</TargetFramework></PropertyGroup></Project>\n`;
    const lint = (tfm: string) =>
      findingsIn(
        'runtime-pins-disagree',
        'web: ./app\n',
        { 'app.csproj': csproj(tfm), 'global.json': '{"sdk": {"version": "8.0.100"}}' },
        { platform: 'heroku-fir' },
      );
    expect(lint('net10.0').map((f) => [f.severity, f.file])).toEqual([['warning', 'app.csproj']]);
    expect(lint('net8.0')).toEqual([]);
  });

  it('does not note a system.properties Java that Code Capsules’ default Java 21 covers', () => {
    const java = (version: string) =>
      findingsIn(
        'runtime-pins-disagree',
        'web: java -jar target/app.jar\n',
        { 'pom.xml': '<project/>', 'system.properties': `java.runtime.version=${version}\n` },
        { platform: 'codecapsules' },
      );
    expect(java('17')).toEqual([]);
    expect(java('1.8')).toEqual([]);
    expect(java('25').map((f) => f.severity)).toEqual(['notice']);
  });
});
