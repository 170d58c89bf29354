/** The facts rules share are computed once per run, however many rules ask for them. */
import { jest } from '@jest/globals';

const realShell = await import('../../src/commands/shell.js');
const realListen = await import('../../src/commands/listen.js');
const analyzeShell = jest.fn(realShell.analyzeShell);
const listenOf = jest.fn(realListen.listenOf);
jest.unstable_mockModule('../../src/commands/shell.js', () => ({ ...realShell, analyzeShell }));
jest.unstable_mockModule('../../src/commands/listen.js', () => ({ ...realListen, listenOf }));

const { lintProcfile } = await import('../../src/lint.js');
const { createFacts, MAX_CHECKED_PROCESSES } = await import('../../src/runner/facts.js');
const { parseProcfile } = await import('../../src/engine/parse.js');
const { readAll } = await import('../../src/engine/readers/index.js');
const { memoryAppFiles } = await import('../../src/engine/app-files.js');

const PROCFILE = 'web: gunicorn app:app\nworker: celery -A app worker\nclock: python clock.py\n';
const FILES = { 'app.py': '', 'clock.py': '', 'requirements.txt': 'gunicorn\ncelery\n', 'package.json': '{}' };

beforeEach(() => {
  analyzeShell.mockClear();
  listenOf.mockClear();
});

describe('facts shared by the rules', () => {
  it('analyses each command once and the web server once in a run of every rule', () => {
    const result = lintProcfile(Buffer.from(PROCFILE), { files: FILES });
    expect(result.processes).toHaveLength(3);
    expect(analyzeShell.mock.calls.map(([text]) => text)).toEqual(['gunicorn app:app', 'celery -A app worker', 'python clock.py']);
    expect(listenOf).toHaveBeenCalledTimes(1);
  });

  it('computes each fact on first use and returns the same value after', () => {
    const procfile = parseProcfile(Buffer.from(PROCFILE));
    const facts = createFacts({ files: memoryAppFiles(FILES), procfile, reading: readAll(procfile.source).gcp });
    expect(analyzeShell).not.toHaveBeenCalled();
    const lines = facts.processLines();
    expect(lines.map(({ type }) => type)).toEqual(['web', 'worker', 'clock']);
    expect(facts.processLines()).toBe(lines);
    const web = lines[0]?.line;
    expect(web && facts.command(web)).toBe(web && facts.command(web));
    expect(facts.webServer()).toBe(facts.webServer());
    expect(facts.webServer()?.program.id).toBe('gunicorn');
    expect(facts.packageJson()).toBe(facts.packageJson());
    expect(facts.pythonDependencies()).toBe(facts.pythonDependencies());
    expect(analyzeShell).toHaveBeenCalledTimes(1);
    expect(listenOf).toHaveBeenCalledTimes(1);
  });

  it('is a fresh set of facts for each run', () => {
    lintProcfile(Buffer.from(PROCFILE), { files: FILES });
    lintProcfile(Buffer.from(PROCFILE), { files: FILES });
    expect(listenOf).toHaveBeenCalledTimes(2);
  });
});

describe('the commands checked', () => {
  const procfileOf = (text: string) => {
    const procfile = parseProcfile(Buffer.from(text));
    return createFacts({ files: memoryAppFiles({}), procfile, reading: readAll(procfile.source).gcp });
  };

  it(`are those of the first ${MAX_CHECKED_PROCESSES} processes and of web, wherever it is`, () => {
    const workers = Array.from({ length: MAX_CHECKED_PROCESSES + 10 }, (_, i) => `w${i}: run ${i}\n`).join('');
    const facts = procfileOf(`${workers}web: gunicorn app:app\n`);
    const checked = facts.processLines().map(({ type }) => type);
    expect(checked).toHaveLength(MAX_CHECKED_PROCESSES + 1);
    expect(checked.slice(0, 2)).toEqual(['w0', 'w1']);
    expect(checked.at(-1)).toBe('web');
    expect(facts.uncheckedLines().map(({ type }) => type)).toEqual(Array.from({ length: 10 }, (_, i) => `w${MAX_CHECKED_PROCESSES + i}`));
    expect(facts.webLine()?.number).toBe(MAX_CHECKED_PROCESSES + 11);
  });

  it('are analysed once per distinct command text', () => {
    lintProcfile(Buffer.from('web: gunicorn app:app\nw1: python w.py\nw2: python w.py\nw3: python w.py\n'));
    expect(analyzeShell.mock.calls.map(([text]) => text)).toEqual(['gunicorn app:app', 'python w.py']);
  });
});
