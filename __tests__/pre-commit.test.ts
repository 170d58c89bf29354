/**
 * The pre-commit hook (.pre-commit-hooks.yaml), run by the real pre-commit (Debian's package) in a temporary git
 * repository against a temporary copy of this hook repository, as a user's `.pre-commit-config.yaml` would.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LANGUAGES } from '../src/engine/languages.js';
import { REPO } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterAll(removeTrees);

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames: boolean;
}
const [hook] = parseYaml(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

/** pre-commit's `files` is a Python regex; the `(?i)` flag at its start is the only construct JavaScript spells otherwise. */
function matchesHook(file: string): boolean {
  const source = hook?.files ?? '';
  return new RegExp(source.replace(/^\(\?i\)/, ''), source.startsWith('(?i)') ? 'i' : '').test(file);
}

describe('the hook', () => {
  it('runs the committed CLI once per commit, not once per file', () => {
    expect(hook).toMatchObject({ id: 'procfile-lint', entry: 'bin/procfile-lint.js', language: 'script', pass_filenames: false });
  });

  it.each(['', 'apps/web/'])('runs when a commit changes the Procfile, a near miss or a file that decides the build (%s)', (dir) => {
    const markers = LANGUAGES.flatMap((language) => [
      ...language.markers,
      ...language.extensions.filter((ext) => ['.sln', '.csproj', '.sbt'].includes(ext)).map((ext) => `App${ext}`),
    ]);
    const files = [
      'Procfile',
      'procfile',
      'Procfile.txt',
      'Procfile.dev',
      'ProcFile',
      'procfile.yml',
      '.procfile-lint.yml',
      'Dockerfile',
      ...markers,
    ];
    expect(files.map((file) => `${dir}${file}`).filter((file) => !matchesHook(file))).toEqual([]);
  });

  it('does not run for files that change nothing it checks', () => {
    expect(['README.md', 'src/index.js', 'docs/procfile.md/x', 'requirements-dev.txt', 'app.pyc'].filter(matchesHook)).toEqual([]);
  });
});

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const git = spawnSync('git', ['--version'], { encoding: 'utf8' });
const missing =
  preCommit.status !== 0 ? 'pre-commit is not installed (apt-get install pre-commit)' : git.status !== 0 ? 'git is not installed' : null;
if (missing) console.log(`Skipping the pre-commit run: ${missing}.`);
const describeWithPreCommit = missing ? describe.skip : describe;

describeWithPreCommit('pre-commit in a temporary repository', () => {
  const scratch = makeTree();
  const env = {
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
    HOME: scratch,
    PRE_COMMIT_HOME: path.join(scratch, 'cache'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
  };
  const run = (command: string, args: string[], cwd: string) => spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  const must = (command: string, args: string[], cwd: string) => {
    const result = run(command, args, cwd);
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}${result.stdout}`);
    return result.stdout;
  };

  /** This repository's hook as pre-commit fetches it: the files the hook needs, committed in a repository of their own. */
  function hookRepository(): { dir: string; rev: string } {
    const dir = path.join(scratch, 'hook-repo');
    for (const file of ['.pre-commit-hooks.yaml', 'package.json', 'bin/procfile-lint.js', 'dist/cli']) {
      fs.cpSync(path.join(REPO, file), path.join(dir, file), { recursive: true });
    }
    must('git', ['init', '-q', '-b', 'main'], dir);
    must('git', ['add', '-A'], dir);
    must('git', ['commit', '-q', '-m', 'hook'], dir);
    return { dir, rev: must('git', ['rev-parse', 'HEAD'], dir).trim() };
  }

  const hookRepo = hookRepository();
  const user = path.join(scratch, 'user-repo');
  fs.mkdirSync(path.join(user, 'backend'), { recursive: true });
  fs.writeFileSync(
    path.join(user, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${JSON.stringify(hookRepo.dir)}\n    rev: ${hookRepo.rev}\n    hooks:\n      - id: procfile-lint\n        args: [backend]\n`,
  );
  fs.writeFileSync(path.join(user, 'backend', 'Procfile'), 'web: gunicorn app:app\nweb: gunicorn other:app\n');
  for (const file of ['app.py', 'other.py']) fs.writeFileSync(path.join(user, 'backend', file), '');
  fs.writeFileSync(path.join(user, 'backend', 'requirements.txt'), 'gunicorn\n');
  fs.writeFileSync(path.join(user, 'README.md'), '# app\n');
  must('git', ['init', '-q', '-b', 'main'], user);
  must('git', ['add', '-A'], user);

  it('fails the commit on a broken Procfile, naming the file from the repository root', () => {
    const result = run('pre-commit', ['run', '--files', 'backend/Procfile'], user);
    expect(result.stdout).toMatch(/^procfile-lint\.+Failed$/m);
    expect(result.stdout).toMatch(/^backend\/Procfile:2:1: error: .*\[duplicate-process-type\]$/m);
    expect(result.status).toBe(1);
  }, 180_000);

  it('skips a commit that changes none of the files it checks', () => {
    const result = run('pre-commit', ['run', '--files', 'README.md'], user);
    expect(result.stdout).toMatch(/^procfile-lint\.+\(no files to check\)Skipped$/m);
    expect(result.status).toBe(0);
  }, 180_000);

  it('passes once the Procfile is fixed, also when only a manifest changed', () => {
    fs.writeFileSync(path.join(user, 'backend', 'Procfile'), 'web: gunicorn app:app\n');
    const result = run('pre-commit', ['run', '--files', 'backend/requirements.txt'], user);
    expect(result.stdout).toMatch(/^procfile-lint\.+Passed$/m);
    expect(result.status).toBe(0);
  }, 180_000);
});
