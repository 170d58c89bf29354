import fc from 'fast-check';
import { memoryAppFiles } from '../../src/engine/app-files.js';
import { readPins } from '../../src/runtimes/pins.js';

const pins = (files: Record<string, string>) =>
  readPins(memoryAppFiles(files)).map(({ source, value, file, range }) => ({ source, value, file, ...range }));

describe('readPins', () => {
  it('reads each line format at the position of the version', () => {
    expect(pins({ '.python-version': '\n# comment\n  3.12  \n' })).toEqual([
      { source: 'python-version', value: '3.12', file: '.python-version', line: 3, column: 3, endLine: 3, endColumn: 7 },
    ]);
    expect(pins({ 'system.properties': 'maven.version=3.9\njava.runtime.version = 21\n' })[0]).toMatchObject({
      value: '21',
      line: 2,
      column: 24,
    });
    expect(
      pins({ 'go.mod': 'module example.com/app\n\n// +heroku goVersion go1.22\ngo 1.21\ntoolchain go1.22.3\n' }).map((p) => [
        p.source,
        p.value,
        p.line,
      ]),
    ).toEqual([
      ['go-mod-heroku', 'go1.22', 3],
      ['go-mod-toolchain', 'go1.22.3', 5],
      ['go-mod-go', '1.21', 4],
    ]);
    expect(pins({ 'Gemfile.lock': 'GEM\n  specs:\n\nRUBY VERSION\n   ruby 3.3.0p0\n' })[0]).toMatchObject({
      value: '3.3.0p0',
      line: 5,
      column: 9,
    });
    expect(pins({ Gemfile: "source 'https://rubygems.org'\nruby '3.3.0'\n" })[0]).toMatchObject({ value: '3.3.0', line: 2, column: 7 });
  });

  it('reads JSON and TOML with real parsers, positions included', () => {
    expect(pins({ 'composer.json': '{\n  "require": {\n    "php": "^8.2"\n  }\n}' })[0]).toMatchObject({
      value: '^8.2',
      line: 3,
      column: 13,
      endColumn: 17,
    });
    expect(pins({ 'global.json': '{"sdk": {"version": "8.0.100"}}' })[0]).toMatchObject({
      source: 'global-json',
      value: '8.0.100',
      line: 1,
      column: 22,
    });
    const pipfile = '[[source]]\nurl = "https://pypi.org/simple"\n\n[requires]\npython_version = "3.11"\n';
    expect(pins({ Pipfile: pipfile })[0]).toMatchObject({ source: 'pipfile', value: '3.11', line: 5, column: 19 });
    expect(pins({ 'app.csproj': '<Project><PropertyGroup>\n<TargetFramework>net8.0</TargetFramework>' })[0]).toMatchObject({
      value: 'net8.0',
      line: 2,
      column: 18,
    });
  });

  it('prefers python_full_version in Pipfile.lock, as the buildpack jq expression does', () => {
    const lock = '{"_meta":{"requires":{"python_version":"3.12","python_full_version":"3.12.4"}}}';
    expect(pins({ 'Pipfile.lock': lock })[0]?.value).toBe('3.12.4');
  });

  it('skips files that do not parse, or whose field is not a string', () => {
    expect(pins({ 'package.json': '{"engines": {"node": 20}}', Pipfile: '[requires\npython_version = "3"', 'composer.json': '{' })).toEqual(
      [],
    );
  });

  it('never throws, whatever the files hold', () => {
    const names = [
      '.python-version',
      'runtime.txt',
      'Pipfile',
      'Pipfile.lock',
      'pyproject.toml',
      'package.json',
      'Gemfile',
      'Gemfile.lock',
      'go.mod',
      'system.properties',
      'x.csproj',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.string({ maxLength: 200 }), (name, text) => {
        expect(() => readPins(memoryAppFiles({ [name]: text }))).not.toThrow();
      }),
      { numRuns: 300 },
    );
    expect(() => readPins(memoryAppFiles({ 'package.json': '['.repeat(100_000) }))).not.toThrow();
  });
});
