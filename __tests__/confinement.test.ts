/**
 * What src/ must never do, checked on its text so that new code cannot slip past a review: run anything (a
 * Procfile's commands included), reach the network, or read a file's content anywhere but through
 * readFileInside (src/engine/workspace.ts), which confines reads to the workspace, regular files and 1 MiB, or write
 * one but through writeFileInside, which confines writes the same way.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './helpers/processes.js';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // .cjs: src/apps/libraries.cjs, which requires libraries on first use.
    return entry.isDirectory() ? sourceFiles(full) : /\.(ts|cjs)$/.test(entry.name) ? [full] : [];
  });
}

const SOURCES = sourceFiles(path.join(REPO, 'src')).map((file) => ({
  file: path.relative(REPO, file),
  text: fs.readFileSync(file, 'utf8'),
}));

const offenders = (pattern: RegExp, allowed: string[] = []) =>
  SOURCES.filter(({ file, text }) => pattern.test(text) && !allowed.includes(file)).map(({ file }) => file);

describe('src/', () => {
  it('never runs a process or evaluates code', () => {
    expect(offenders(/['"](node:)?(child_process|worker_threads|vm|cluster)['"]/)).toEqual([]);
    // Dynamic imports load bundled code only when needed (the GitHub client for a check run, the YAML parser for a
    // config file): fixed specifiers, never code from the repository.
    expect(offenders(/\beval\s*\(|\bnew\s+Function\s*\(|\bimport\s*\((?!'@actions\/github'\)|'\.\/[a-z-]+\.js'\))/)).toEqual([]);
  });

  it('never reaches the network', () => {
    expect(offenders(/['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]|\bfetch\s*\(/)).toEqual([]);
  });

  it('reads file contents only through readFileInside', () => {
    const reads =
      /\b(readFileSync|readSync|readvSync|openSync|opendirSync|createReadStream)\b|\bfs\.(read|readFile|readv|open|opendir|promises)\b|fs\/promises/;
    // event.ts reads the runner's own event file (GITHUB_EVENT_PATH), outside the workspace and not from the pull request.
    // fixes/files.ts opens only its own temporary file, to write it (O_CREAT|O_EXCL|O_NOFOLLOW); it reads through readFileInside.
    expect(offenders(reads, ['src/engine/workspace.ts', 'src/action/event.ts', 'src/fixes/files.ts'])).toEqual([]);
  });

  it('writes files only through writeFileInside', () => {
    // @actions/core writes the runner's own files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY); the action writes the SARIF file
    // through writeFileInside. Two CLI-only writers have their own confinement, each with its tests:
    // cli/output.ts writes an --output the user typed (it may be outside the root, but never through a link out of it or
    // into .git: cli-options.test.ts), and fixes/files.ts writes --fix's files (fixes/files.test.ts, cli-fix.test.ts).
    const writes =
      /\b(writeFileSync|writeSync|appendFileSync|mkdirSync|renameSync|rmSync|unlinkSync|createWriteStream|copyFileSync|symlinkSync)\b|\bfs\.(write|writeFile|appendFile|mkdir|rename|rm|unlink|copyFile|symlink)\b/;
    expect(offenders(writes, ['src/engine/workspace.ts', 'src/cli/output.ts', 'src/fixes/files.ts'])).toEqual([]);
  });
});
