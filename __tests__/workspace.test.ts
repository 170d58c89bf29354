import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../src/engine/types.js';
import { confine, MAX_PROCFILE_BYTES, readFileInside, replaceByRename, resolveAppRoot, writeFileInside } from '../src/engine/workspace.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

describe('resolveAppRoot', () => {
  it('resolves the app path inside the workspace', () => {
    const workspace = makeTree({ 'apps/api/': '' });
    expect(resolveAppRoot(workspace, 'apps/api')).toEqual({
      workspace,
      absolute: path.join(workspace, 'apps/api'),
      relative: 'apps/api',
    });
    expect(resolveAppRoot(workspace, '.').relative).toBe('');
  });

  it.each([['../..'], ['/']])('refuses %j, which leaves the workspace', (appPath) => {
    const workspace = makeTree({ 'a/': '' });
    expect(() => resolveAppRoot(workspace, appPath)).toThrow(/outside the workspace/);
  });

  it('refuses a path that is a symlink out of the workspace', () => {
    const outside = makeTree({ Procfile: 'web: x\n' });
    const workspace = makeTree();
    fs.symlinkSync(outside, path.join(workspace, 'app'));
    expect(() => resolveAppRoot(workspace, 'app')).toThrow(UsageError);
  });

  it('refuses a missing path and a file', () => {
    const workspace = makeTree({ 'file.txt': '' });
    expect(() => resolveAppRoot(workspace, 'nope')).toThrow(/'nope' does not exist/);
    expect(() => resolveAppRoot(workspace, 'file.txt')).toThrow(/not a directory/);
  });
});

describe('readFileInside', () => {
  it('reads a regular file', () => {
    const workspace = makeTree({ Procfile: 'web: x\n' });
    const outcome = readFileInside(workspace, path.join(workspace, 'Procfile'));
    expect(outcome).toEqual({ ok: true, bytes: Buffer.from('web: x\n') });
  });

  it('follows a symlink that stays inside the workspace', () => {
    const workspace = makeTree({ 'deploy/Procfile': 'web: x\n' });
    fs.symlinkSync('deploy/Procfile', path.join(workspace, 'Procfile'));
    expect(readFileInside(workspace, path.join(workspace, 'Procfile'))).toMatchObject({ ok: true });
  });

  it('refuses a symlink out of the workspace without reading it', () => {
    const outside = makeTree({ secret: 'web: cat /etc/shadow\n' });
    const workspace = makeTree();
    fs.symlinkSync(path.join(outside, 'secret'), path.join(workspace, 'Procfile'));
    expect(readFileInside(workspace, path.join(workspace, 'Procfile'))).toEqual({ ok: false, problem: 'link-outside' });
  });

  it('describes a dangling symlink, a directory and a FIFO', () => {
    const workspace = makeTree({ 'dir/': '' });
    fs.symlinkSync('missing', path.join(workspace, 'dangling'));
    execFileSync('mkfifo', [path.join(workspace, 'fifo')]);
    const read = (name: string) => readFileInside(workspace, path.join(workspace, name));
    fs.symlinkSync('loop', path.join(workspace, 'loop'));
    expect(read('dangling')).toEqual({ ok: false, problem: 'dangling-link' });
    expect(read('loop')).toEqual({ ok: false, problem: 'link-loop' });
    expect(read('dir')).toEqual({ ok: false, problem: 'directory' });
    expect(read('fifo')).toEqual({ ok: false, problem: 'not-regular' });
  });

  it('refuses a file over the limit without loading it', () => {
    const workspace = makeTree({ Procfile: Buffer.alloc(MAX_PROCFILE_BYTES + 1, 0x61) });
    expect(readFileInside(workspace, path.join(workspace, 'Procfile'))).toEqual({ ok: false, problem: 'too-large' });
  });

  // Root reads any file, so the permission check can only be observed as another user: as root, filesystem.test.ts
  // checks it through the CLI run as `nobody`.
  const asUser = process.getuid?.() === 0 ? it.skip : it;
  asUser('says when the file cannot be read', () => {
    const workspace = makeTree({ Procfile: 'web: x\n' });
    fs.chmodSync(path.join(workspace, 'Procfile'), 0);
    expect(readFileInside(workspace, path.join(workspace, 'Procfile'))).toEqual({ ok: false, problem: 'permission' });
  });
});

describe('confine', () => {
  it('tells inside, outside and .git apart, .git in any case', () => {
    const workspace = makeTree();
    expect(confine(workspace, path.join(workspace, 'a', 'b'))).toBe('inside');
    expect(confine(workspace, path.join(workspace, '.gitignore'))).toBe('inside');
    expect(confine(workspace, path.dirname(workspace))).toBe('outside');
    expect(confine(workspace, `${workspace}-sibling`)).toBe('outside');
    for (const git of ['.git', '.GIT', '.Git', 'sub/.git']) expect(confine(workspace, path.join(workspace, git, 'config'))).toBe('git');
  });
});

describe('writeFileInside', () => {
  it('writes a new file, creating its folders, and replaces a file or a link instead of writing through it', () => {
    const outside = makeTree({ victim: 'keep' });
    const workspace = makeTree({ 'old.sarif': 'old' });
    fs.symlinkSync(path.join(outside, 'victim'), path.join(workspace, 'link.sarif'));
    expect(writeFileInside(workspace, 'a/b/new.sarif', 'new')).toEqual({ ok: true });
    expect(writeFileInside(workspace, 'old.sarif', 'new')).toEqual({ ok: true });
    expect(writeFileInside(workspace, 'link.sarif', 'new')).toEqual({ ok: true });
    for (const file of ['a/b/new.sarif', 'old.sarif', 'link.sarif'])
      expect(fs.readFileSync(path.join(workspace, file), 'utf8')).toBe('new');
    expect(fs.lstatSync(path.join(workspace, 'link.sarif')).isFile()).toBe(true);
    expect(fs.readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('keep');
  });

  it.each([
    ['../x.sarif', 'outside'],
    ['/x.sarif', 'outside'],
    ['out/x.sarif', 'outside'],
    ['.git/config', 'into-git'],
    ['.GIT/config', 'into-git'],
    ['to-git/config', 'into-git'],
    ['file/x.sarif', 'not-a-folder'],
    ['folder', 'directory'],
    ['fifo', 'not-regular'],
  ])('refuses %j (%s), leaving nothing behind', (file, problem) => {
    const outside = makeTree();
    const workspace = makeTree({ '.git/config': 'token', file: 'x', 'folder/': '' });
    fs.symlinkSync(outside, path.join(workspace, 'out'));
    fs.symlinkSync(path.join(workspace, '.git'), path.join(workspace, 'to-git'));
    execFileSync('mkfifo', [path.join(workspace, 'fifo')]);
    const before = fs.readdirSync(workspace).sort();
    expect(writeFileInside(workspace, file, 'new')).toEqual({ ok: false, problem });
    expect(fs.readdirSync(workspace).sort()).toEqual(before);
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(fs.readFileSync(path.join(workspace, '.git', 'config'), 'utf8')).toBe('token');
  });
});

describe('replaceByRename (every write of the action, the CLI and --fix)', () => {
  it('replaces the file whole and leaves nothing beside it', () => {
    const dir = makeTree({ 'report.json': 'old' });
    replaceByRename(path.join(dir, 'report.json'), 'new', { mode: 0o644 });
    expect(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['report.json']);
  });

  it('keeps the old content and removes its temporary file when the write is refused before the rename', () => {
    const dir = makeTree({ Procfile: 'web: old\n' });
    const refuse = () => {
      throw new Error('refused');
    };
    expect(() => replaceByRename(path.join(dir, 'Procfile'), 'web: new\n', { mode: 0o644, beforeRename: refuse })).toThrow('refused');
    expect(fs.readFileSync(path.join(dir, 'Procfile'), 'utf8')).toBe('web: old\n');
    expect(fs.readdirSync(dir)).toEqual(['Procfile']);
  });

  it('sets the mode exactly with chmod, whatever the umask', () => {
    const dir = makeTree({ 'run.sh': '' });
    const umask = process.umask(0o077);
    try {
      replaceByRename(path.join(dir, 'run.sh'), 'echo\n', { mode: 0o775, chmod: true, fsync: true });
    } finally {
      process.umask(umask);
    }
    expect(fs.statSync(path.join(dir, 'run.sh')).mode & 0o777).toBe(0o775);
  });
});
