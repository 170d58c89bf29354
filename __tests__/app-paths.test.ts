/** Globs of app folders and the selection of apps (src/engine/glob.ts, src/engine/app-paths.ts). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_APPS, selectApps } from '../src/engine/app-paths.js';
import { matchesSegment, MAX_GLOB_LENGTH, parseGlob } from '../src/engine/glob.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

const matches = (name: string, segment: string) => matchesSegment(name, segment.split('*'));

describe('matchesSegment', () => {
  it.each([
    ['api', '*', true],
    ['api', 'a*', true],
    ['api', '*i', true],
    ['api', 'a*i', true],
    ['api', 'api*', true],
    ['api', '*api*', true],
    ['api', 'ap', false],
    ['api', 'b*', false],
    ['api-v2', 'api-v?', true],
    ['api-v12', 'api-v?', false],
    ['abcabc', '*bc*bc', true],
    ['abcb', 'a*bc*bc', false],
    ['aaa', 'a*a*a', true],
    ['aa', 'a*a*a', false],
    ['x', '?', true],
    ['', '?', false],
    ['.github', '*', false],
    ['.github', '.*', true],
  ])('%j against %j: %j', (name, segment, expected) => {
    expect(matches(name, segment)).toBe(expected);
  });

  it('answers a hostile pattern on a long name by scanning, not backtracking', () => {
    const name = 'a'.repeat(255);
    expect(matches(name, `${'*a'.repeat(100)}*b`)).toBe(false);
    expect(matches(name, `${'*a'.repeat(100)}*`)).toBe(true);
  });
});

describe('parseGlob', () => {
  it('splits a glob into literal, wildcard and any-depth segments, dropping `.` and empty ones', () => {
    expect(parseGlob('./apps//*/**/**/web-?', 'x')).toEqual([
      { kind: 'literal', name: 'apps' },
      { kind: 'wildcard', pieces: ['', ''] },
      { kind: 'any-depth' },
      { kind: 'wildcard', pieces: ['web-?'] },
    ]);
  });

  it.each([
    ['../*', 'climbs out with `..`'],
    ['a/../../*', 'climbs out with `..`'],
    ['/srv/*', 'is an absolute path'],
    ['c:/x/*', 'is an absolute path'],
    ['apps\\*', 'holds `\\\\`'],
    ['apps/[ab]*', 'holds `[`'],
    ['apps/{a,b}*', 'holds `{`'],
    ['!apps/*', 'holds `!`'],
    ['apps/x**', '`**` inside a folder name'],
    ['*'.repeat(MAX_GLOB_LENGTH + 1), `is over ${MAX_GLOB_LENGTH} characters`],
  ])('refuses %j with a message', (pattern, why) => {
    expect(() => parseGlob(pattern, "Input 'path'")).toThrow(why);
    expect(() => parseGlob(pattern, "Input 'path'")).toThrow(/^Input 'path': the glob /);
  });
});

describe('selectApps', () => {
  const request = (paths: string[], auto = false) => ({ paths, auto, source: "Input 'path'" });

  it('keeps a single plain folder as the single-app case, and globs and auto as several', () => {
    const root = makeTree({ 'apps/a/Procfile': 'web: x\n' });
    expect(selectApps(root, request(['apps/a']))).toEqual({ paths: ['apps/a'], single: true, notes: [] });
    expect(selectApps(root, request(['apps/*']))).toEqual({ paths: ['apps/a'], single: false, notes: [] });
    expect(selectApps(root, request(['.'], true))).toEqual({ paths: ['apps/a'], single: false, notes: [] });
  });

  it('matches `**` at any depth, never inside dependency or hidden folders', () => {
    const root = makeTree({ 'a/b/c/': '', 'a/node_modules/d/': '', 'a/.cache/e/': '' });
    expect(selectApps(root, request(['a/**'])).paths).toEqual(['a', 'a/b', 'a/b/c']);
    expect(selectApps(root, request(['**/c'])).paths).toEqual(['a/b/c']);
  });

  it('does not follow a symbolic link out of the workspace, even where a literal segment names it', () => {
    const outside = makeTree({ 'app/Procfile': 'web: x\n' });
    const root = makeTree({ 'apps/': '' });
    fs.symlinkSync(outside, path.join(root, 'apps', 'linked'));
    expect(() => selectApps(root, request(['apps/linked/*']))).toThrow('the glob `apps/linked/*` matches no folder');
    expect(() => selectApps(root, request(['apps/*/app']))).toThrow('matches no folder');
  });

  it(`lints at most ${MAX_APPS} apps, and says so`, () => {
    const tree = Object.fromEntries(
      Array.from({ length: MAX_APPS + 5 }, (_, i) => [`apps/a${String(i).padStart(3, '0')}/Procfile`, 'web: x\n']),
    );
    const root = makeTree(tree);
    for (const selection of [selectApps(root, request(['apps/*'])), selectApps(root, request(['.'], true))]) {
      expect(selection.paths).toHaveLength(MAX_APPS);
      expect(selection.paths[0]).toBe('apps/a000');
      expect(selection.notes).toEqual([
        expect.stringMatching(`^Input 'path' selects more than ${MAX_APPS} apps; only the first ${MAX_APPS} are linted`),
      ]);
    }
  });
});
