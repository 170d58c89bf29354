import { findingsOf } from '../helpers/lint.js';

describe('crlf-line-endings', () => {
  it('reports once, at the first CR, with the count', () => {
    const findings = findingsOf('crlf-line-endings', 'web: a\nworker: b\r\nclock: c\r\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', line: 2, column: 10, endColumn: 11 });
    expect(findings[0]?.message).toContain('2 lines, from line 2, end with CRLF');
    expect(findings[0]?.message).toContain('dos2unix');
  });

  it('accepts LF files and leaves a lone CR to control-character', () => {
    expect(findingsOf('crlf-line-endings', 'web: a\rb\n')).toEqual([]);
  });
});
