/** The runtime rules at the user's boundary: the CLI and the built action, run as processes on small apps. */
import type { LintResult } from '../../src/engine/types.js';
import { appsTree, explainedApp, inApp, lintAppsJson, runAction, runCli, summarySection, type AppsRun } from '../helpers/processes.js';
import { removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

const APP = { Procfile: 'web: gunicorn app:app\n', 'app.py': '', 'requirements.txt': 'gunicorn\n' };
/** The runtime findings of `app`'s result, with file paths from the app's folder. */
const runtimeFindings = (result: LintResult, app: string) =>
  result.findings.filter((f) => f.rule.startsWith('runtime-')).map((f) => [f.rule, f.severity, inApp(app, f.file), f.line]);

/** `3.13` as PowerShell 5's `echo 3.13 > .python-version` writes it: UTF-16 little-endian with a byte order mark. */
const UTF16_PYTHON_VERSION = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('3.13\r\n', 'utf16le')]);

const RUBY_APP = {
  Procfile: 'web: bundle exec puma -p $PORT\n',
  'config.ru': '',
  Gemfile: 'source "https://rubygems.org"\ngem "puma"\n',
  'Gemfile.lock': 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.2)\n\nRUBY VERSION\n   ruby 2.7.8p225\n',
  '.ruby-version': '2.7.8\n',
};

const PLATFORMS = ['codecapsules', 'heroku', 'heroku-fir', 'dokku'] as const;
const csproj =
  '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n';
const LANGUAGE_APPS = {
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
const languageFiles = Object.fromEntries(Object.entries(LANGUAGE_APPS).map(([language, app]) => [language, app.files]));

/**
 * The CLI's runs, shared by the tests below: each lints several apps (a folder each) with the same options, and each
 * test reads its own app's result. `everyPlatform` gives the findings; as some of its apps fail, the cases that expect
 * exit status 0 take theirs from `passing` and `rubyPassing`, which hold only such cases. Every case that expects 1
 * has an error finding of its own in `everyPlatform`.
 */
const CLI_APPS = {
  pins: { ...APP, 'runtime.txt': 'python-3.9\n', '.python-version': '3.12\n' },
  py313: { ...APP, '.python-version': '3.13\n' },
  utf16: { ...APP, '.python-version': UTF16_PYTHON_VERSION },
  ruby: RUBY_APP,
  ...languageFiles,
};
let everyPlatform: AppsRun;
let passing: AppsRun;
let rubyPassing: AppsRun;
beforeAll(() => {
  const { pins, utf16, ruby } = CLI_APPS;
  everyPlatform = lintAppsJson(CLI_APPS, ['--platform', PLATFORMS.join(',')]);
  passing = lintAppsJson({ pins, utf16, ruby }, ['--platform', 'codecapsules']);
  rubyPassing = lintAppsJson({ ruby }, ['--platform', 'heroku,dokku']);
});

/** Exit status 0 and no error in any result of the run: each case in it passes on its own account. */
const expectPasses = (run: AppsRun, cases: [app: string, platform: string][]) => {
  expect([run.status, run.stderr]).toEqual([0, '']);
  expect(cases.map(([app, platform]) => [app, platform, run.result(app, platform).counts.error])).toEqual(
    cases.map(([app, platform]) => [app, platform, 0]),
  );
};

describe('runtime pins through the CLI', () => {
  it('fails on Heroku and Dokku, which read the deprecated, end-of-life runtime.txt first, and says which pin wins', () => {
    expect([everyPlatform.status, everyPlatform.stderr]).toEqual([1, '']);
    for (const platform of ['heroku', 'dokku']) {
      expect([platform, runtimeFindings(everyPlatform.result('pins', platform), 'pins')]).toEqual([
        platform,
        [
          ['runtime-pins-disagree', 'warning', '.python-version', 1],
          ['runtime-version', 'error', 'runtime.txt', 1],
          ['runtime-version', 'warning', 'runtime.txt', 1],
        ],
      ]);
    }
  });

  it('only notes the ignored runtime.txt on Code Capsules, which reads .python-version', () => {
    expectPasses(passing, [['pins', 'codecapsules']]);
    const result = everyPlatform.result('pins', 'codecapsules');
    expect(runtimeFindings(result, 'pins')).toEqual([['runtime-pins-disagree', 'notice', 'runtime.txt', 1]]);
    expect(result.runtime).toMatchObject({
      language: 'python',
      requested: '3.12',
      version: null,
      source: { file: 'pins/.python-version', line: 1 },
    });
  });

  it('puts the runtime each platform installs in the JSON result', () => {
    expect(everyPlatform.result('pins', 'heroku').runtime).toMatchObject({
      requested: 'python-3.9',
      version: null,
      source: { file: 'pins/runtime.txt', line: 1 },
    });
    expect(everyPlatform.result('py313', 'dokku').runtime).toMatchObject({ version: '3.13.15', table: { checked: '2026-08-05' } });
  });
});

/**
 * The action's runs, in one workspace of an app per folder: one run per platform, with the apps whose cases expect
 * the same exit status on it, and the `results` output says which app has the errors.
 */
const ACTION_APPS = {
  app: { ...APP, '.python-version': '# pinned\n3.8\n' },
  bom: { ...APP, '.python-version': '\uFEFF3.13\n' },
  ruby: RUBY_APP,
  go: LANGUAGE_APPS.go.files,
  dotnet: LANGUAGE_APPS.dotnet.files,
  php: { ...LANGUAGE_APPS.php.files, 'composer.lock': LANGUAGE_APPS.php.files['composer.lock'].replace(/~7\.4\.0/, '^8.2') },
};
let actionRuns: Record<'heroku' | 'codecapsules' | 'fir' | 'goHeroku' | 'dokku', ReturnType<typeof runAction>>;
beforeAll(() => {
  const workspace = appsTree(ACTION_APPS);
  actionRuns = {
    heroku: runAction(workspace, { path: 'app', platform: 'heroku' }),
    codecapsules: runAction(workspace, { path: 'app\nruby', platform: 'codecapsules' }),
    fir: runAction(workspace, { path: 'bom\ngo\ndotnet', platform: 'heroku-fir' }),
    goHeroku: runAction(workspace, { path: 'go', platform: 'heroku' }),
    dokku: runAction(workspace, { path: 'ruby\nphp', platform: 'dokku' }),
  };
});

const errorsPerApp = (run: ReturnType<typeof runAction>) =>
  (JSON.parse(run.outputs.results ?? '[]') as { path: string; errors: number }[]).map((entry) => [entry.path, entry.errors]);

describe('runtime pins through the action', () => {
  it('annotates the pin the platform refuses, on its file and line, and fails the step', () => {
    expect(actionRuns.heroku.status).toBe(1);
    const annotation = actionRuns.heroku.stdout
      .split('\n')
      .find((line) => line.startsWith('::error title=procfile-lint%3A runtime-version'));
    expect(annotation).toMatch(/file=app\/\.python-version,line=2,endLine=2,col=1,endColumn=4::Python 3\.8/);
    expect(actionRuns.heroku.summary).toContain(
      '<p>Runtime: <b>Python</b>, from <code>3.8</code> in <code>app/.python-version</code> line 2 (table of 2026-08-18).</p>',
    );
    // On Code Capsules, beside the Ruby app below: neither app has an error.
    expect(actionRuns.codecapsules.status).toBe(0);
    expect(errorsPerApp(actionRuns.codecapsules)).toEqual([
      ['app', 0],
      ['ruby', 0],
    ]);
  });
});

describe('version files and Ruby pins through the CLI, on every platform', () => {
  it('fails on a UTF-16 .python-version where the builder reads its bytes, and only warns on Code Capsules', () => {
    for (const platform of ['heroku', 'heroku-fir', 'dokku']) {
      const result = everyPlatform.result('utf16', platform);
      expect([platform, runtimeFindings(result, 'utf16')]).toEqual([platform, [['runtime-version', 'error', '.python-version', 1]]]);
      expect(result.findings.find((f) => f.rule === 'runtime-version')?.message).toContain('UTF-16 little-endian');
      expect(result.runtime).toMatchObject({ requested: '3.13', version: null });
    }
    expect(everyPlatform.status).toBe(1);
    expect(runtimeFindings(everyPlatform.result('utf16', 'codecapsules'), 'utf16')).toEqual([
      ['runtime-version', 'warning', '.python-version', 1],
    ]);
    expectPasses(passing, [['utf16', 'codecapsules']]);
  });

  it('judges the Gemfile.lock Ruby on the Heroku families and the byte-exact .ruby-version on Code Capsules', () => {
    // Ruby 2.7: a warning where an old stack may still have it, an error (exit 1) on Fir, whose builders never had it.
    for (const [platform, severity] of [
      ['heroku', 'warning'],
      ['heroku-fir', 'error'],
      ['dokku', 'warning'],
    ] as const) {
      const result = everyPlatform.result('ruby', platform);
      expect([platform, runtimeFindings(result, 'ruby')]).toEqual([platform, [['runtime-version', severity, 'Gemfile.lock', 7]]]);
      expect(result.runtime).toMatchObject({
        language: 'ruby',
        requested: '2.7.8p225',
        version: '2.7.8',
        source: { file: 'ruby/Gemfile.lock', line: 7 },
      });
    }
    expect(everyPlatform.status).toBe(1);
    // Its warnings on Heroku and Dokku do not fail the run.
    expectPasses(rubyPassing, [
      ['ruby', 'heroku'],
      ['ruby', 'dokku'],
    ]);
    const result = everyPlatform.result('ruby', 'codecapsules');
    expect(runtimeFindings(result, 'ruby')).toEqual([['runtime-pins-disagree', 'warning', '.ruby-version', 1]]);
    expect(result.runtime).toMatchObject({ language: 'ruby', version: '2.7.8', table: { checked: '2026-08-22' } });
    expectPasses(passing, [['ruby', 'codecapsules']]);
  });

  it('names the runtime in --explain', () => {
    // One run of both apps on both platforms; each assertion reads its own platform's plan of its own app.
    const { Procfile, 'config.ru': configRu, 'Gemfile.lock': lock } = RUBY_APP;
    const gems = { Procfile, 'config.ru': configRu, 'gems.rb': RUBY_APP.Gemfile, 'gems.locked': lock };
    const run = runCli(['--explain', '--platform', 'heroku,codecapsules', 'ruby', 'gems'], appsTree({ ruby: RUBY_APP, gems }));
    expect(explainedApp(run.stdout, 'ruby', 'Heroku')).toContain(
      'Runtime: Ruby `2.7.8`, from `2.7.8p225` in `ruby/Gemfile.lock` line 7 (table of 2026-07-20).',
    );
    expect(explainedApp(run.stdout, 'gems', 'Code Capsules')).toContain('from `2.7.8p225` in `gems/gems.locked` line 7');
  });
});

describe('version files and Ruby pins through the action', () => {
  it('annotates a BOM .python-version on line 1 and fails the step on Heroku Fir; shows the Ruby runtime in the summary', () => {
    const { fir, dokku, codecapsules } = actionRuns;
    expect(fir.status).toBe(1);
    expect(errorsPerApp(fir)).toEqual([
      ['bom', 1],
      ['go', 2], // its `bin/app` is not installed there either (command-not-found)
      ['dotnet', 1],
    ]);
    expect(fir.stdout).toMatch(/::error title=procfile-lint%3A runtime-version,file=bom\/\.python-version,line=1,.*byte order mark/);
    expect(dokku.status).toBe(0);
    expect(errorsPerApp(dokku)).toEqual([
      ['ruby', 0],
      ['php', 0],
    ]);
    expect(dokku.stdout).toMatch(/::warning title=procfile-lint%3A runtime-version,file=ruby\/Gemfile\.lock,line=7,.*Ruby 2\.7/);
    expect(summarySection(dokku.summary, 'ruby')).toContain(
      '<p>Runtime: <b>Ruby 2.7.8</b>, from <code>2.7.8p225</code> in <code>ruby/Gemfile.lock</code> line 7 (table of 2026-06-11).</p>',
    );
    expect(codecapsules.stdout).toMatch(
      /::warning title=procfile-lint%3A runtime-pins-disagree,file=ruby\/\.ruby-version,line=1,.*line break/,
    );
  });
});

describe('Go, PHP, .NET and Java pins through the CLI and the action, on every platform', () => {
  it.each(Object.entries(LANGUAGE_APPS))(
    '%s: the CLI reports the pin each platform refuses, and the runtime in the JSON result',
    (language, app) => {
      // The shared run covers every platform (--platform takes a list).
      for (const platform of PLATFORMS) {
        const result = everyPlatform.result(language, platform);
        // Heroku's classic buildpacks and herokuish have no .NET buildpack: the app is not built as .NET there.
        const built = language === 'dotnet' && (platform === 'heroku' || platform === 'dokku') ? null : language;
        expect([platform, result.language, runtimeFindings(result, language)]).toEqual([platform, built, app.expected[platform]]);
        if (result.language) expect(result.runtime?.language).toBe(language);
      }
    },
  );

  it('the action annotates the Go pin on Heroku and the .NET one on Heroku Fir, with the runtime in the summary', () => {
    const { goHeroku: go, fir, dokku } = actionRuns;
    expect(go.status).toBe(0);
    expect(go.stdout).toMatch(/::warning title=procfile-lint%3A runtime-version,file=go\/go\.mod,line=3,.*GOVERSION/);
    expect(go.summary).toContain(
      '<p>Runtime: <b>Go</b>, from <code>1.21rc9</code> in <code>go/go.mod</code> line 3 (table of 2026-07-14).</p>',
    );
    // Heroku Fir, beside the BOM app above: each app has its error (see `errorsPerApp` there).
    expect(fir.status).toBe(1);
    expect(fir.stdout).toMatch(/::error title=procfile-lint%3A runtime-version,file=go\/go\.mod,line=3,/);
    expect(fir.stdout).toMatch(/::error title=procfile-lint%3A runtime-version,file=dotnet\/app\.csproj,line=3,.*net6\.0/);
    expect(summarySection(dokku.summary, 'php')).toContain(
      '<p>Runtime: <b>PHP 8.5.8</b>, from <code>^8.2</code> in <code>php/composer.lock</code> line 4 (table of 2026-07-21).</p>',
    );
  });
});
