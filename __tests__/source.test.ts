import { columnAt, decodeSource, lineAtOffset, utf8OffsetAt } from '../src/engine/source.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('decodeSource', () => {
  it('splits on LF only, records CRLF endings and keeps a lone CR inside the line', () => {
    const source = decodeSource(bytes('web: a\r\nworker: b\rc\nclock: d'));
    expect(source.lines.map((line) => [line.number, line.text, line.ending])).toEqual([
      [1, 'web: a', '\r\n'],
      [2, 'worker: b\rc', '\n'],
      [3, 'clock: d', ''],
    ]);
    expect(source.lines.map((line) => line.start)).toEqual([0, 8, 20]);
  });

  it('has no lines for an empty file and no extra line after a final newline', () => {
    expect(decodeSource(new Uint8Array()).lines).toEqual([]);
    expect(decodeSource(bytes('web: a\n')).lines).toHaveLength(1);
    expect(decodeSource(bytes('\n\n')).lines.map((line) => line.text)).toEqual(['', '']);
  });

  it('strips a UTF-8 byte order mark and says it was there', () => {
    const source = decodeSource(Buffer.from([0xef, 0xbb, 0xbf, ...bytes('web: a')]));
    expect(source).toMatchObject({ bom: true, encoding: 'utf-8', text: 'web: a' });
  });

  it('decodes UTF-16 with either byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('web: a\n', 'utf16le')]);
    const be = Buffer.from(Buffer.from('web: a\n', 'utf16le').map((_, i, all) => all[i ^ 1] as number));
    expect(decodeSource(le)).toMatchObject({ encoding: 'utf-16le', bom: true, text: 'web: a\n' });
    expect(decodeSource(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ encoding: 'utf-16be', text: 'web: a\n' });
  });

  it('recognises UTF-16 without a byte order mark, and not a stray NUL', () => {
    expect(decodeSource(Buffer.from('web: a\n', 'utf16le'))).toMatchObject({ encoding: 'utf-16le', bom: false, text: 'web: a\n' });
    const be = Buffer.from(Buffer.from('web: a\n', 'utf16le').map((_, i, all) => all[i ^ 1] as number));
    expect(decodeSource(be)).toMatchObject({ encoding: 'utf-16be', text: 'web: a\n' });
    expect(decodeSource(bytes('web: a\u0000b\n')).encoding).toBe('utf-8');
  });

  it('replaces invalid UTF-8 with U+FFFD and records where', () => {
    const source = decodeSource(Buffer.from([0x77, 0x3a, 0x20, 0xff, 0x61, 0xc3]));
    expect(source.text).toBe('w: \uFFFDa\uFFFD');
    expect(source.invalidOffsets).toEqual([3, 5]);
  });
});

describe('columnAt', () => {
  it('counts code points, not UTF-16 units', () => {
    const line = 'a😀b';
    expect(columnAt(line, 0)).toBe(1);
    expect(columnAt(line, 1)).toBe(2);
    expect(columnAt(line, 3)).toBe(3);
    expect(columnAt(line, 4)).toBe(4);
  });
});

describe('lineAtOffset', () => {
  it('finds the line holding an offset', () => {
    const { lines } = decodeSource(bytes('ab\ncd\n\nef'));
    expect([0, 2, 3, 6, 7, 9].map((offset) => lineAtOffset(lines, offset)?.number)).toEqual([1, 1, 2, 3, 4, 4]);
  });
});

describe('utf8OffsetAt', () => {
  it('gives the UTF-8 byte offset of every UTF-16 offset, across multi-byte characters and line endings', () => {
    const text = 'wéb: ☃ run\r\n\nw2: 😀 x\n  z';
    const source = decodeSource(bytes(text));
    for (let offset = 0; offset <= text.length; offset++) {
      if (offset > 0 && /[\udc00-\udfff]/.test(text[offset] ?? '')) continue; // inside a surrogate pair: no byte offset
      expect([offset, utf8OffsetAt(source, offset)]).toEqual([offset, Buffer.byteLength(text.slice(0, offset))]);
    }
  });

  it('does not count the byte order mark (the fix adds it)', () => {
    const source = decodeSource(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('é\nx')]));
    expect(utf8OffsetAt(source, 2)).toBe(3);
  });
});
