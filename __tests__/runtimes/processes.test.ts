/** The runtime rules at the user's boundary: the CLI and the built action, run as processes on small apps. */
import type { LintResult } from '../../src/engine/types.js';
import { runAction, runCli } from '../helpers/processes.js';
import { makeTree, removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

const APP = { Procfile: 'web: gunicorn app:app\n', 'app.py': '', 'requirements.txt': 'gunicorn\n' };
const runtimeFindings = (result: LintResult) =>
  result.findings.filter((f) => f.rule.startsWith('runtime-')).map((f) => [f.rule, f.severity, f.file, f.line]);

describe('runtime pins through the CLI', () => {
  const lintAs = (platform: string) => {
    const tree = makeTree({ ...APP, 'runtime.txt': 'python-3.9\n', '.python-version': '3.12\n' });
    const run = runCli(['--format', 'json', '--platform', platform, tree]);
    return { status: run.status, result: JSON.parse(run.stdout) as LintResult };
  };

  it('fails on Heroku and Dokku, which read the deprecated, end-of-life runtime.txt first, and says which pin wins', () => {
    for (const platform of ['heroku', 'dokku']) {
      const { status, result } = lintAs(platform);
      expect(status).toBe(1);
      expect(runtimeFindings(result)).toEqual([
        ['runtime-pins-disagree', 'warning', '.python-version', 1],
        ['runtime-version', 'error', 'runtime.txt', 1],
        ['runtime-version', 'warning', 'runtime.txt', 1],
      ]);
    }
  });

  it('only notes the ignored runtime.txt on Code Capsules, which reads .python-version', () => {
    const { status, result } = lintAs('codecapsules');
    expect(status).toBe(0);
    expect(runtimeFindings(result)).toEqual([['runtime-pins-disagree', 'notice', 'runtime.txt', 1]]);
    expect(result.runtime).toMatchObject({
      language: 'python',
      requested: '3.12',
      version: null,
      source: { file: '.python-version', line: 1 },
    });
  });

  it('puts the runtime each platform installs in the JSON result', () => {
    expect(lintAs('heroku').result.runtime).toMatchObject({
      requested: 'python-3.9',
      version: null,
      source: { file: 'runtime.txt', line: 1 },
    });
    const tree = makeTree({ ...APP, '.python-version': '3.13\n' });
    const run = runCli(['--format', 'json', '--platform', 'dokku', tree]);
    expect((JSON.parse(run.stdout) as LintResult).runtime).toMatchObject({ version: '3.13.15', table: { checked: '2026-08-05' } });
  });
});

describe('runtime pins through the action', () => {
  it('annotates the pin the platform refuses, on its file and line, and fails the step', () => {
    const workspace = makeTree({
      'app/Procfile': APP.Procfile,
      'app/app.py': '',
      'app/requirements.txt': 'gunicorn\n',
      'app/.python-version': '# pinned\n3.8\n',
    });
    const run = runAction(workspace, { path: 'app', platform: 'heroku' });
    expect(run.status).toBe(1);
    const annotation = run.stdout.split('\n').find((line) => line.startsWith('::error title=procfile-lint%3A runtime-version'));
    expect(annotation).toMatch(/file=app\/\.python-version,line=2,endLine=2,col=1,endColumn=4::Python 3\.8/);
    expect(run.summary).toContain(
      '<p>Runtime: <b>Python</b>, from <code>3.8</code> in <code>app/.python-version</code> line 2 (table of 2026-08-18).</p>',
    );
    expect(runAction(workspace, { path: 'app', platform: 'codecapsules' }).status).toBe(0);
  });
});

/** `3.13` as PowerShell 5's `echo 3.13 > .python-version` writes it: UTF-16 little-endian with a byte order mark. */
const UTF16_PYTHON_VERSION = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('3.13\r\n', 'utf16le')]);

const RUBY_APP = {
  Procfile: 'web: bundle exec puma -p $PORT\n',
  'config.ru': '',
  Gemfile: 'source "https://rubygems.org"\ngem "puma"\n',
  'Gemfile.lock': 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.2)\n\nRUBY VERSION\n   ruby 2.7.8p225\n',
  '.ruby-version': '2.7.8\n',
};

describe('version files and Ruby pins through the CLI, on every platform', () => {
  const lint = (tree: string, platform: string, ...extra: string[]) => {
    const run = runCli(['--format', 'json', '--platform', platform, ...extra, tree]);
    return { status: run.status, result: JSON.parse(run.stdout) as LintResult };
  };

  it('fails on a UTF-16 .python-version where the builder reads its bytes, and only warns on Code Capsules', () => {
    const tree = makeTree({ ...APP, '.python-version': UTF16_PYTHON_VERSION });
    for (const platform of ['heroku', 'heroku-fir', 'dokku']) {
      const { status, result } = lint(tree, platform);
      expect([platform, status, runtimeFindings(result)]).toEqual([platform, 1, [['runtime-version', 'error', '.python-version', 1]]]);
      expect(result.findings.find((f) => f.rule === 'runtime-version')?.message).toContain('UTF-16 little-endian');
      expect(result.runtime).toMatchObject({ requested: '3.13', version: null });
    }
    const { status, result } = lint(tree, 'codecapsules');
    expect([status, runtimeFindings(result)]).toEqual([0, [['runtime-version', 'warning', '.python-version', 1]]]);
  });

  it('judges the Gemfile.lock Ruby on the Heroku families and the byte-exact .ruby-version on Code Capsules', () => {
    const tree = makeTree(RUBY_APP);
    // Ruby 2.7: a warning where an old stack may still have it, an error (exit 1) on Fir, whose builders never had it.
    for (const [platform, severity, exit] of [
      ['heroku', 'warning', 0],
      ['heroku-fir', 'error', 1],
      ['dokku', 'warning', 0],
    ] as const) {
      const { status, result } = lint(tree, platform);
      expect([platform, status, runtimeFindings(result)]).toEqual([platform, exit, [['runtime-version', severity, 'Gemfile.lock', 7]]]);
      expect(result.runtime).toMatchObject({
        language: 'ruby',
        requested: '2.7.8p225',
        version: '2.7.8',
        source: { file: 'Gemfile.lock', line: 7 },
      });
    }
    const { status, result } = lint(tree, 'codecapsules');
    expect([status, runtimeFindings(result)]).toEqual([0, [['runtime-pins-disagree', 'warning', '.ruby-version', 1]]]);
    expect(result.runtime).toMatchObject({ language: 'ruby', version: '2.7.8', table: { checked: '2026-08-22' } });
  });

  it('names the runtime in --explain', () => {
    const run = runCli(['--explain', '--platform', 'heroku', makeTree(RUBY_APP)]);
    expect(run.stdout).toContain('Runtime: Ruby `2.7.8`, from `2.7.8p225` in `Gemfile.lock` line 7 (table of 2026-07-20).');
    const { Procfile, 'config.ru': configRu, 'Gemfile.lock': lock } = RUBY_APP;
    const gems = makeTree({ Procfile, 'config.ru': configRu, 'gems.rb': RUBY_APP.Gemfile, 'gems.locked': lock });
    expect(runCli(['--explain', '--platform', 'codecapsules', gems]).stdout).toContain('from `2.7.8p225` in `gems.locked` line 7');
  });
});

describe('version files and Ruby pins through the action', () => {
  it('annotates a BOM .python-version on line 1 and fails the step on Heroku Fir; shows the Ruby runtime in the summary', () => {
    const workspace = makeTree({ ...APP, '.python-version': '\uFEFF3.13\n' });
    const run = runAction(workspace, { platform: 'heroku-fir' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error title=procfile-lint%3A runtime-version,file=\.python-version,line=1,.*byte order mark/);
    const ruby = runAction(makeTree(RUBY_APP), { platform: 'dokku' });
    expect(ruby.status).toBe(0);
    expect(ruby.stdout).toMatch(/::warning title=procfile-lint%3A runtime-version,file=Gemfile\.lock,line=7,.*Ruby 2\.7/);
    expect(ruby.summary).toContain(
      '<p>Runtime: <b>Ruby 2.7.8</b>, from <code>2.7.8p225</code> in <code>Gemfile.lock</code> line 7 (table of 2026-06-11).</p>',
    );
    const capsule = runAction(makeTree(RUBY_APP), { platform: 'codecapsules' });
    expect(capsule.stdout).toMatch(/::warning title=procfile-lint%3A runtime-pins-disagree,file=\.ruby-version,line=1,.*line break/);
  });
});

describe('Go, PHP, .NET and Java pins through the CLI and the action, on every platform', () => {
  const PLATFORMS = ['codecapsules', 'heroku', 'heroku-fir', 'dokku'] as const;
  const csproj =
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n';
  const apps = {
    go: {
      files: { Procfile: 'web: bin/app\n', 'go.mod': 'module example.com/app\n\ngo 1.21rc9\n', 'main.go': 'package main\n' },
      expected: {
        codecapsules: [],
        heroku: [['runtime-version', 'warning', 'go.mod', 3]],
        'heroku-fir': [['runtime-version', 'error', 'go.mod', 3]],
        dokku: [['runtime-version', 'warning', 'go.mod', 3]],
      },
    },
    php: {
      files: {
        Procfile: 'web: heroku-php-apache2 public/\n',
        'composer.json': '{"require": {"php": "~7.4.0"}}\n',
        'composer.lock': '{\n  "packages": [],\n  "platform": {\n    "php": "~7.4.0"\n  },\n  "platform-dev": []\n}\n',
        'public/index.php': '',
      },
      expected: {
        codecapsules: [],
        heroku: [['runtime-version', 'warning', 'composer.lock', 4]],
        'heroku-fir': [['runtime-version', 'warning', 'composer.lock', 4]],
        dokku: [['runtime-version', 'warning', 'composer.lock', 4]],
      },
    },
    dotnet: {
      files: { Procfile: 'web: cd bin/publish; ./app --urls http://*:$PORT\n', 'app.csproj': csproj, 'Program.cs': '' },
      expected: {
        codecapsules: [['runtime-pins-disagree', 'notice', 'app.csproj', 3]],
        heroku: [],
        'heroku-fir': [['runtime-version', 'error', 'app.csproj', 3]],
        dokku: [],
      },
    },
    java: {
      files: { Procfile: 'web: java -jar target/app.jar\n', 'pom.xml': '<project/>', 'system.properties': 'java.runtime.version=25\n' },
      expected: {
        codecapsules: [
          ['runtime-version', 'warning', 'system.properties', 1],
          ['runtime-pins-disagree', 'notice', 'system.properties', 1],
        ],
        heroku: [],
        'heroku-fir': [],
        dokku: [],
      },
    },
  };

  it.each(Object.entries(apps))(
    '%s: the CLI reports the pin each platform refuses, and the runtime in the JSON result',
    (language, app) => {
      // One run over every platform (--platform takes a list): a result per platform, in the order given.
      const run = runCli(['--format', 'json', '--platform', PLATFORMS.join(','), makeTree(app.files)]);
      const { platforms } = JSON.parse(run.stdout) as { platforms: LintResult[] };
      expect(platforms.map((result) => result.platform)).toEqual(PLATFORMS);
      for (const [index, platform] of PLATFORMS.entries()) {
        const result = platforms[index] as LintResult;
        // Heroku's classic buildpacks and herokuish have no .NET buildpack: the app is not built as .NET there.
        const built = language === 'dotnet' && (platform === 'heroku' || platform === 'dokku') ? null : language;
        expect([platform, result.language, runtimeFindings(result)]).toEqual([platform, built, app.expected[platform]]);
        if (result.language) expect(result.runtime?.language).toBe(language);
      }
    },
  );

  it('the action annotates the Go pin on Heroku and the .NET one on Heroku Fir, with the runtime in the summary', () => {
    const go = runAction(makeTree(apps.go.files), { platform: 'heroku' });
    expect(go.status).toBe(0);
    expect(go.stdout).toMatch(/::warning title=procfile-lint%3A runtime-version,file=go\.mod,line=3,.*GOVERSION/);
    expect(runAction(makeTree(apps.go.files), { platform: 'heroku-fir' }).status).toBe(1);
    expect(go.summary).toContain(
      '<p>Runtime: <b>Go</b>, from <code>1.21rc9</code> in <code>go.mod</code> line 3 (table of 2026-07-14).</p>',
    );
    const dotnet = runAction(makeTree(apps.dotnet.files), { platform: 'heroku-fir' });
    expect(dotnet.status).toBe(1);
    expect(dotnet.stdout).toMatch(/::error title=procfile-lint%3A runtime-version,file=app\.csproj,line=3,.*net6\.0/);
    const php = runAction(makeTree({ ...apps.php.files, 'composer.lock': apps.php.files['composer.lock'].replace(/~7\.4\.0/, '^8.2') }), {
      platform: 'dokku',
    });
    expect(php.summary).toContain(
      '<p>Runtime: <b>PHP 8.5.8</b>, from <code>^8.2</code> in <code>composer.lock</code> line 4 (table of 2026-07-21).</p>',
    );
  });
});
