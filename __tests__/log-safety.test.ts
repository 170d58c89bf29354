/**
 * Nothing the CLI prints, on stdout or stderr, in any format or on any error path, is a workflow command the runner
 * would execute: no line (split at CR, LF and CRLF) that starts with `::` after blanks, no `##[` anywhere, no raw
 * control character or line separator. Names and contents carry `::`, `##[`, CR, LF, U+2028, U+2029 and U+0085.
 */
import type { Log } from 'sarif';
import type { LintResult } from '../src/engine/types.js';
import { HOSTILE_LINES, HOSTILE_NAMES, HOSTILE_PROCFILE } from './helpers/hostile.js';
import { runCli, type CliRun } from './helpers/processes.js';
import { sarifErrors } from './helpers/sarif.js';
import { makeTree, removeTrees } from './helpers/tree.js';
import { executedCommands, RAW_CONTROL, runnerLines } from './helpers/workflow-commands.js';

afterEach(removeTrees);

/** Text carrying every way to start a command: both syntaxes, after each line break the runner or a viewer honours. */
const HOSTILE = 'x ::error::a\n::warning::b\r::notice::c\r\n  ::error::d\u2028::error::e\u2029::error::f\u0085::error::g ##[error]h';

const MORE_NAMES = {
  'sep\u2029::error::u2029/Procfile': 'web: x\n',
  'nel\u0085::error::nel/Procfile': 'web: x\n',
  '\r\n::error::crlf name/Procfile': 'web: x\n',
};

/** What a runner would execute from `text`, and any line that merely looks like a command. */
function expectInert(text: string): void {
  expect(executedCommands(text)).toEqual([]);
  expect(runnerLines(text).filter((line) => /^\s*::/u.test(line))).toEqual([]);
  expect(text).not.toContain('##[');
  expect(text).not.toMatch(RAW_CONTROL);
}

function hostileRepository(): string {
  return makeTree({
    Procfile: HOSTILE_PROCFILE,
    ...HOSTILE_NAMES,
    ...MORE_NAMES,
    '.procfile-lint.yml': `rules:\n  "${JSON.stringify(HOSTILE).slice(1, -1)}": off\n`,
  });
}

describe('every format on hostile names and contents', () => {
  let dir: string;
  const runs: Record<string, CliRun> = {};
  beforeAll(() => {
    dir = hostileRepository();
    for (const format of ['text', 'json', 'sarif', 'github']) runs[format] = runCli(['--format', format, dir]);
  });

  it.each(['text', 'json', 'sarif'])('%s: prints nothing a runner would execute, on stdout or stderr', (format) => {
    const run = runs[format] as CliRun;
    expect(run.status).toBe(1);
    expectInert(run.stdout);
    expect(run.stderr).toBe('');
  });

  it('github: executes only its own annotations, whose data and properties hold no line break', () => {
    const run = runs.github as CliRun;
    const executed = executedCommands(run.stdout);
    expect(executed.length).toBeGreaterThanOrEqual(10);
    for (const { line } of executed)
      expect(line).toMatch(/^::(error|warning|notice) title=procfile-lint%3A [a-z-]+,file=[^,:]*,line=\d+,[^\r\n]*::[^\r\n]*$/u);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    const lines = runnerLines(run.stdout.trimEnd());
    expect(lines.filter((line) => !line.startsWith('::')).every((line) => /^\d+ findings? (was|were) not annotated/.test(line))).toBe(true);
  });

  it('json: parses back to the exact names and text', () => {
    const result = JSON.parse((runs.json as CliRun).stdout) as LintResult;
    const files = result.findings.map((finding) => finding.file);
    expect(files).toEqual(
      expect.arrayContaining([
        '\n::set-output name=valid::true/Procfile',
        'sep\u2029::error::u2029/Procfile',
        'nel\u0085::error::nel/Procfile',
      ]),
    );
    const commands = result.processes.map((process) => process.command);
    expect(commands).toContain(
      HOSTILE_LINES.find((line) => line.startsWith('v1:'))
        ?.slice(3)
        .trim(),
    );
    expect(commands).toContain(
      HOSTILE_LINES.find((line) => line.startsWith('sep:'))
        ?.slice(4)
        .trim(),
    );
  });

  it('sarif: is valid SARIF whose locations are the names, percent-encoded', () => {
    const log = JSON.parse((runs.sarif as CliRun).stdout) as Log;
    expect(sarifErrors(log)).toEqual([]);
    const uris = (log.runs[0]?.results ?? []).map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri);
    expect(uris).toContain('%0A%3A%3Aset-output%20name%3Dvalid%3A%3Atrue/Procfile');
    const messages = (log.runs[0]?.results ?? []).map((result) => result.message.text);
    expect(messages.some((text) => text?.includes('::error'))).toBe(true);
  });
});

describe('every error path on stderr', () => {
  it.each([
    ['an unknown format', () => ['--format', HOSTILE, '.'], '--format must be one of'],
    ['an unknown fail-on', () => ['--fail-on', HOSTILE, '.'], '--fail-on must be one of'],
    ['an unknown platform', () => ['--platform', HOSTILE, '.'], 'Unknown platform'],
    ['an unknown language', () => ['--language', HOSTILE, '.'], 'language'],
    ['an unknown rule', () => ['--rule', `${HOSTILE.replace(/[\s,]/g, '_')}=off`, '.'], 'Unknown rule'],
    ['a malformed rule setting', () => ['--rule', '##[error]x ::error::y z', '.'], '--rule: expected'],
    ['an unknown option', () => [`--${HOSTILE}`], 'Unknown option'],
    ['a glob it refuses', () => [`${HOSTILE}/*`, '.'], 'The command line: the glob'],
    ['a missing directory', () => [HOSTILE], 'does not exist'],
    ['a path through a file', () => ['hostile/x'], 'does not exist'],
  ])('%s: names the input escaped, and nothing in it is executed', (_, args, message) => {
    const cwd = makeTree({ hostile: 'x' });
    const run = runCli(args(), cwd);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(/^procfile-lint: /);
    expectInert(run.stderr);
  });

  it('a missing directory is named so the user can tell which: its `::` and line breaks escaped, its text kept', () => {
    const run = runCli(['::error::a\r\n##[error]b'], makeTree());
    expect(run.stderr).toBe("procfile-lint: The path '::error::a\\r\\n#\\u{0023}[error]b' does not exist.\n");
  });
});
