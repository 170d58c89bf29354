import { readGemfile, readGemLock } from '../../src/commands/gemfile.js';

const groupsOf = (text: string) => {
  const reading = readGemfile(text, 'Gemfile');
  return { readable: reading.readable, gems: Object.fromEntries(reading.gems.map((gem) => [gem.name, gem.groups])) };
};

describe('readGemfile', () => {
  it("reads a Rails app's Gemfile: group blocks, options, platforms and comments", () => {
    const gemfile = [
      '# frozen_string_literal: true',
      'source "https://rubygems.org"',
      'git_source(:github) { |repo| "https://github.com/#{repo}.git" }',
      'ruby file: ".ruby-version"',
      '',
      'gem "rails", "~> 7.1.3", ">= 7.1.3.2" # the framework',
      'gem "tzinfo-data", platforms: %i[ windows jruby ]',
      'gem "foreman", group: :development',
      "gem 'rerun', groups: [:development, :test]",
      'gem "pry", :group => "test"',
      'gem("rspec-rails",',
      '    require: false, group: %w[test])',
      '',
      'group :development, :test do',
      '  gem "debug", platforms: %i[ mri windows ], require: "debug/prelude"',
      '  group :test do',
      '    gem "capybara"',
      '  end',
      'end',
      '',
      'group(:production) do',
      '  gem "rack-timeout"',
      'end',
      'source "https://gems.example.com" do',
      '  gem "private-gem"',
      'end',
    ].join('\n');
    expect(groupsOf(gemfile)).toEqual({
      readable: true,
      gems: {
        rails: ['default'],
        'tzinfo-data': ['default'],
        foreman: ['development'],
        rerun: ['development', 'test'],
        pry: ['test'],
        'rspec-rails': ['test'],
        debug: ['development', 'test'],
        capybara: ['development', 'test'],
        'rack-timeout': ['production'],
        'private-gem': ['default'],
      },
    });
  });

  it("skips the git_source block of Rails 5's Gemfile", () => {
    const gemfile = [
      "source 'https://rubygems.org'",
      '',
      'git_source(:github) do |repo_name|',
      '  repo_name = "#{repo_name}/#{repo_name}" unless repo_name.include?("/")',
      '  "https://github.com/#{repo_name}.git"',
      'end',
      '',
      "gem 'rails', '~> 5.1.4'",
      'group :development do',
      "  gem 'listen', '>= 3.0.5', '< 3.2'",
      'end',
      "gem 'tzinfo-data', platforms: [:mingw, :mswin, :x64_mingw, :jruby]",
    ].join('\n');
    expect(groupsOf(gemfile)).toEqual({
      readable: true,
      gems: { rails: ['default'], listen: ['development'], 'tzinfo-data': ['default'] },
    });
    expect(readGemfile('git_source(:github) do |repo|\n  if repo\n    "x"\n  end\n', 'Gemfile').readable).toBe(false);
  });

  it('reads the lines of a gem call', () => {
    const reading = readGemfile('source "x"\n\ngem "puma"\ngroup :test do\n  gem "rspec"\nend\n', 'Gemfile');
    expect(reading.gems.map(({ name, line }) => [name, line])).toEqual([
      ['puma', 3],
      ['rspec', 5],
    ]);
  });

  it('reads conditionals as if each branch ran', () => {
    const gemfile = 'if ENV["CI"]\n  gem "ci-reporter", group: :test\nelse\n  gem "foreman"\nend\ngem "pry" if ENV["DEBUG"]\n';
    expect(groupsOf(gemfile)).toEqual({ readable: true, gems: { 'ci-reporter': ['test'], foreman: ['default'], pry: ['default'] } });
  });

  it.each([
    ['a group given by a variable', 'group ENV["GROUP"].to_sym do\n  gem "foreman"\nend\n'],
    ['an optional group', 'group :tools, optional: true do\n  gem "foreman"\nend\n'],
    ['a group option given by a variable', 'gem "foreman", group: GROUP\n'],
  ])('does not know the groups of %s', (_, gemfile) => {
    expect(groupsOf(gemfile).gems).toEqual({ foreman: null });
  });

  it.each([
    ['eval_gemfile', 'eval_gemfile "Gemfile.local"\ngem "foreman", group: :development\n'],
    ['a loop', '%w[foreman rerun].each do |name|\n  gem name, group: :development\nend\n'],
    ['a gem named by a variable', 'name = "foreman"\ngem name\n'],
    ['an interpolated name', 'gem "rails-#{VERSION}"\n'],
    ['a heredoc', 'x = <<~TEXT\n  gem "foreman"\nTEXT\n'],
    ['an unclosed block', 'group :development do\n  gem "foreman"\n'],
    ['an end too many', 'gem "foreman"\nend\n'],
    ['an unclosed string', 'gem "foreman\n'],
    ['a one-line block', 'group :test do gem "rspec" end\n'],
    ['instance_eval', 'instance_eval(File.read("Gemfile.common"))\n'],
  ])('is unreadable with %s', (_, gemfile) => {
    expect(readGemfile(gemfile, 'Gemfile').readable).toBe(false);
  });

  it('stays linear on a huge or hostile Gemfile', () => {
    expect(readGemfile('gem "a", group: [' + ':x, '.repeat(50_000), 'Gemfile').readable).toBe(false);
    expect(readGemfile('group :a do\n'.repeat(30_000), 'Gemfile').readable).toBe(false);
    expect(readGemfile('"'.repeat(100_001), 'Gemfile').readable).toBe(false);
  });
});

describe('readGemLock', () => {
  it("reads each source's specs with their dependencies, and DEPENDENCIES", () => {
    const lock = [
      'GIT',
      '  remote: https://github.com/x/y.git',
      '  revision: abc',
      '  specs:',
      '    y (1.0.0)',
      '      rack',
      '',
      'GEM',
      '  remote: https://rubygems.org/',
      '  specs:',
      '    foreman (0.88.1)',
      '    nokogiri (1.16.0-x86_64-linux)',
      '      racc (~> 1.4)',
      '    racc (1.8.1)',
      '    rack (3.1.8)',
      '',
      'PLATFORMS',
      '  x86_64-linux',
      '',
      'DEPENDENCIES',
      '  foreman',
      '  nokogiri (~> 1.16)',
      '  y!',
      '',
      'CHECKSUMS',
      '  rack (3.1.8) sha256=00',
      '',
      'BUNDLED WITH',
      '   2.5.22',
    ].join('\n');
    const read = readGemLock(lock, 1000);
    expect(Object.fromEntries(read.specs)).toEqual({ y: ['rack'], foreman: [], nokogiri: ['racc'], racc: [], rack: [] });
    expect(read.dependencies).toEqual(['foreman', 'nokogiri', 'y']);
  });
});
