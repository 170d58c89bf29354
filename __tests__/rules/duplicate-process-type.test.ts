import { findingsOf } from '../helpers/lint.js';

describe('duplicate-process-type', () => {
  it('reports every repeat at its type, naming the first and which one runs', () => {
    const findings = findingsOf('duplicate-process-type', 'web: a\nworker: b\nweb: c\nweb: d\n');
    expect(findings.map((finding) => [finding.line, finding.column, finding.endColumn])).toEqual([
      [3, 1, 4],
      [4, 1, 4],
    ]);
    expect(findings[0]?.message).toContain('first on line 1');
    expect(findings[0]?.message).toContain('Code Capsules runs only line 1');
    expect(findings[0]?.message).toContain('Heroku runs the last one');
  });

  it('is case-sensitive, like the platform', () => {
    expect(findingsOf('duplicate-process-type', 'web: a\nWeb: b\n')).toEqual([]);
  });
});
