import { findingsOf } from '../helpers/lint.js';

describe('control-character', () => {
  it('reports a lone carriage return with what each platform makes of it', () => {
    const [finding] = findingsOf('control-character', 'web: gunicorn app:app\rworker: celery\n');
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 22, endColumn: 23 });
    expect(finding?.message).toContain('`\\r` (a carriage return without a line feed)');
  });

  it('reports NUL and escape characters, shown as escapes', () => {
    const findings = findingsOf('control-character', 'web: a\u0000b\nworker: \u001b[2Jx\n');
    expect(findings.map((finding) => [finding.line, finding.column])).toEqual([
      [1, 7],
      [2, 9],
    ]);
    expect(findings[0]?.message).toContain('cut short');
    expect(findings[1]?.message).toContain('`\\u{001B}`');
    expect(findings.some((finding) => /[\u0000-\u001f]/.test(finding.message))).toBe(false);
  });

  it('accepts tabs and CRLF line endings', () => {
    expect(findingsOf('control-character', 'web:\tgunicorn app:app\r\n')).toEqual([]);
  });
});
