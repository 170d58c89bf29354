import { checkGoBinary, execName, goBinaries, goModule, mainPackages, packageClause } from '../../src/apps/go-build.js';
import { memoryAppFiles } from '../../src/engine/app-files.js';
import { findPlatform, type PlatformId } from '../../src/platforms/index.js';
import { goGettingStarted } from '../helpers/go-apps.js';

const goBuild = (id: PlatformId) => findPlatform(id)!.runtime.goBuild;
const gettingStarted = goGettingStarted;
const twoCommands = {
  'go.mod': 'module example.com/shop\n',
  'cmd/web/main.go': '// Command web serves the shop.\npackage main\n',
  'cmd/worker/main.go': '/* the queue\n   worker */\npackage main\n',
  'internal/store/store.go': 'package store\n',
};

describe('go.mod and package clauses', () => {
  it.each([
    ['github.com/acme/api', 'api'],
    ['github.com/acme/api/v2', 'api'],
    ['example.com/cmd/v1', 'cmd'],
    ['hello', 'hello'],
    ['example.com/v2x', 'v2x'],
  ])('go install names the binary of %s %s (cmd/go DefaultExecName)', (path, name) => {
    expect(execName(path)).toBe(name);
  });

  it('reads the module and every `// +heroku install` line', () => {
    const module = goModule(
      memoryAppFiles({
        'go.mod':
          'module "example.com/a"\n// +heroku install ./cmd/web\n//+heroku install x\n// +heroku install ./cmd/...  github.com/x/tool@v1\n',
      }),
    );
    expect(module).toEqual({ path: 'example.com/a', installLines: [['./cmd/web'], ['./cmd/...', 'github.com/x/tool@v1']] });
    expect(goModule(memoryAppFiles({ 'go.mod': 'go 1.22\n' }))).toBeNull();
  });

  it.each([
    ['package main\n', 'main'],
    ['\uFEFF// Copyright\n\n/* a */ package  api // x\n', 'api'],
    ['//go:build ignore\n\npackage main\n', null],
    ['// +build ignore\npackage main\n', null],
    ['//go:build linux\npackage main\n', 'main'],
    ['/* never closed\npackage main\n', undefined],
    ['func main() {}\n', undefined],
  ])('reads the package clause of %j', (text, name) => {
    expect(packageClause(text)).toBe(name);
  });

  it('finds main packages as `go list ./...` does: not in testdata, vendor, _ or . directories, nor nested modules', () => {
    const files = memoryAppFiles({
      ...twoCommands,
      'cmd/web/main_test.go': 'package main_test\n',
      'testdata/fixture/main.go': 'package main\n',
      'vendor/x/main.go': 'package main\n',
      '_old/main.go': 'package main\n',
      'tools/go.mod': 'module example.com/shop/tools\n',
      'tools/gen/main.go': 'package main\n',
      'gen.go': '//go:build ignore\n\npackage main\n',
      'shop.go': 'package shop\n',
    });
    expect(mainPackages(files)).toEqual({ dirs: ['cmd/web', 'cmd/worker'], complete: true });
    expect(mainPackages(memoryAppFiles({ 'go.mod': 'module a\n', 'main.go': 'func main() {}\n' })).complete).toBe(false);
  });

  it('resolves `// +heroku install` packages: ./..., a module import path, a tool from elsewhere', () => {
    const heroku = goBuild('heroku');
    const names = (mod: string) => {
      const files = memoryAppFiles({ ...twoCommands, 'go.mod': `module example.com/shop\n${mod}` });
      return goBinaries(files, goModule(files)!, heroku);
    };
    expect(names('')).toEqual({ names: ['web', 'worker'], complete: true, from: 'main-packages' });
    expect(names('// +heroku install ./cmd/web\n').names).toEqual(['web']);
    expect(names('// +heroku install ./cmd/...\n').names).toEqual(['web', 'worker']);
    expect(
      names('// +heroku install example.com/shop/cmd/worker github.com/golang-migrate/migrate/v4/cmd/migrate@v4.17.0\n').names,
    ).toEqual(['worker', 'migrate']);
    expect(names('// +heroku install ./internal/store\n').names).toEqual([]);
    expect(names('// +heroku install -tags x ./cmd/web\n').complete).toBe(false);
    expect(names('// +heroku install github.com/x/...\n').complete).toBe(false);
    // Heroku's awk takes the first line, buildpacks-go's cfg.rs the last.
    const files = memoryAppFiles({
      ...twoCommands,
      'go.mod': 'module example.com/shop\n// +heroku install ./cmd/web\n// +heroku install ./cmd/worker\n',
    });
    expect(goBinaries(files, goModule(files)!, heroku).names).toEqual(['web']);
    expect(goBinaries(files, goModule(files)!, goBuild('heroku-fir')).names).toEqual(['worker']);
  });
});

describe('checkGoBinary, per platform', () => {
  const check = (id: Parameters<typeof goBuild>[0], word: string, given: Record<string, string> = gettingStarted) =>
    checkGoBinary(memoryAppFiles(given), goBuild(id), word);

  it('GCP (Code Capsules) builds one binary, `main`, on PATH (pkg/golang/golang.go OutBin)', () => {
    expect(check('codecapsules', 'main')).toEqual({ kind: 'produced' });
    expect(check('codecapsules', 'go-getting-started')).toEqual({
      kind: 'not-built',
      name: 'go-getting-started',
      built: null,
      certain: true,
    });
    expect(check('codecapsules', 'bin/go-getting-started')).toMatchObject({ kind: 'not-built', certain: true });
    expect(check('codecapsules', './main')).toEqual({ kind: 'elsewhere', name: 'main', instead: 'main', certain: true });
    expect(check('codecapsules', 'web', twoCommands)).toMatchObject({ kind: 'not-built', certain: true });
  });

  it('Heroku classic installs each main package into bin/, on PATH; GO_INSTALL_PACKAGE_SPEC may choose others (bin/compile)', () => {
    for (const id of ['heroku', 'dokku'] as const) {
      expect(check(id, 'bin/go-getting-started')).toEqual({ kind: 'produced' });
      expect(check(id, 'go-getting-started')).toEqual({ kind: 'produced' });
      expect(check(id, './go-getting-started')).toEqual({
        kind: 'elsewhere',
        name: 'go-getting-started',
        instead: 'bin/go-getting-started',
        certain: true,
      });
      expect(check(id, 'bin/main')).toMatchObject({ kind: 'not-built', certain: false });
      expect(check(id, 'bin/shop', twoCommands)).toMatchObject({ kind: 'not-built', certain: false, built: { names: ['web', 'worker'] } });
    }
    expect(check('heroku', './go-getting-started', { ...gettingStarted, 'bin/go-post-compile': '' })).toMatchObject({ certain: false });
  });

  it('Heroku Fir installs into a layer on PATH, not bin/, and only go.mod chooses the packages (buildpacks-go)', () => {
    expect(check('heroku-fir', 'go-getting-started')).toEqual({ kind: 'produced' });
    expect(check('heroku-fir', 'bin/go-getting-started')).toEqual({
      kind: 'elsewhere',
      name: 'go-getting-started',
      instead: 'go-getting-started',
      certain: true,
    });
    expect(check('heroku-fir', 'shop', twoCommands)).toMatchObject({ kind: 'not-built', certain: true });
    expect(check('heroku-fir', 'shop', { ...twoCommands, 'cmd/odd/main.go': '' })).toBeNull();
  });

  it('says nothing of a name no Go package would be installed under, or of a file in the repository', () => {
    expect(check('codecapsules', 'bash')).toBeNull();
    expect(check('heroku-fir', 'bin/start')).toBeNull();
    expect(check('heroku-fir', 'bin/go-getting-started', { ...gettingStarted, 'bin/go-getting-started': '' })).toBeNull();
    expect(check('codecapsules', 'main', { 'main.go': 'package main\n' })).toBeNull();
  });
});
