import { memoryAppFiles } from '../../src/engine/app-files.js';
import { lintProcfile } from '../../src/lint.js';
import { renderSummary } from '../../src/report/summary.js';
import { runtimeResult } from '../../src/runtimes/result.js';

const options = { failOn: 'error' as const, failed: false, platformName: 'Heroku' };
const PYTHON_APP = { 'requirements.txt': 'gunicorn\n', 'app.py': '' };

describe('runtime in the result', () => {
  it("names the version the platform installs and the pin it comes from, in the platform's order of precedence", () => {
    const files = memoryAppFiles({ ...PYTHON_APP, 'runtime.txt': 'python-3.11\n', '.python-version': '\n3.12\n' });
    expect(runtimeResult(files, 'heroku', 'python', 'app')).toMatchObject({
      language: 'python',
      version: '3.11.16',
      requested: 'python-3.11',
      source: { file: 'app/runtime.txt', line: 1 },
      fallback: null,
      table: { checked: '2026-08-18' },
    });
    expect(runtimeResult(files, 'codecapsules', 'python', '')).toMatchObject({
      version: null,
      requested: '3.12',
      source: { file: '.python-version', line: 2 },
    });
    expect(runtimeResult(files, 'dokku', 'python', '')?.version).toBe('3.11.15');
  });

  it('resolves a Node.js range within one major, and says what is installed when nothing is pinned', () => {
    const pkg = (engines: string) => memoryAppFiles({ 'package.json': `{"engines":{"node":"${engines}"}}` });
    expect(runtimeResult(pkg('20.x'), 'heroku', 'node', '')?.version).toMatch(/^20\.\d+\.\d+$/);
    expect(runtimeResult(pkg('>=18'), 'heroku', 'node', '')?.version).toBeNull();
    const unpinned = runtimeResult(memoryAppFiles(PYTHON_APP), 'heroku', 'python', '');
    expect(unpinned).toMatchObject({ requested: null, source: null, version: null });
    expect(unpinned?.fallback).toContain('3.14');
    expect(runtimeResult(memoryAppFiles(PYTHON_APP), 'heroku', null, '')).toBeNull();
    expect(runtimeResult(memoryAppFiles(), 'heroku', 'python', '')).toBeNull();
  });

  it('is part of every lint result', () => {
    const files = { ...PYTHON_APP, '.python-version': '3.12\n' };
    expect(lintProcfile(Buffer.from('web: gunicorn app:app\n'), { platform: 'heroku', files, path: 'api/Procfile' }).runtime).toMatchObject(
      {
        version: '3.12.14',
        source: { file: 'api/.python-version', line: 1 },
      },
    );
    expect(lintProcfile(Buffer.from('web: gunicorn app:app\n')).runtime).toBeNull();
  });

  it('is shown in the job summary, escaped', () => {
    const result = lintProcfile(Buffer.from('web: gunicorn app:app\n'), { platform: 'heroku', files: PYTHON_APP });
    const files = memoryAppFiles({ ...PYTHON_APP, '.python-version': '3.12\n' });
    const summary = renderSummary({ ...result, runtime: runtimeResult(files, 'heroku', 'python', '') }, options);
    expect(summary).toContain(
      '<p>Runtime: <b>Python 3.12.14</b>, from <code>3.12</code> in <code>.python-version</code> line 1 (table of 2026-08-18).</p>',
    );
    const hostile = { ...result, runtime: { ...runtimeResult(files, 'heroku', 'python', ''), requested: '<b>x</b>' } } as typeof result;
    expect(renderSummary(hostile, options)).toContain('<code>&lt;b&gt;x&lt;/b&gt;</code>');
    const unpinned = renderSummary({ ...result, runtime: runtimeResult(memoryAppFiles(PYTHON_APP), 'heroku', 'python', '') }, options);
    expect(unpinned).toContain('<p>Runtime: Python, not pinned: 3.14 (the buildpack default');
  });
});
