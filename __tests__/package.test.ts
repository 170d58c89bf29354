/**
 * The npm package as users install it: `npm pack`, installed offline into an empty folder, run from there. It
 * holds only what the allowlist names, needs no runtime dependency (the bundle carries unbash and yaml), and its
 * `procfile-lint` gives the same report as the checkout's.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO, runCli } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterAll(removeTrees);

const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  version: string;
  files: string[];
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
};

const scratch = makeTree({ 'project/package.json': '{ "name": "user-project", "private": true }\n' });
const project = path.join(scratch, 'project');
const env = {
  PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
  HOME: scratch,
  npm_config_cache: path.join(scratch, 'npm-cache'),
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

function npm(args: string[], cwd: string) {
  const run = spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

describe('the packed npm package', () => {
  let packed: { filename: string; files: { path: string }[] };

  beforeAll(() => {
    [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], REPO));
    npm(['install', '--offline', '--no-audit', '--no-fund', path.join(scratch, packed.filename)], project);
  }, 240_000);

  it('holds the CLI and its documents, nothing of the source or the tests', () => {
    const files = packed.files.map((file) => file.path).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'bin/procfile-lint.js',
        'dist/cli/index.js',
        'dist/cli/licenses.txt',
        'dist/cli/package.json',
        'package.json',
      ]),
    );
    const allowed = (file: string) =>
      ['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json'].includes(file) ||
      manifest.files.some((entry) => file === entry || (entry.endsWith('/') && file.startsWith(entry)));
    expect(files.filter((file) => !allowed(file))).toEqual([]);
    expect(files.filter((file) => /^(src|__tests__|examples|scripts|docs)\//.test(file) || file === 'dist/index.js')).toEqual([]);
  });

  it('installs with no dependency: everything the CLI loads is in its bundle', () => {
    expect(manifest.dependencies).toBeUndefined();
    expect(fs.readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['procfile-lint']);
  });

  it('runs as procfile-lint from the install, with the same report as the checkout', () => {
    const installed = path.join(project, 'node_modules', 'procfile-lint', manifest.bin['procfile-lint'] as string);
    expect(runCli(['--version'], project, '', installed).stdout).toBe(`${manifest.version}\n`);
    const app = path.join(REPO, 'examples', 'broken-duplicate-web');
    const fromInstall = runCli(['--format', 'json', app], project, '', installed);
    expect(fromInstall).toEqual(runCli(['--format', 'json', app], project));
    expect(fromInstall.status).toBe(1);
  });

  it('carries in its bundle the libraries it loads on first use (src/apps/libraries.cjs)', () => {
    // Outside the checkout a library missing from the bundle cannot be loaded, and the rule that needs it stays quiet
    // or the run fails. Each app needs one: a Python module (@lezer/python), project.toml (smol-toml: Heroku Fir keeps
    // devDependencies, so no dev-dependency-pruned), an npm script in package.json (jsonc-parser), Spring's
    // application.yml (yaml) and go.mod's version (semver).
    const next = {
      Procfile: 'web: next start -p $PORT\n',
      'package.json': '{"scripts":{"build":"next build"},"devDependencies":{"next":"15.0.0"}}',
      'package-lock.json': '{"lockfileVersion":3,"packages":{"":{},"node_modules/next":{"version":"15.0.0","dev":true}}}',
    };
    const inFolder = (folder: string, files: Record<string, string>) =>
      Object.fromEntries(Object.entries(files).map(([file, text]) => [`${folder}/${file}`, text]));
    const apps = makeTree({
      'python/Procfile': 'web: gunicorn main:app\n',
      'python/main.py': 'import flask\napplication = flask.Flask(__name__)\n',
      'python/requirements.txt': 'flask\ngunicorn\n',
      ...inFolder('pruned', next),
      ...inFolder('kept', { ...next, 'project.toml': '[com.heroku.buildpacks.nodejs]\nactions.prune_dev_dependencies = false\n' }),
      'script/Procfile': 'web: npm start\n',
      'script/package.json': '{\n  "scripts": {\n    "start": "next start -H 127.0.0.1"\n  },\n  "dependencies": { "next": "15.0.3" }\n}\n',
      'spring/Procfile': 'web: java -jar target/demo-1.0.jar\n',
      'spring/pom.xml':
        '<project><artifactId>demo</artifactId><version>1.0</version><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n',
      'spring/src/main/resources/application.yml': 'server:\n  port: 8080\n',
      'go/Procfile': 'web: app\n',
      'go/go.mod': 'module example.com/app\n\ngo 1.21rc9\n',
      'go/main.go': 'package main\n',
    });
    const installed = path.join(project, 'node_modules', 'procfile-lint', manifest.bin['procfile-lint'] as string);
    const args = ['--format', 'json', '--platform', 'heroku-fir', 'python', 'pruned', 'kept', 'script', 'spring', 'go'];
    const fromInstall = runCli(args, apps, '', installed);
    expect(fromInstall).toEqual(runCli(args, apps));
    const rules = (JSON.parse(fromInstall.stdout) as { apps: { result: { findings: { rule: string }[] } }[] }).apps.map((app) =>
      app.result.findings.map((finding) => finding.rule),
    );
    expect(rules).toEqual([
      ['app-target-missing'],
      ['dev-dependency-pruned'],
      [],
      ['localhost-bind'],
      ['hardcoded-port'],
      ['runtime-version'],
    ]);
  });

  it('runs with npx from the project, through the bin link npm made', () => {
    const run = spawnSync(
      'npx',
      ['--offline', '--no-install', 'procfile-lint', '--format', 'text', '--platform', 'heroku', path.join(REPO, 'examples', 'django-app')],
      {
        cwd: project,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^✔ .*Procfile: no problems \(web, release\)\n$/);
    expect(run.status).toBe(0);
  });
});
