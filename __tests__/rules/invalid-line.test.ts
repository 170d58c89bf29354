import { findingsOf } from '../helpers/lint.js';

describe('invalid-line', () => {
  it('reports a bare command with the fix and what each platform does', () => {
    const [finding] = findingsOf('invalid-line', 'web: gunicorn app:app\n  python worker.py\n');
    expect(finding).toMatchObject({ severity: 'error', line: 2, column: 3, endLine: 2, endColumn: 19 });
    expect(finding?.message).toContain('has no `:`');
    expect(finding?.message).toContain('`web: python worker.py`');
    expect(finding?.message).toContain('Code Capsules skips it, as do Heroku, foreman and honcho; Heroku (Fir) and Dokku reject the whole Procfile.');
  });

  it('explains a missing type and a type with spaces', () => {
    const findings = findingsOf('invalid-line', ': gunicorn app:app\nweb server: node index.js\n');
    expect(findings.map((finding) => finding.line)).toEqual([1, 2]);
    expect(findings[0]?.message).toContain('declares no process type');
    expect(findings[1]?.message).toContain('`web server` before the `:` is not a process type');
  });

  it('spots a colon missing after a well-known process type', () => {
    const [finding] = findingsOf('invalid-line', 'web java -Dserver.port=$PORT -jar target/app.jar\n');
    expect(finding?.message).toContain('lacks the `:` after `web`: write `web: java -Dserver.port=$PORT -jar target/app.jar`');
  });

  it('recognises merge conflict markers', () => {
    const findings = findingsOf('invalid-line', '<<<<<<< HEAD\nweb: a\n=======\nweb: b\n>>>>>>> main\n');
    expect(findings.map((finding) => finding.line)).toEqual([1, 3, 5]);
    expect(findings[0]?.message).toContain('merge conflict marker');
  });

  it('does not report a line Code Capsules reads as the command of an empty `web:` above it', () => {
    expect(findingsOf('invalid-line', 'web:\n  gunicorn app --workers 2\n')).toEqual([]);
  });

  it('ignores comments and blank lines', () => {
    expect(findingsOf('invalid-line', '# python app.py\n\n   \nweb: x\n')).toEqual([]);
  });
});
