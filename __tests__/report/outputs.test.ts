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
    });
  });

  it('is not valid when there is an error', () => {
    expect(outputsOf(lintProcfile(Buffer.from('worker: b\n')))).toMatchObject({ valid: 'false', errors: '1' });
  });
});
