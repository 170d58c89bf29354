/** Confined, atomic writes for --fix. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renameInside, writeInside } from '../../src/fixes/files.js';
import { makeTree, removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

describe('writeInside', () => {
  it('replaces the file, keeps its mode, and leaves no temporary file', () => {
    const workspace = makeTree({ Procfile: 'old\n' });
    fs.chmodSync(path.join(workspace, 'Procfile'), 0o600);
    writeInside(workspace, 'Procfile', Buffer.from('new\n'));
    expect(fs.readFileSync(path.join(workspace, 'Procfile'), 'utf8')).toBe('new\n');
    expect(fs.statSync(path.join(workspace, 'Procfile')).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(workspace)).toEqual(['Procfile']);
  });

  it('writes through a link that stays inside the workspace, and keeps the link', () => {
    const workspace = makeTree({ 'config/Procfile': 'old\n' });
    fs.symlinkSync('config/Procfile', path.join(workspace, 'Procfile'));
    writeInside(workspace, 'Procfile', Buffer.from('new\n'));
    expect(fs.lstatSync(path.join(workspace, 'Procfile')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(workspace, 'config/Procfile'), 'utf8')).toBe('new\n');
  });

  it('refuses a link out of the workspace or into .git, and a file to create that exists', () => {
    const outside = makeTree({ Procfile: 'theirs\n' });
    const workspace = makeTree({ '.git/config': 'secret\n', Existing: 'x' });
    fs.symlinkSync(path.join(outside, 'Procfile'), path.join(workspace, 'Procfile'));
    fs.symlinkSync('.git/config', path.join(workspace, 'Other'));
    expect(() => writeInside(workspace, 'Procfile', Buffer.from('new\n'))).toThrow(/outside the workspace/);
    expect(() => writeInside(workspace, 'Other', Buffer.from('new\n'))).toThrow(/outside the workspace/);
    expect(fs.readFileSync(path.join(outside, 'Procfile'), 'utf8')).toBe('theirs\n');
    expect(fs.readFileSync(path.join(workspace, '.git/config'), 'utf8')).toBe('secret\n');
    expect(() => writeInside(workspace, 'Existing', Buffer.from('y'), true)).toThrow(/appeared/);
  });
});

describe('renameInside', () => {
  it('renames, and never replaces a file at the target', () => {
    const workspace = makeTree({ 'Procfile.txt': 'web: x\n', Other: 'keep\n' });
    expect(() => renameInside(workspace, 'Procfile.txt', 'Other')).toThrow(/already exists/);
    renameInside(workspace, 'Procfile.txt', 'Procfile');
    expect(fs.readdirSync(workspace).sort()).toEqual(['Other', 'Procfile']);
  });
});
