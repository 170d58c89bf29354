import { findingsOf } from '../helpers/lint.js';

describe('invalid-encoding', () => {
  it('reports UTF-16 files, which Code Capsules cannot read', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('web: x\n', 'utf16le')]);
    const [finding] = findingsOf('invalid-encoding', utf16);
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 1 });
    expect(finding?.message).toContain('UTF-16LE');
  });

  it('points at the first byte that is not UTF-8 and counts the rest', () => {
    const latin1 = Buffer.from('web: a\nworker: caf\xe9 --name=\xe9\n', 'latin1');
    const [finding] = findingsOf('invalid-encoding', latin1);
    expect(finding).toMatchObject({ line: 2, column: 12, endColumn: 13 });
    expect(finding?.message).toContain('(and 1 more)');
  });

  it('accepts UTF-8 text, including non-ASCII characters', () => {
    expect(findingsOf('invalid-encoding', 'web: echo café\n')).toEqual([]);
  });
});

describe('invalid-encoding without a byte order mark', () => {
  it('recognises UTF-16 by its NUL bytes and reports it once, not as control characters', () => {
    const result = findingsOf('invalid-encoding', Buffer.from('web: x\n', 'utf16le'));
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('UTF-16LE (without a byte order mark');
    expect(findingsOf('control-character', Buffer.from('web: x\n', 'utf16le'))).toEqual([]);
  });
});
