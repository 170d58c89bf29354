import { lintProcfile } from '../../src/lint.js';
import { outputsOf } from '../../src/report/outputs.js';

describe('outputsOf', () => {
  it('gives every documented output as a string', () => {
    expect(outputsOf(lintProcfile(Buffer.from('web: a\nworker: b\n\r\n')))).toEqual({
      valid: 'true',
      procfile: 'Procfile',
      language: '',
      'process-types': '["web","worker"]',
      errors: '0',
      warnings: '1',
      notices: '0',
      results: '[]',
    });
  });

  it('lists each app in `results`: its path, Procfile, verdict, language, process types and counts', () => {
    const app = lintProcfile(Buffer.from('web: a\nworker: b\n\r\n'), { path: 'apps/api/Procfile' });
    expect(JSON.parse(outputsOf(app, [{ path: 'apps/api', result: app }]).results ?? '')).toEqual([
      {
        path: 'apps/api',
        procfile: 'apps/api/Procfile',
        valid: true,
        language: null,
        'process-types': ['web', 'worker'],
        errors: 0,
        warnings: 1,
        notices: 0,
      },
    ]);
  });

  it('is not valid when there is an error', () => {
    expect(outputsOf(lintProcfile(Buffer.from('worker: b\n')))).toMatchObject({ valid: 'false', errors: '1' });
  });
});
