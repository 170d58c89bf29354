import { findingsOf } from '../helpers/lint.js';

describe('control-character', () => {
  it('reports a lone carriage return with what each platform makes of it', () => {
    const [finding] = findingsOf('control-character', 'web: gunicorn app:app\rworker: celery\n');
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 22, endColumn: 23 });
    expect(finding?.message).toContain('a carriage return (`\\r`) that does not end it');
    expect(finding?.message).toContain('Heroku (Fir) rejects the whole Procfile');
    expect(finding?.message).toContain('honcho starts a new line there instead');
  });

  it('reports NUL and escape characters, shown as escapes', () => {
    const findings = findingsOf('control-character', 'web: a\u0000b\nworker: \u001b[2Jx\n');
    expect(findings.map((finding) => [finding.line, finding.column])).toEqual([
      [1, 7],
      [2, 9],
    ]);
    expect(findings[0]?.message).toContain('cannot carry a NUL byte');
    expect(findings[1]?.message).toContain('`\\u{001B}`');
    expect(findings.some((finding) => /[\u0000-\u001f]/.test(finding.message))).toBe(false);
  });

  it('only warns about a carriage return that ends the file, which Code Capsules strips', () => {
    const [finding] = findingsOf('control-character', 'web: gunicorn app:app\r');
    expect(finding).toMatchObject({ severity: 'warning', line: 1, column: 22 });
    expect(finding?.message).toContain('ends with a carriage return (`\\r`) and no line feed');
    expect(findingsOf('control-character', 'web: gunicorn app:app\r', { platform: 'heroku' })[0]?.severity).toBe('error');
  });

  it('accepts tabs and CRLF line endings', () => {
    expect(findingsOf('control-character', 'web:\tgunicorn app:app\r\n')).toEqual([]);
  });
});
