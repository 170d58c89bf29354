/** The CLI (bin/procfile-lint.js) run as a process on every shipped example. */
import * as path from 'node:path';
import type { LintResult } from '../src/engine/types.js';
import { HOSTILE_LINES, HOSTILE_NAMES, HOSTILE_PROCFILE } from './helpers/hostile.js';
import { EXAMPLES, REPO, runCli } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';
import { executedCommands, RAW_CONTROL } from './helpers/workflow-commands.js';

afterEach(removeTrees);

/** What each example is for: the rules it must trigger (none for a clean app). */
const EXPECTED: Record<string, string[]> = {
  'flask-app': [],
  'express-app': [],
  'broken-misnamed': ['procfile-misnamed'],
  'broken-not-root': ['procfile-not-root'],
  'broken-crlf-bom': ['utf8-bom', 'crlf-line-endings'],
  'broken-invalid-lines': ['space-before-colon', 'leading-whitespace', 'invalid-line', 'process-type-name'],
  'broken-duplicate-web': ['duplicate-process-type'],
  'broken-empty-command': ['empty-command'],
};

describe('the CLI on the examples', () => {
  it('has an expectation for every example', () => {
    expect(EXAMPLES).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(EXAMPLES)('%s', (example) => {
    const expected = EXPECTED[example] ?? [];
    const run = runCli(['--format', 'json', `examples/${example}`]);
    const result = JSON.parse(run.stdout) as LintResult;
    expect(result.findings.map((finding) => finding.rule)).toEqual(expected);
    expect(run.status).toBe(result.counts.error > 0 ? 1 : 0);
    expect(run.status).toBe(example.startsWith('broken-') ? 1 : 0);
    expect(run.stderr).toBe('');
  });
});

describe('the CLI', () => {
  it('prints file:line:column findings and a verdict in text format', () => {
    const run = runCli(['examples/broken-duplicate-web']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^examples\/broken-duplicate-web\/Procfile:3:1: error: `web` is declared again/);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✖ examples/broken-duplicate-web/Procfile: 1 error');
  });

  it('lints the current directory by default, with paths as the user sees them', () => {
    const run = runCli([], path.join(REPO, 'examples', 'flask-app'));
    expect(run).toEqual({ status: 0, stdout: '✔ Procfile: no problems (web)\n', stderr: '' });
  });

  it('honours --fail-on', () => {
    const dir = makeTree({ Procfile: 'web: gunicorn app:app\r\n' });
    expect(runCli([dir]).status).toBe(0);
    expect(runCli(['--fail-on', 'warning', dir]).status).toBe(1);
    expect(runCli(['--fail-on', 'never', 'examples/broken-duplicate-web']).status).toBe(0);
  });

  it.each([
    [['--format', 'xml'], "--format must be one of text, json; got 'xml'."],
    [['--fail-on', 'all'], "--fail-on must be one of error, warning, notice, never; got 'all'."],
    [['--bogus'], "Unknown option '--bogus'"],
    [['a', 'b'], 'expected at most one directory, got 2.'],
    [['no/such/dir'], "The path 'no/such/dir' does not exist."],
    [['--platform', 'mars'], "Unknown platform 'mars'"],
  ])('exits 2 with a message for %j', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('prints help', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: procfile-lint [options] [dir]');
  });
});

describe('the CLI on hostile Procfile text and file names', () => {
  // In a workflow's `run:` step the runner reads the CLI's output for workflow commands, as it does the action's.
  it.each(['text', 'json'])('prints nothing a runner would execute and no raw control character (%s)', (format) => {
    const dir = makeTree({ Procfile: HOSTILE_PROCFILE, ...HOSTILE_NAMES });
    const run = runCli(['--format', format, dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(executedCommands(run.stdout)).toEqual([]);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('::error::nested/Procfile');
  });

  it('keeps the exact text in the JSON result: the escaping is JSON, not a change of the data', () => {
    const dir = makeTree({ Procfile: HOSTILE_PROCFILE, ...HOSTILE_NAMES });
    const result = JSON.parse(runCli(['--format', 'json', dir]).stdout) as LintResult;
    const commands = result.processes.map((process) => process.command);
    expect(commands).toContain(HOSTILE_LINES.find((line) => line.startsWith('ansi:'))?.slice('ansi:'.length).trim());
    expect(commands).toContain(HOSTILE_LINES.find((line) => line.startsWith('v1:'))?.slice('v1:'.length).trim());
    expect(result.findings.map((finding) => finding.file)).toContain('\n::set-output name=valid::true/Procfile');
  });
});
