/** What ships in dist/ carries third-party code only under licences on the allow-list, and the CLI carries none. */
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { ALLOWED_LICENSES, disallowedPackages, isAllowed, parseLicenses } from './helpers/licenses.js';
import { REPO } from './helpers/processes.js';

const MIT_TEXT = `The MIT License (MIT)

Copyright 2019 GitHub

Permission is hereby granted, free of charge, to any person obtaining a copy of this software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.`;

/** Renders entries exactly as ncc's licence plugin does. */
function nccLicenses(entries: { name: string; license?: string; text?: string }[]): string {
  const body = entries.reduce(
    (out, entry) => `${out}${entry.name}${entry.license ? `\n${entry.license}` : ''}${entry.text ? `\n${entry.text}` : ''}\n\n`,
    '',
  );
  return `${body.trim()}\n`;
}

describe('the licence checker', () => {
  it('reads every entry, licence texts with blank lines included', () => {
    const text = nccLicenses([
      { name: '@actions/core', license: 'MIT', text: MIT_TEXT },
      { name: 'tunnel', license: 'MIT', text: `${MIT_TEXT}\n` },
      { name: 'undici', license: '(MIT OR Apache-2.0)' },
    ]);
    expect(parseLicenses(text)).toEqual([
      { name: '@actions/core', license: 'MIT' },
      { name: 'tunnel', license: 'MIT' },
      { name: 'undici', license: '(MIT OR Apache-2.0)' },
    ]);
    expect(disallowedPackages(text)).toEqual([]);
  });

  it.each(['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'MIT OR GPL-3.0-only', '(ISC AND MIT)'])(
    'allows %s',
    (license) => expect(isAllowed(license)).toBe(true),
  );

  it.each([
    'GPL-3.0-only',
    'AGPL-3.0-or-later',
    'LGPL-2.1-only',
    'MPL-2.0',
    'MIT AND GPL-3.0-only',
    'UNLICENSED',
    'SEE LICENSE IN LICENSE.md',
    '',
  ])('refuses %j', (license) => expect(isAllowed(license)).toBe(false));

  it('fails on a doctored licenses.txt: a copyleft package among allowed ones', () => {
    const text = nccLicenses([
      { name: '@actions/core', license: 'MIT', text: MIT_TEXT },
      { name: 'copyleft-lib', license: 'GPL-3.0-or-later', text: 'GNU GENERAL PUBLIC LICENSE\n\nVersion 3, 29 June 2007' },
      { name: 'zlib-ish', license: 'Zlib' },
    ]);
    expect(disallowedPackages(text)).toEqual([
      { name: 'copyleft-lib', license: 'GPL-3.0-or-later' },
      { name: 'zlib-ish', license: 'Zlib' },
    ]);
  });

  it('fails on a package that ncc printed without a licence, instead of skipping it', () => {
    const text = nccLicenses([
      { name: 'no-license-field', text: MIT_TEXT },
      { name: 'nothing-at-all' },
      { name: 'tunnel', license: 'MIT' },
    ]);
    expect(disallowedPackages(text).map((bundled) => bundled.name)).toEqual(['no-license-field', 'nothing-at-all']);
  });
});

const DIST = path.join(REPO, 'dist');

describe('dist/licenses.txt', () => {
  const text = fs.readFileSync(path.join(DIST, 'licenses.txt'), 'utf8');

  it('lists the packages bundled into the action, all under an allowed licence', () => {
    const names = parseLicenses(text).map((bundled) => bundled.name);
    expect(names).toContain('@actions/core');
    expect(names).toEqual([...names].sort());
    expect(disallowedPackages(text)).toEqual([]);
  });

  it('lists every third-party package the bundle and its chunks name', () => {
    const listed = parseLicenses(text).map((bundled) => bundled.name);
    const chunks = fs.readdirSync(DIST).filter((file) => file.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(1);
    const named = bundledPackages(chunks.map((file) => fs.readFileSync(path.join(DIST, file), 'utf8')).join('\n'));
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((name) => !listed.includes(name))).toEqual([]);
  });
});

/** The packages whose modules ncc's comments name (`./node_modules/<name>/…`, the innermost one for nested copies). */
function bundledPackages(bundle: string): string[] {
  const names = bundledModules(bundle).map((module) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(module)?.[1]);
  return [...new Set(names.filter((name) => name !== undefined))].sort();
}

/** Every module ncc put into the bundle: its own sources, node_modules, and externals (`external "node:fs"`). */
function bundledModules(bundle: string): string[] {
  return Array.from(bundle.matchAll(/^;?\/\/ (?:CONCATENATED|EXTERNAL) MODULE: (.+)$/gm), (match) => match[1] as string);
}

describe('dist/cli/', () => {
  const chunks = fs.readdirSync(path.join(DIST, 'cli')).filter((file) => file.endsWith('.js'));
  const bundle = chunks.map((file) => fs.readFileSync(path.join(DIST, 'cli', file), 'utf8')).join('\n');

  it('bundles none of the @actions packages, so it starts fast, and lists the licences of what it bundles', () => {
    const modules = bundledModules(bundle);
    expect(modules.length).toBeGreaterThan(10);
    const named = new Set(modules.flatMap((module) => /^\.\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(module)?.[1] ?? []));
    // unbash reads commands; jsonc-parser, semver and smol-toml read the runtime pins (src/runtimes/pins.ts); the rest
    // parse the app's own files that the command checks read (src/apps).
    const APP_PARSERS = [
      '@lezer/common',
      '@lezer/highlight',
      '@lezer/lr',
      '@lezer/python',
      '@nodable/entities',
      'anynum',
      'dot-properties',
      'fast-xml-parser',
      'is-unsafe',
      'jsonc-parser',
      'path-expression-matcher',
      'semver',
      'smol-toml',
      'strnum',
      'xml-naming',
      'yaml',
    ];
    // What src/apps/libraries.cjs requires on first use, and what those require, are CommonJS modules that ncc's comments
    // do not name: the licence listing (from webpack's own record of the build) and the run from an install without
    // node_modules (package.test.ts) show that they are in the bundle.
    const LOADED_ON_FIRST_USE = [
      '@lezer/common',
      '@lezer/highlight',
      '@lezer/lr',
      '@lezer/python',
      'jsonc-parser',
      'semver',
      'smol-toml',
      'yaml',
    ];
    expect([...named, ...LOADED_ON_FIRST_USE].sort()).toEqual([...APP_PARSERS, 'unbash'].sort());
    expect(bundle).not.toMatch(/node_modules\/@actions\//);
    const externals = [
      ...modules.flatMap((module) => /^external "(.+)"$/.exec(module)?.[1] ?? []),
      ...Array.from(bundle.matchAll(/__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("([^"]+)"\)/g), (match) => match[1] as string),
    ];
    expect(externals.filter((name) => !(name.startsWith('node:') || builtinModules.includes(name)))).toEqual([]);
    const listed = parseLicenses(fs.readFileSync(path.join(DIST, 'cli', 'licenses.txt'), 'utf8')).map((entry) => entry.name);
    expect(listed.sort()).toEqual([...APP_PARSERS, 'fast-xml-builder', 'unbash'].sort());
  });

  it('is told apart from a bundle that has third-party packages (the action)', () => {
    const action = fs.readFileSync(path.join(DIST, 'index.js'), 'utf8');
    expect(bundledModules(action)).toContain('./node_modules/@actions/core/lib/core.js');
    expect(action).toContain('__nccwpck_require__');
  });
});

describe('the documented allow-list', () => {
  it.each(['README.md', 'CONTRIBUTING.md'])('is the one the test applies, in %s', (file) => {
    const list = `${ALLOWED_LICENSES.slice(0, -1).join(', ')} and ${ALLOWED_LICENSES.at(-1)}`;
    expect(fs.readFileSync(path.join(REPO, file), 'utf8').replace(/\s+/g, ' ')).toContain(list);
  });
});
