import { certainFailure, failureStopsLine, followScripts, rangeInScript, scriptRunBy, type ScriptRun } from '../../src/apps/scripts.js';
import { invocationsOf, type Invocation } from '../../src/commands/invocation.js';
import { analyzeShell } from '../../src/commands/shell.js';
import { memoryAppFiles } from '../../src/engine/app-files.js';

const commandOf = (text: string): Invocation => invocationsOf(analyzeShell(text)).at(-1) as Invocation;
const runOf = (text: string, files: Record<string, string>) => scriptRunBy(commandOf(text), memoryAppFiles(files));

describe('scriptRunBy', () => {
  const files = {
    'setup.sh': 'mkdir -p ~/.streamlit\n',
    'bin/web': '#!/usr/bin/env bash\nexec gunicorn app:app\n',
    'bin/tool': '#!/usr/bin/env python3\nprint(1)\n',
    'package.json': '{\n  "scripts": {\n    "start": "node dist/index.js",\n    "serve": "node \\"dist/index.js\\""\n  }\n}\n',
    'web/package.json': '{"scripts": {"start": "next start"}}',
  };

  it.each([
    ['sh setup.sh', 'setup.sh'],
    ['bash -e setup.sh', 'setup.sh'],
    ['. ./setup.sh', 'setup.sh'],
    ['./bin/web', 'bin/web'],
    ['bin/web --verbose', 'bin/web'],
  ])('finds the shell script %s runs', (command, file) => {
    expect(runOf(command, files)).toMatchObject({ kind: 'shell-file', file, offset: 0 });
  });

  it('finds package scripts, in the directory a cd went to', () => {
    expect(runOf('npm start', files)).toMatchObject({
      kind: 'package-script',
      file: 'package.json',
      name: 'start',
      text: 'node dist/index.js',
      offset: 31,
    });
    expect(runOf('cd web && yarn start', files)).toMatchObject({ file: 'web/package.json', text: 'next start', cwd: 'web' });
    expect(runOf('npm run serve', files)).toMatchObject({ text: 'node "dist/index.js"', offset: null });
  });

  it.each([
    ['sh -c "gunicorn app:app"'],
    ['./bin/tool'],
    ['sh missing.sh'],
    ['sh $SCRIPT'],
    ['sh ../outside.sh'],
    ['npm run nothing'],
    ['/bin/web'],
  ])('finds no script for %s', (command) => {
    expect(runOf(command, files)).toBeNull();
  });

  it('points into the file the script is in', () => {
    const run = runOf('npm start', files) as ScriptRun;
    expect(rangeInScript(run, 5, 18)).toEqual({ line: 3, column: 20, endLine: 3, endColumn: 33 });
    const escaped = runOf('npm run serve', files) as ScriptRun;
    expect(rangeInScript(escaped, 5, 18)).toMatchObject({ line: 4, column: 5 });
  });
});

describe('certainFailure', () => {
  const script = (text: string) => ({ kind: 'shell-file', file: 's.sh', text, offset: 0, fileText: text, cwd: '' }) as unknown as ScriptRun;

  it('finds the carriage return a Windows-saved script ends with', () => {
    expect(certainFailure(script('mkdir -p ~/.streamlit/\r\necho "[server]" > ~/.streamlit/config.toml\r\n\r\n'))).toMatchObject({
      reason: 'carriage-return',
      status: 127,
    });
    expect(certainFailure(script('pip install x\r\nrun\r\n'))).toMatchObject({ start: 15 });
  });

  it.each([
    ['mkdir -p x\necho ok\n'],
    ['echo a\r\necho b > f\r\n'],
    ['echo a\r\nserver &'],
    ['if true; then\n  x\nfi\n'],
    ['echo "unterminated\n'],
  ])('finds no certain failure in %j', (text) => {
    expect(certainFailure(script(text))).toBeNull();
  });
});

describe('failureStopsLine', () => {
  it.each([
    ['sh setup.sh && streamlit run app.py', 0, true],
    ['sh setup.sh', 0, true],
    ['sh setup.sh; streamlit run app.py', 0, false],
    ['sh setup.sh || true; streamlit run app.py', 0, false],
    ['sh setup.sh & streamlit run app.py', 0, false],
    ['cd x && sh setup.sh && run', 8, true],
  ])('%s (command at %d): %s', (text, start, expected) => {
    expect(failureStopsLine(text, start)).toBe(expected);
  });
});

describe('followScripts', () => {
  const follow = (text: string, files: Record<string, string>) =>
    followScripts(
      commandOf(text),
      memoryAppFiles(files),
      (run) => invocationsOf(analyzeShell(run.text)).map((invocation) => ({ ...invocation, cwd: run.cwd })),
      (invocations) => [...invocations].reverse().find((invocation) => invocation.program) ?? invocations.at(-1) ?? null,
    );

  it('follows npm start to a shell script to the server it starts', () => {
    const files = {
      'package.json': '{"scripts":{"start":"sh bin/start.sh"}}',
      'bin/start.sh': 'python migrate.py\nexec gunicorn app:app -b 127.0.0.1:8000\n',
    };
    const followed = follow('npm start', files);
    expect(followed.chain.map((run) => run.file)).toEqual(['package.json', 'bin/start.sh']);
    expect(followed.invocation.program?.id).toBe('gunicorn');
  });

  it('stops at a loop and after three scripts', () => {
    expect(follow('sh a.sh', { 'a.sh': 'sh b.sh\n', 'b.sh': 'sh a.sh\n' }).chain).toHaveLength(2);
    const deep = { 'a.sh': 'sh b.sh\n', 'b.sh': 'sh c.sh\n', 'c.sh': 'sh d.sh\n', 'd.sh': 'gunicorn app:app\n' };
    expect(follow('sh a.sh', deep).chain.map((run) => run.file)).toEqual(['a.sh', 'b.sh', 'c.sh']);
  });
});

describe('failureStopsLine inside bash -c', () => {
  it('leaves a command inside a -c string alone', () => {
    const text = "bash -c 'sh setup.sh; streamlit run app.py'";
    expect(failureStopsLine(text, text.indexOf('sh setup'))).toBe(false);
  });
});
