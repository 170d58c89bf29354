import { findingsOf } from '../helpers/lint.js';

describe('space-before-colon', () => {
  it('points at the whitespace between the type and the colon', () => {
    const [finding] = findingsOf('space-before-colon', 'web \t: gunicorn app:app\n');
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 4, endColumn: 6 });
    expect(finding?.message).toContain('Write `web:` with no space');
  });

  it('accepts a colon right after the type', () => {
    expect(findingsOf('space-before-colon', 'web: a b : c\n')).toEqual([]);
  });
});
