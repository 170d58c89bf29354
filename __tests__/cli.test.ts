/** The CLI (bin/procfile-lint.js) run as a process on every shipped example. */
import type { Log } from 'sarif';
import type { LintResult } from '../src/engine/types.js';
import { HOSTILE_LINES, HOSTILE_NAMES, HOSTILE_PROCFILE } from './helpers/hostile.js';
import { EXAMPLES, runAction, runCli, type CliRun } from './helpers/processes.js';
import { sarifErrors } from './helpers/sarif.js';
import { makeTree, removeTrees } from './helpers/tree.js';
import { executedCommands, RAW_CONTROL } from './helpers/workflow-commands.js';

afterEach(removeTrees);

/** What each example is for: the rules it must trigger (none for a clean app). */
const EXPECTED: Record<string, string[]> = {
  'flask-app': ['dev-server'],
  // Code Capsules documents no release phase (release-not-run, a warning).
  'django-app': ['release-not-run'],
  'express-app': [],
  'node-worker-app': [],
  'ruby-rails-app': ['release-not-run'],
  'java-spring-app': [],
  'broken-misnamed': ['procfile-misnamed'],
  'broken-not-root': ['procfile-not-root'],
  'broken-crlf-bom': ['utf8-bom', 'crlf-line-endings'],
  'broken-invalid-lines': ['space-before-colon', 'leading-whitespace', 'invalid-line', 'process-type-name'],
  'broken-duplicate-web': ['duplicate-process-type'],
  'broken-empty-command': ['empty-command'],
  'broken-python-server': ['localhost-bind', 'server-undeclared', 'hardcoded-port'],
  'broken-node-start': ['npm-start-no-script', 'node-entry-missing'],
  'broken-ruby-no-procfile': ['procfile-missing'],
  'broken-java-port': ['hardcoded-port'],
};

// One run over the clean examples and one over the broken ones, as a repository of several apps is linted: each
// example's test reads its own result, and the exit status tells each kind apart (a process costs 0.3 s of CPU).
const lintExamples = (broken: boolean) => {
  const names = EXAMPLES.filter((example) => example.startsWith('broken-') === broken);
  const run = runCli(['--format', 'json', ...names.map((example) => `examples/${example}`)]);
  const { apps } = JSON.parse(run.stdout) as { apps: { path: string; result: LintResult }[] };
  return { run, results: new Map(apps.map((app) => [app.path, app.result])) };
};
let runs: Record<'clean' | 'broken', ReturnType<typeof lintExamples>>;
beforeAll(() => {
  runs = { clean: lintExamples(false), broken: lintExamples(true) };
});

describe('the CLI on the examples', () => {
  it('has an expectation for every example', () => {
    expect(EXAMPLES).toEqual(Object.keys(EXPECTED).sort());
  });

  it('exits 0 on the clean examples and 1 on the broken ones, with nothing on stderr', () => {
    expect([runs.clean.run.status, runs.clean.run.stderr]).toEqual([0, '']);
    expect([runs.broken.run.status, runs.broken.run.stderr]).toEqual([1, '']);
  });

  it.each(EXAMPLES)('%s', (example) => {
    const broken = example.startsWith('broken-');
    const result = runs[broken ? 'broken' : 'clean'].results.get(`examples/${example}`);
    expect(result?.findings.map((finding) => finding.rule)).toEqual(EXPECTED[example] ?? []);
    expect((result?.counts.error ?? 0) > 0).toBe(broken);
  });
});

describe('the CLI', () => {
  it('prints file:line:column findings and a verdict in text format', () => {
    const run = runCli(['examples/broken-duplicate-web']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^examples\/broken-duplicate-web\/Procfile:3:1: error: `web` is declared again/);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✖ examples/broken-duplicate-web/Procfile: 1 error');
  });

  it('lints the current directory by default, with paths relative to it outside a git repository', () => {
    const dir = makeTree({
      Procfile: 'web: gunicorn app:app\nworker: python manage.py qcluster\n',
      'app.py': '',
      'manage.py': '',
      'requirements.txt': 'gunicorn\n',
    });
    const run = runCli([], dir);
    expect(run).toEqual({ status: 0, stdout: '✔ Procfile: no problems (web, worker)\n', stderr: '' });
  });

  it('honours --fail-on', () => {
    const dir = makeTree({ Procfile: 'web: gunicorn app:app\r\n', 'app.py': '', 'requirements.txt': 'gunicorn\n' });
    expect(runCli([dir]).status).toBe(0);
    expect(runCli(['--fail-on', 'warning', dir]).status).toBe(1);
    expect(runCli(['--fail-on', 'never', 'examples/broken-duplicate-web']).status).toBe(0);
  });

  it.each([
    [['--format', 'xml'], "--format must be one of text, json, sarif, github, gitlab, checkstyle, junit; got 'xml'."],
    [['--format', 'toString'], "--format must be one of text, json, sarif, github, gitlab, checkstyle, junit; got 'toString'."],
    [['--fail-on', 'all'], "--fail-on must be one of error, warning, notice, never; got 'all'."],
    [['--bogus'], "Unknown option '--bogus'"],
    [['-', 'examples'], "'-' (a Procfile on stdin) goes alone, without directories."],
    [['examples/flask-app', 'nowhere'], "The path 'nowhere' does not exist."],
    [['../*'], 'The command line: the glob `../*` climbs out with `..`; globs stay inside the repository.'],
    [['examples/flask-app', '--fix', '--platform', 'heroku,dokku'], '--fix and --fix-dry-run take one --platform'],
    [['--output', 'x.sarif', '--format', 'sarif'], '--output x.sarif must follow the --format it writes'],
    [['--format', 'json', '--format', 'sarif'], 'only one --format can go to stdout; got json, sarif.'],
    [['--format', 'json', '-o', 'a.json', '--format', 'sarif', '-o', './a.json'], '--output ./a.json is given twice'],
    [['--stdin-filename', 'Procfile', '.'], "--stdin-filename goes with '-'"],
    [['--root', 'no/such/dir'], "--root 'no/such/dir' is not a directory."],
    [['--root', 'examples/flask-app', 'examples/django-app'], "The app 'examples/django-app' is outside --root 'examples/flask-app'"],
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
    expect(run.stdout).toContain('Usage: procfile-lint [options] [dir | Procfile | glob]... | -');
    for (const format of ['text', 'json', 'sarif', 'github', 'gitlab', 'checkstyle', 'junit'])
      expect(run.stdout).toMatch(new RegExp(`^ +${format} +\\S`, 'm'));
  });
});

describe('the CLI in other formats', () => {
  it('prints valid SARIF 2.1.0 holding the same findings as the JSON', () => {
    // The JSON of the broken examples' shared run, in which the example's paths are the same as when linted alone.
    const json = runs.broken.results.get('examples/broken-invalid-lines') as LintResult;
    expect(json.findings.length).toBeGreaterThan(0);
    const run = runCli(['--format', 'sarif', 'examples/broken-invalid-lines']);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as Log;
    expect(sarifErrors(log)).toEqual([]);
    const results = log.runs[0]?.results ?? [];
    expect(results.map((result) => [result.ruleId, result.locations?.[0]?.physicalLocation?.artifactLocation?.uri])).toEqual(
      json.findings.map((finding) => [finding.rule, finding.file]),
    );
  });

  it('prints the workflow commands the action writes for its annotations, byte for byte', () => {
    const dir = makeTree({ Procfile: 'web : a\r\n  my-worker: b,c:%\r\nweb: again\r\n', 'Procfile.dev': 'web: dev\n' });
    const cli = runCli(['--format', 'github', '--fail-on', 'never', '.'], dir);
    const action = runAction(dir, { 'fail-on': 'never' });
    const annotations = (stdout: string) => stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));
    expect(annotations(cli.stdout).length).toBeGreaterThanOrEqual(4);
    expect(annotations(cli.stdout)).toEqual(annotations(action.stdout));
    expect(cli.stdout).toBe(`${annotations(cli.stdout).join('\n')}\n`);
    expect(cli.status).toBe(0);
  });

  it('annotates the most severe first within the step limit, and says how many it left out', () => {
    const lines = ['web: x', ...Array.from({ length: 12 }, (_, i) => `w-${i}: x`)].join('\r\n');
    const run = runCli(['--format', 'github', '.'], makeTree({ Procfile: `${lines}\r\n` }));
    const out = run.stdout.trimEnd().split('\n');
    expect(out.slice(0, 10).every((line) => line.startsWith('::error title=procfile-lint%3A process-type-name,'))).toBe(true);
    expect(out[10]).toMatch(/^::warning title=procfile-lint%3A crlf-line-endings,/);
    expect(out[11]).toMatch(/^2 findings were not annotated \(2 errors\): GitHub shows at most 10 errors/);
    expect(out).toHaveLength(12);
    expect(run.status).toBe(1);
  });
});

describe('the CLI on hostile Procfile text and file names', () => {
  // The JSON run serves both the log-safety case of its format and the test of the data it keeps.
  let json: CliRun;
  beforeAll(() => {
    json = runCli(['--format', 'json', makeTree({ Procfile: HOSTILE_PROCFILE, ...HOSTILE_NAMES })]);
  });

  // In a workflow's `run:` step the runner reads the CLI's output for workflow commands, as it does the action's.
  it.each(['text', 'json', 'sarif', 'gitlab', 'checkstyle', 'junit'])(
    'prints nothing a runner would execute and no raw control character (%s)',
    (format) => {
      const run = format === 'json' ? json : runCli(['--format', format, makeTree({ Procfile: HOSTILE_PROCFILE, ...HOSTILE_NAMES })]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('');
      expect(executedCommands(run.stdout)).toEqual([]);
      expect(run.stdout).not.toMatch(RAW_CONTROL);
      // The name is shown, its `::` escaped where a line could start with it: `\u{003A}:` in text, `\u003a:` in JSON (which
      // parses back to `::`); XML keeps it inside an attribute value, on a line that starts with `<`.
      const shown = {
        text: '\\u{003A}:error::nested/Procfile',
        checkstyle: '="::error::nested/Procfile"',
        junit: '="::error::nested/Procfile"',
      };
      expect(run.stdout).toContain(shown[format as keyof typeof shown] ?? '\\u003a:error\\u003a:nested/Procfile');
    },
  );

  it('keeps the exact text in the JSON result: the escaping is JSON, not a change of the data', () => {
    const result = JSON.parse(json.stdout) as LintResult;
    const commands = result.processes.map((process) => process.command);
    expect(commands).toContain(
      HOSTILE_LINES.find((line) => line.startsWith('ansi:'))
        ?.slice('ansi:'.length)
        .trim(),
    );
    expect(commands).toContain(
      HOSTILE_LINES.find((line) => line.startsWith('v1:'))
        ?.slice('v1:'.length)
        .trim(),
    );
    expect(result.findings.map((finding) => finding.file)).toContain('\n::set-output name=valid::true/Procfile');
  });
});
