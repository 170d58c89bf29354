import { findingsOf } from '../helpers/lint.js';

describe('leading-whitespace', () => {
  it('points at the indentation of a process line', () => {
    const [finding] = findingsOf('leading-whitespace', 'web: a\n\t  worker: b\n');
    expect(finding).toMatchObject({ severity: 'error', line: 2, column: 1, endColumn: 4 });
    expect(finding?.message).toContain('`worker` is indented');
  });

  it('names an invisible indentation character', () => {
    expect(findingsOf('leading-whitespace', '\u00a0web: a\n')[0]?.message).toContain('`\\u{00A0}`, an invisible character');
  });

  it('ignores indented comments and lines read as the command of an empty `web:`', () => {
    expect(findingsOf('leading-whitespace', '  # note\nweb:\n  run: it\n')).toEqual([]);
  });
});
