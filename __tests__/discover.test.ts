import { classifyName, discover, isOneEditAway, NESTED_SEARCH } from '../src/engine/discover.js';
import { resolveAppRoot } from '../src/engine/workspace.js';
import { makeTree, removeTrees, type Tree } from './helpers/tree.js';

afterEach(removeTrees);

const discoverIn = (files: Tree, appPath = '.') => {
  const workspace = makeTree(files);
  return discover(resolveAppRoot(workspace, appPath));
};

describe('classifyName', () => {
  it.each([
    ['Procfile', 'exact'],
    ['procfile', 'case'],
    ['PROCFILE', 'case'],
    ['ProcFile', 'case'],
    ['Procfile.txt', 'extension'],
    ['Procfile.yml', 'extension'],
    ['procfile.YAML', 'extension'],
    ['Procfile.', 'extension'],
    ['Procfile ', 'whitespace'],
    ['Procfle', 'typo'],
    ['Porcfile', 'typo'],
    ['Procfiles', 'typo'],
    ['Procfile.dev', 'variant'],
    ['Procfile.staging', 'variant'],
    ['Profile', null],
    ['README.md', null],
    ['procfile-util', null],
  ])('%j is %s', (name, kind) => {
    expect(classifyName(name)).toBe(kind);
  });
});

describe('isOneEditAway', () => {
  it('accepts one insertion, deletion, substitution or swap, and nothing else', () => {
    expect(['procfle', 'procfilee', 'procfilx', 'porcfile', 'rpocfile'].map((a) => isOneEditAway(a, 'procfile'))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['procfile', 'prcfle', 'pocrfile', 'xprocfilex', ''].map((a) => isOneEditAway(a, 'procfile'))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('discover', () => {
  it('finds the root Procfile and lists the root entries', () => {
    const found = discoverIn({ Procfile: 'web: x\n', 'app.py': '' });
    expect(found.procfile).toBe('Procfile');
    expect(found.rootEntries).toEqual(['Procfile', 'app.py']);
    expect(found.nearMisses).toEqual([]);
  });

  it('names each near miss at the root, files only', () => {
    const found = discoverIn({ procfile: '', 'Procfile.txt': '', 'Procfile.dev': '', 'PROCFILE/': '' });
    expect(found.procfile).toBeNull();
    expect(found.nearMisses).toEqual([
      { path: 'Procfile.dev', kind: 'variant' },
      { path: 'Procfile.txt', kind: 'extension' },
      { path: 'procfile', kind: 'case' },
    ]);
  });

  it('reports a directory named exactly Procfile as the Procfile, for the reader to refuse', () => {
    expect(discoverIn({ 'Procfile/': '' }).procfile).toBe('Procfile');
  });

  it('finds Procfiles below the root, skipping dependencies, hidden folders, virtualenvs, tests and samples', () => {
    const found = discoverIn({
      'app/Procfile': '',
      'services/api/procfile': '',
      'a/b/c/Procfile.txt': '',
      'a/b/c/d/Procfile': '',
      'node_modules/x/Procfile': '',
      'vendor/Procfile': '',
      '.github/Procfile': '',
      'venv2/pyvenv.cfg': '',
      'venv2/lib/Procfile': '',
      'app/Procfile.dev': '',
      'examples/demo/Procfile': '',
      'test/fixtures/Procfile': '',
      'docs/Procfile': '',
    });
    expect(found.nested).toEqual(['a/b/c/Procfile.txt', 'app/Procfile', 'services/api/procfile']);
    expect(NESTED_SEARCH.maxDepth).toBe(3);
  });

  it('reports paths relative to the workspace when the app is in a subdirectory', () => {
    const found = discoverIn({ 'apps/api/Procfile': '', 'apps/api/procfile.txt': '', 'apps/api/lib/Procfile': '' }, 'apps/api');
    expect(found.procfile).toBe('apps/api/Procfile');
    expect(found.nearMisses).toEqual([{ path: 'apps/api/procfile.txt', kind: 'extension' }]);
    expect(found.nested).toEqual(['apps/api/lib/Procfile']);
  });

  it('stops after a bounded number of directories', () => {
    const files: Tree = {};
    for (let i = 0; i < NESTED_SEARCH.maxDirectories + 50; i++) files[`d${String(i).padStart(4, '0')}/x`] = '';
    files['zzzz/Procfile'] = '';
    expect(discoverIn(files).nested).toEqual([]);
  });

  it('stops after a bounded number of directory entries, so a huge repository costs no more than a big one', () => {
    const files: Tree = {};
    for (let i = 0; i < NESTED_SEARCH.maxEntries + 10; i++) files[`big/f${i}`] = '';
    files['zz/Procfile'] = '';
    expect(discoverIn(files).nested).toEqual([]);
    delete files['big/f0'];
    for (let i = 1; i < NESTED_SEARCH.maxEntries + 10; i++) delete files[`big/f${i}`];
    expect(discoverIn(files).nested).toEqual(['zz/Procfile']);
  });
});
