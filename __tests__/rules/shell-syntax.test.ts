import { findingsOf } from '../helpers/lint.js';

describe('shell-syntax', () => {
  it('reports an unclosed quote at its position', () => {
    const [finding] = findingsOf('shell-syntax', 'web: gunicorn app:app --name "api\n');
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 30 });
    expect(finding?.message).toContain('is not valid bash: unterminated double quote');
  });

  it('reports a dangling operator, also inside sh -c', () => {
    expect(findingsOf('shell-syntax', 'web: python manage.py migrate &&\n')[0]?.message).toContain("expected command after '&&'");
    expect(findingsOf('shell-syntax', "release: sh -c 'a && b &&'\n")[0]?.message).toContain("expected command after '&&'");
  });

  it('keeps the position inside the line when the error is at the very end', () => {
    const [finding] = findingsOf('shell-syntax', 'web: node server.js &&\n');
    expect(finding?.endColumn).toBeLessThanOrEqual('web: node server.js &&'.length + 1);
  });

  it('accepts valid bash', () => {
    expect(findingsOf('shell-syntax', 'web: cd app && exec gunicorn "main:app" --workers $(nproc) 2>&1 | tee log\n')).toEqual([]);
  });
});
