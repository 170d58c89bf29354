import * as fs from 'node:fs';
import * as path from 'node:path';
import { diskAppFiles, memoryAppFiles } from '../../src/engine/app-files.js';
import { makeTree, removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

describe('AppFiles.entries', () => {
  it('lists a directory inside the workspace, and nothing through a link that leaves it', () => {
    const outside = makeTree({ 'secret/key.java': '' });
    const workspace = makeTree({ 'src/main/java/App.java': '', 'src/main/java/util/X.java': '' });
    fs.symlinkSync(path.join(outside, 'secret'), path.join(workspace, 'src/main/java/leak'));
    const files = diskAppFiles({ workspace, absolute: workspace, relative: '' }, fs.readdirSync(workspace));
    expect(files.entries('src/main/java')).toEqual(['App.java', 'leak', 'util']);
    expect(files.entries('src/main/java/leak')).toEqual([]);
    expect(files.entries('../')).toEqual([]);
    expect(files.entries('src/main/java/App.java')).toEqual([]);
  });

  it('lists the entries of an in-memory app', () => {
    const files = memoryAppFiles({ 'src/a.py': '', 'src/pkg/b.py': '', 'c.txt': '' });
    expect(files.entries('')).toEqual(['c.txt', 'src']);
    expect(files.entries('src')).toEqual(['a.py', 'pkg']);
  });
});
