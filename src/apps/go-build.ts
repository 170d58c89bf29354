/**
 * The binaries a Go build writes, for a Procfile command that runs one (`web: bin/go-getting-started`, `web: main`).
 * What each platform's Go buildpack builds and where it puts it is the profile's `runtime.goBuild`; this reads the
 * app's side: go.mod's `module` and `// +heroku install` lines, and which directories hold a `main` package (the
 * `package` clause of each `.go` file, read by a bounded scan: no Go toolchain is run).
 */
import * as posixPath from 'node:path/posix';
import type { AppFiles } from '../engine/app-files.js';
import type { GoBuildFacts } from '../platforms/profile.js';

export interface GoModule {
  /** The module path: `github.com/heroku/go-getting-started`. */
  path: string;
  /** The package lists of go.mod's `// +heroku install <packages>` lines, in file order. */
  installLines: string[][];
}

/** go.mod at the app root, or `null` when there is none or it names no module. */
export function goModule(files: AppFiles): GoModule | null {
  const text = files.readText('go.mod');
  if (text === null) return null;
  let path: string | null = null;
  const installLines: string[][] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/[ \t]+/);
    if (path === null && fields[0] === 'module' && fields[1]) path = fields[1].replace(/^"(.*)"$/, '$1');
    // heroku/heroku-buildpack-go bin/compile (awk: $1 == "//", $2 == "+heroku", $3 == "install"), buildpacks-go src/cfg.rs.
    if (fields[0] === '//' && fields[1] === '+heroku' && fields[2] === 'install' && fields.length > 3) installLines.push(fields.slice(3));
  }
  return path ? { path, installLines } : null;
}

/**
 * The name `go install` gives a main package's binary: the last element of its import path, or the one before a
 * major-version suffix (`example.com/tool/v2` installs `tool`): golang/go src/cmd/go/internal/load/pkg.go
 * `DefaultExecName`.
 */
export function execName(importPath: string): string {
  const parts = importPath.split('/');
  const last = parts.at(-1) as string;
  return parts.length > 1 && /^v[1-9][0-9]*$/.test(last) ? (parts.at(-2) as string) : last;
}

const MAX_GO_FILES = 500;
const MAX_DEPTH = 12;

export interface MainPackages {
  /** Directories (relative to the app root, `''` for the root) whose package is `main`. */
  dirs: string[];
  /** Every `.go` file that `./...` covers was read: nothing was cut off by the bounds or unreadable. */
  complete: boolean;
}

/**
 * The directories `go list ./...` reports as `main` packages: it skips directories and files whose names start
 * with `.` or `_`, `testdata` and `vendor`, and nested modules (cmd/go "Package lists and patterns"); `_test.go`
 * files and `//go:build ignore` files are not part of the package. Other build constraints are not evaluated, so a
 * package may be counted as main that a tag leaves out: that only makes fewer names unknown.
 */
export function mainPackages(files: AppFiles): MainPackages {
  const dirs: string[] = [];
  let budget = MAX_GO_FILES;
  let complete = true;
  const walk = (dir: string, depth: number): void => {
    if (depth > MAX_DEPTH) {
      complete = false;
      return;
    }
    let main = false;
    for (const name of files.entries(dir)) {
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const path = dir ? `${dir}/${name}` : name;
      if (name.endsWith('.go') && !name.endsWith('_test.go')) {
        if (budget-- <= 0) {
          complete = false;
          return;
        }
        const text = files.readText(path);
        const clause = text === null ? undefined : packageClause(text);
        if (clause === undefined) complete = false;
        else if (clause === 'main') main = true;
      } else if (name !== 'testdata' && name !== 'vendor' && files.isDirectory(path) && !files.exists(`${path}/go.mod`)) {
        walk(path, depth + 1);
      }
    }
    if (main) dirs.push(dir);
  };
  walk('', 0);
  return { dirs: dirs.sort(), complete };
}

/**
 * The package name of a Go file, `null` when a `//go:build ignore` (or `// +build ignore`) line leaves it out of every
 * build, `undefined` when there is no package clause to read. A scan over the comments before the clause, linear.
 */
export function packageClause(text: string): string | null | undefined {
  let at = 0;
  let ignored = false;
  while (at < text.length) {
    const char = text[at] as string;
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n' || char === '\uFEFF') at++;
    else if (text.startsWith('//', at)) {
      const end = text.indexOf('\n', at);
      const comment = text.slice(at, end === -1 ? text.length : end).trim();
      if (comment === '//go:build ignore' || comment === '// +build ignore') ignored = true;
      at = end === -1 ? text.length : end + 1;
    } else if (text.startsWith('/*', at)) {
      const end = text.indexOf('*/', at + 2);
      if (end === -1) return undefined;
      at = end + 2;
    } else break;
  }
  const clause = /^package[ \t]+([\p{L}_][\p{L}\p{N}_]*)/u.exec(text.slice(at, at + 200));
  if (!clause) return undefined;
  return ignored ? null : (clause[1] as string);
}

export interface GoBinaries {
  /** The names the build installs. */
  names: string[];
  /** Whether `names` is all of them, as far as the repository shows (no package list the scan cannot follow). */
  complete: boolean;
  /** Which list chose the packages: go.mod's `// +heroku install` line, or every main package of the module. */
  from: 'install-line' | 'main-packages';
}

/** What a build that names each binary after its package (`go install`) installs, from go.mod and the main packages. */
export function goBinaries(files: AppFiles, module: GoModule, facts: GoBuildFacts, main: MainPackages = mainPackages(files)): GoBinaries {
  const line =
    facts.installLine === 'first' ? module.installLines[0] : facts.installLine === 'last' ? module.installLines.at(-1) : undefined;
  if (!line) return { names: main.dirs.map((dir) => execName(importPath(module, dir))), complete: main.complete, from: 'main-packages' };
  const names = new Set<string>();
  let complete = true;
  for (const spec of line) {
    const resolved = resolveSpec(spec, module, main);
    if (resolved === null) complete = false;
    else for (const name of resolved) names.add(name);
  }
  return { names: [...names], complete: complete && main.complete, from: 'install-line' };
}

/** The binaries a package pattern of `go install` names (`.`, `./cmd/...`, an import path), or `null` when unknown. */
function resolveSpec(spec: string, module: GoModule, main: MainPackages): string[] | null {
  const bare = withoutVersion(spec);
  if (bare.startsWith('-')) return null;
  const local =
    bare === '.' || bare.startsWith('./')
      ? bare
      : bare === module.path || bare.startsWith(`${module.path}/`)
        ? `.${bare.slice(module.path.length)}`
        : null;
  if (local === null) return bare.includes('...') ? null : [execName(bare)];
  const dir = posixPath.normalize(local).replace(/^\.$/, '');
  if (dir.startsWith('..')) return null;
  const recursive = dir === '...' || dir.endsWith('/...');
  if (dir.slice(0, recursive ? -3 : undefined).includes('...')) return null;
  const prefix = recursive ? dir.slice(0, -3).replace(/\/$/, '') : dir;
  const dirs = main.dirs.filter((candidate) =>
    recursive ? prefix === '' || candidate === prefix || candidate.startsWith(`${prefix}/`) : candidate === prefix,
  );
  return dirs.map((found) => execName(importPath(module, found)));
}

/** `tool@v1.2.3` -> `tool`: the version of a `go install pkg@version`. */
function withoutVersion(spec: string): string {
  const at = spec.lastIndexOf('@');
  return at === -1 || spec.includes('/', at) ? spec : spec.slice(0, at);
}

function importPath(module: GoModule, dir: string): string {
  return dir ? `${module.path}/${dir}` : module.path;
}

export type GoBinaryCheck =
  | { kind: 'produced' }
  /** The build installs that name, but not where the command looks (`./name` where it goes to `bin/`). */
  | { kind: 'elsewhere'; name: string; instead: string; certain: boolean }
  /** The build installs other names (GCP: only `main`); `built` is what it installs, when named after the packages. */
  | { kind: 'not-built'; name: string; built: GoBinaries | null; certain: boolean };

/**
 * Whether the command word `word` (run from the app root) is a binary this platform's Go build installs, or `null` when
 * it does not look like one: a bare name counts only when it is a name the app's Go packages would be installed
 * under somewhere (the module's, a main package's, `main`); `bin/<name>` and `./<name>` likewise.
 */
export function checkGoBinary(files: AppFiles, facts: GoBuildFacts, word: string): GoBinaryCheck | null {
  const module = goModule(files);
  if (!module) return null;
  const place = /^(?:\.\/)?bin\/([^/]+)$/.exec(word)?.[1] !== undefined ? 'bin' : word.startsWith('./') ? '.' : null;
  const name = word.replace(/^(?:\.\/)?(?:bin\/)?/, '');
  if (name.includes('/') || name === '' || (place !== null && files.exists(word))) return null;
  const main = mainPackages(files);
  const candidates = new Set(['main', execName(module.path), ...main.dirs.map((dir) => execName(importPath(module, dir)))]);
  const hooked = facts.hooks.some((hook) => files.exists(hook));
  const built = facts.fixedName === null ? goBinaries(files, module, facts, main) : null;
  for (const line of module.installLines)
    for (const spec of line) if (!spec.includes('...')) candidates.add(execName(withoutVersion(spec)));
  if (!candidates.has(name)) return null;
  const names = built ? built.names : [facts.fixedName as string];
  const there = facts.binDir === null ? place === null : place === null || place === facts.binDir;
  if (names.includes(name)) {
    if (there) return { kind: 'produced' };
    return { kind: 'elsewhere', name, instead: facts.binDir === null ? name : `${facts.binDir}/${name}`, certain: !hooked };
  }
  if (place === null && facts.binDir !== null && files.exists(`${facts.binDir}/${name}`)) return { kind: 'produced' };
  // Packages the scan cannot follow may install the name: nothing is known then.
  if (built && !built.complete) return null;
  return { kind: 'not-built', name, built, certain: !hooked && facts.packagesSetting === null };
}
