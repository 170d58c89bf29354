/** Detection per platform, each fact with the source it was read from. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detect } from '../../src/engine/detect.js';
import { discover, walkRequestFor } from '../../src/engine/discover.js';
import { walkTree } from '../../src/engine/walk.js';
import { resolveAppRoot } from '../../src/engine/workspace.js';
import { findPlatform, PLATFORMS, type PlatformProfile } from '../../src/platforms/index.js';
import { makeTree, removeTrees, type Tree } from '../helpers/tree.js';

afterEach(removeTrees);

const platform = (id: string) => findPlatform(id) as PlatformProfile;

function detectTree(files: Tree, id: string) {
  const root = resolveAppRoot(makeTree(files), '.');
  const discovery = discover(root);
  const exists = (relative: string) => fs.existsSync(path.join(root.absolute, relative));
  return detect(discovery.rootEntries, platform(id), {
    hasProcfile: discovery.procfile !== null,
    deepFiles: discovery.deepFiles,
    exists,
    incomplete: discovery.walk?.limitHit,
  });
}

describe('Code Capsules (GoogleCloudPlatform/buildpacks@21f28de8)', () => {
  it('opts Go in on a *.go anywhere but node_modules, hidden folders and vendor/ included (cmd/go/runtime, pkg/gcpbuildpack/filepath.go)', () => {
    const app = { 'package.json': '{}', Procfile: 'web: node server.js\n' };
    expect(detectTree({ ...app, 'tools/gen/main.go': '' }, 'codecapsules').language).toBe('go');
    expect(detectTree({ ...app, '.github/scripts/x.go': '' }, 'codecapsules').language).toBe('go');
    expect(detectTree({ ...app, 'vendor/lib/x.go': '' }, 'codecapsules').evidence).toEqual(['vendor/lib/x.go']);
    expect(detectTree({ ...app, 'node_modules/pkg/x.go': '' }, 'codecapsules').language).toBe('node');
  });

  it('takes a Python app with a Procfile before Node, and without one after Node (builders/gcp/base/builder.toml)', () => {
    const app = { 'package.json': '{}', 'scripts/seed.py': '' };
    expect(detectTree({ ...app, Procfile: 'web: npm start\n' }, 'codecapsules').group?.id).toBe(
      'google.python.runtime + google.config.entrypoint',
    );
    expect(detectTree(app, 'codecapsules').language).toBe('node');
  });

  it('needs a .py file for Python: requirements.txt alone is "no .py files found" (cmd/python/runtime/lib/lib.go)', () => {
    expect(detectTree({ 'requirements.txt': 'flask\n', 'package.json': '{}', Procfile: 'web: x\n' }, 'codecapsules').language).toBe('node');
  });

  it('builds Ruby only with a Procfile, else a Rails app with package.json is Node (cmd/ruby/runtime, config.entrypoint)', () => {
    const rails = { Gemfile: '', 'config/application.rb': '', 'package.json': '{}' };
    expect(detectTree(rails, 'codecapsules').language).toBe('node');
    expect(detectTree({ ...rails, Procfile: 'web: bundle exec puma\n' }, 'codecapsules').language).toBe('ruby');
    const bare = detectTree({ 'app.rb': '' }, 'codecapsules');
    expect(bare.group?.fails).toContain('for Ruby, an entrypoint must be manually set');
  });

  it('opts .NET in on a project file at any depth, in any letter case (pkg/dotnet/dotnet.go ProjectFiles)', () => {
    expect(detectTree({ 'src/Api/Api.CSPROJ': '', 'package.json': '{}' }, 'codecapsules').language).toBe('dotnet');
    expect(detectTree({ 'App.sln': '', 'package.json': '{}' }, 'codecapsules').language).toBe('node');
  });

  it('opts Java in on .mvn/extensions.xml and META-INF/MANIFEST.MF, and PHP on a *.php anywhere (cmd/java/runtime, cmd/php/runtime)', () => {
    expect(detectTree({ '.mvn/extensions.xml': '' }, 'codecapsules').language).toBe('java');
    expect(detectTree({ 'META-INF/MANIFEST.MF': '' }, 'codecapsules').language).toBe('java');
    expect(detectTree({ 'public/index.php': '', 'package.json': '{}' }, 'codecapsules').language).toBe('php');
  });

  it('lists every candidate in the builder order with the file that decided it', () => {
    const detection = detectTree({ 'package.json': '{}', 'api/app.py': '', 'web/x.rb': '', Procfile: 'web: x\n' }, 'codecapsules');
    expect(detection.candidates).toEqual([
      { language: 'python', evidence: ['api/app.py'] },
      { language: 'ruby', evidence: ['web/x.rb'] },
      { language: 'node', evidence: ['package.json'] },
    ]);
  });
});

describe('Heroku classic (heroku/heroku-buildpack-* bin/detect)', () => {
  it('tries Ruby, Node.js, ..., Python, ..., PHP, Go, from root files only', () => {
    expect(detectTree({ Gemfile: '', 'package.json': '{}' }, 'heroku').language).toBe('ruby');
    expect(detectTree({ 'package.json': '{}', 'requirements.txt': '' }, 'heroku').language).toBe('node');
    expect(detectTree({ 'src/app.py': '', 'package.json': '{}' }, 'heroku').candidates.map((c) => c.language)).toEqual(['node']);
  });

  it('detects Python on any of KNOWN_PYTHON_PROJECT_FILES, misspellings included (heroku-buildpack-python@b4e7e721 bin/detect)', () => {
    expect(detectTree({ 'requirments.txt': '' }, 'heroku').language).toBe('python');
    expect(detectTree({ 'main.py': '' }, 'heroku').language).toBe('python');
  });

  it('detects Go on go.mod or Godeps/Godeps.json (heroku-buildpack-go@1bc788f bin/detect)', () => {
    expect(detectTree({ 'Godeps/Godeps.json': '{}' }, 'heroku').language).toBe('go');
    expect(detectTree({ 'cmd/x.go': '' }, 'heroku').language).toBeNull();
  });
});

describe('Heroku Fir (heroku/cnb-builder-images builder-24/builder.toml)', () => {
  it('tries Python, Ruby, Java, Scala, Go, PHP, .NET and Node.js last', () => {
    expect(detectTree({ 'package.json': '{}', 'requirements.txt': '' }, 'heroku-fir').language).toBe('python');
    expect(detectTree({ 'package.json': '{}', Gemfile: '' }, 'heroku-fir').language).toBe('ruby');
    expect(detectTree({ 'package.json': '{}', 'App.csproj': '' }, 'heroku-fir').language).toBe('dotnet');
  });
});

describe('Dokku (herokuish runs the classic buildpacks)', () => {
  it('detects as classic Heroku does', () => {
    expect(detectTree({ Gemfile: '', 'package.json': '{}' }, 'dokku').language).toBe('ruby');
  });
});

describe('walkTree', () => {
  it('never follows a symlink', () => {
    const outside = makeTree({ 'secret/x.go': '' });
    const root = makeTree({ 'package.json': '{}' });
    fs.symlinkSync(path.join(outside, 'secret'), path.join(root, 'linked'));
    expect(walkTree(root, { suffixes: ['.go'], skip: new Set() }).found.size).toBe(0);
  });

  it('stops as soon as every suffix is found, and says when its bound cut the walk short', () => {
    const root = makeTree({ 'a.go': '', 'b/c.py': '', 'z/deep/more.txt': '' });
    const early = walkTree(root, { suffixes: ['.go'], skip: new Set() });
    expect(early).toMatchObject({ stoppedEarly: true, limitHit: false });
    expect(early.entries).toBeLessThan(4);
    const bounded = walkTree(root, { suffixes: ['.rb'], skip: new Set() }, { maxEntries: 2, maxDepth: 64 });
    expect(bounded.limitHit).toBe(true);
  });

  it('looks only for what the platforms look for anywhere: nothing when none does', () => {
    expect(walkRequestFor(PLATFORMS.filter((p) => p.id !== 'codecapsules'))).toBeNull();
    expect([...(walkRequestFor([platform('codecapsules')])?.suffixes ?? [])].sort()).toEqual([
      '.csproj',
      '.fsproj',
      '.go',
      '.php',
      '.py',
      '.rb',
      '.vbproj',
    ]);
  });
});
