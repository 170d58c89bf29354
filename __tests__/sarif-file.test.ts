/**
 * The `sarif-file` input, through the built action: the SARIF file is written as confined as every file is read
 * (inside the workspace, outside `.git`, never through a link a pull request committed), and a path that cannot be
 * written is one warning naming the input, never a crash: annotations, summary and outputs are still complete.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Log } from 'sarif';
import { runAction, type ActionRun } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

const BROKEN = { Procfile: 'worker: x\n' };
const NOT_WRITTEN = /^::warning::procfile-lint: the SARIF file was not written: the `sarif-file` input /;

function warnings(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => NOT_WRITTEN.test(line));
}

/** Everything but SARIF went as it always does: the annotation, the summary, every output, the step's status. */
function expectCompleteRun(run: ActionRun, workspace: string): void {
  expect(run.stdout).toMatch(/^::error title=procfile-lint%3A missing-web,file=Procfile,/m);
  // The plan comes first ("What Code Capsules will run"), then the verdict.
  expect(run.summary.split('\n')[0]).toBe('## What Code Capsules will run');
  expect(run.summary.split('\n')).toContain('## ⚠️ Procfile: 1 error');
  expect(run.outputs).toEqual({
    valid: 'false',
    procfile: 'Procfile',
    language: '',
    'process-types': '["worker"]',
    errors: '1',
    warnings: '0',
    notices: '0',
    results: JSON.stringify([
      { path: '.', procfile: 'Procfile', valid: false, language: null, 'process-types': ['worker'], errors: 1, warnings: 0, notices: 0 },
    ]),
  });
  expect(run.status).toBe(0);
  expect(run.stderr).toBe('');
  // No absolute path of the runner in any message (the input is quoted as given).
  for (const text of [run.stdout, run.summary]) expect(text).not.toContain(workspace);
}

function sarifAt(file: string): Log {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Log;
}

describe('sarif-file', () => {
  it('is written as a new regular file, replacing a committed symbolic link instead of writing through it', () => {
    const outside = makeTree({ 'victim.txt': 'keep me' });
    const workspace = makeTree(BROKEN);
    fs.symlinkSync(path.join(outside, 'victim.txt'), path.join(workspace, 'report.sarif'));
    const run = runAction(workspace, { 'sarif-file': 'report.sarif', 'fail-on': 'never' });
    expect(fs.readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('keep me');
    expect(fs.lstatSync(path.join(workspace, 'report.sarif')).isFile()).toBe(true);
    expect(sarifAt(path.join(workspace, 'report.sarif')).runs[0]?.results).toHaveLength(1);
    expect(warnings(run)).toEqual([]);
    expectCompleteRun(run, workspace);
    expect(fs.readdirSync(workspace).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it("may be an absolute path inside the runner's temporary folder, confined there the same way", () => {
    const temp = makeTree({ 'victim.txt': 'keep me' });
    const workspace = makeTree(BROKEN);
    const file = path.join(temp, 'out', 'procfile.sarif');
    const run = runAction(workspace, { 'sarif-file': file, 'fail-on': 'never' }, { RUNNER_TEMP: temp });
    expect(warnings(run)).toEqual([]);
    expect(sarifAt(file).runs[0]?.results).toHaveLength(1);
    // A link in the temporary folder is not followed out of it either.
    fs.symlinkSync(path.join(temp, 'victim.txt'), path.join(temp, 'linked.sarif'));
    const other = makeTree({});
    fs.symlinkSync(other, path.join(temp, 'away'));
    const refused = runAction(workspace, { 'sarif-file': path.join(temp, 'away', 'x.sarif'), 'fail-on': 'never' }, { RUNNER_TEMP: temp });
    expect(warnings(refused)).toHaveLength(1);
    expect(fs.readdirSync(other)).toEqual([]);
    runAction(workspace, { 'sarif-file': path.join(temp, 'linked.sarif'), 'fail-on': 'never' }, { RUNNER_TEMP: temp });
    expect(fs.readFileSync(path.join(temp, 'victim.txt'), 'utf8')).toBe('keep me');
    expect(fs.lstatSync(path.join(temp, 'linked.sarif')).isFile()).toBe(true);
  });

  it.each([
    ['a folder linked out of the workspace', 'reports/procfile.sarif', 'is outside the workspace'],
    ['a folder linked into .git', 'linked/config', 'is inside `.git`'],
    ['.git itself', '.git/config', 'is inside `.git`'],
    ['.git in another case (macOS, Windows)', '.GIT/config', 'is inside `.git`'],
    ['a path with ..', '../procfile.sarif', 'is outside the workspace'],
    ['an absolute path outside', '{outside}/procfile.sarif', 'is outside the workspace'],
    ['a file where a folder should be', 'file.txt/procfile.sarif', 'has a file where a folder should be'],
    ['a folder', 'folder', 'is a folder, not a file'],
  ])('is refused when it leads to %s: one warning, and the run is complete', (_, given, reason) => {
    const outside = makeTree({ 'reports/': '' });
    const sarifFile = given.replace('{outside}', outside);
    const workspace = makeTree({ ...BROKEN, '.git/config': '[core]\n', 'file.txt': 'x', 'folder/': '' });
    fs.symlinkSync(path.join(outside, 'reports'), path.join(workspace, 'reports'));
    fs.symlinkSync(path.join(workspace, '.git'), path.join(workspace, 'linked'));
    const run = runAction(workspace, { 'sarif-file': sarifFile, 'fail-on': 'never' });
    expect(warnings(run)).toHaveLength(1);
    expect(warnings(run)[0]).toContain(`\`${sarifFile}\` ${reason}`);
    expect(warnings(run)[0]).toContain('The annotations, the job summary and the outputs are complete without it.');
    expectCompleteRun(run, workspace);
    expect(fs.readdirSync(path.join(outside, 'reports'))).toEqual([]);
    expect(fs.readFileSync(path.join(workspace, '.git', 'config'), 'utf8')).toBe('[core]\n');
    expect(fs.readdirSync(outside)).toEqual(['reports']);
  });

  it('is refused when the target is a FIFO, which would block the writer', () => {
    const workspace = makeTree(BROKEN);
    execFileSync('mkfifo', [path.join(workspace, 'pipe.sarif')]);
    const run = runAction(workspace, { 'sarif-file': 'pipe.sarif', 'fail-on': 'never' });
    expect(warnings(run)).toEqual([expect.stringContaining('`pipe.sarif` is not a regular file')]);
    expectCompleteRun(run, workspace);
  });

  it('creates missing folders inside the workspace', () => {
    const workspace = makeTree(BROKEN);
    const run = runAction(workspace, { 'sarif-file': 'out/nested/procfile.sarif', 'fail-on': 'never' });
    expect(warnings(run)).toEqual([]);
    expect(sarifAt(path.join(workspace, 'out', 'nested', 'procfile.sarif')).version).toBe('2.1.0');
    expectCompleteRun(run, workspace);
  });
});
