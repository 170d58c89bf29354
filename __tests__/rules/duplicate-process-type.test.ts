import { findingsOf } from '../helpers/lint.js';

describe('duplicate-process-type', () => {
  it('reports every repeat at its type, naming the first and which one runs', () => {
    const findings = findingsOf('duplicate-process-type', 'web: a\nworker: b\nweb: c\nweb: d\n');
    expect(findings.map((finding) => [finding.line, finding.column, finding.endColumn])).toEqual([
      [3, 1, 4],
      [4, 1, 4],
    ]);
    expect(findings[0]?.message).toBe(
      '`web` is declared again (first on line 1): Code Capsules runs only line 1; Heroku and Heroku (Fir) run only line 4, ' +
        'Dokku and honcho reject the Procfile and foreman starts them all. Keep a single `web` line.',
    );
  });

  it('is case-sensitive, like the platform', () => {
    expect(findingsOf('duplicate-process-type', 'web: a\nWeb: b\n')).toEqual([]);
  });
});

describe('duplicate-process-type and swallowed lines', () => {
  it('leaves a line taken as the command of an empty `web:` to empty-command', () => {
    expect(findingsOf('duplicate-process-type', 'web:\nweb: x\n')).toEqual([]);
  });
});
