import { parseProcfile, type ProcfileLine } from '../src/engine/parse.js';

const parse = (text: string): ProcfileLine[] => parseProcfile(Buffer.from(text, 'utf8')).lines;

describe('parseProcfile', () => {
  it('classifies every line', () => {
    const lines = parse('web: gunicorn app:app\n\n# a comment\n   \npython app.py\n: cmd\nweb server: x\n');
    expect(lines.map((line) => line.kind)).toEqual(['process', 'blank', 'comment', 'blank', 'invalid', 'invalid', 'invalid']);
    expect(lines.slice(4).map((line) => (line.kind === 'invalid' ? line.reason : null))).toEqual(['no-colon', 'no-type', 'space-in-type']);
  });

  it('gives the type, colon and command with 1-based columns, end exclusive', () => {
    const [line] = parse('web: gunicorn app:app  ');
    expect(line).toMatchObject({
      kind: 'process',
      type: { text: 'web', column: 1, endColumn: 4 },
      colonColumn: 4,
      command: { text: 'gunicorn app:app', column: 6, endColumn: 22 },
      gap: null,
      indent: null,
    });
  });

  it('accepts what the platforms reject, and records how it deviates', () => {
    const [line] = parse('\t my-web  :cmd');
    expect(line).toMatchObject({
      kind: 'process',
      indent: { text: '\t ', column: 1, endColumn: 3 },
      type: { text: 'my-web', column: 3, endColumn: 9 },
      gap: { text: '  ', column: 9, endColumn: 11 },
      colonColumn: 11,
      command: { text: 'cmd', column: 12, endColumn: 15 },
    });
  });

  it('gives an empty command at the column after the colon', () => {
    expect(parse('web:   ')[0]).toMatchObject({ kind: 'process', command: { text: '', column: 8, endColumn: 8 } });
  });

  it('counts columns in code points after a multi-unit character', () => {
    expect(parse('😀: x')[0]).toMatchObject({ type: { text: '😀', column: 1, endColumn: 2 }, command: { column: 4 } });
  });

  it('treats a non-breaking space as whitespace', () => {
    expect(parse('\u00a0web:\u00a0x')[0]).toMatchObject({
      indent: { text: '\u00a0' },
      type: { text: 'web' },
      command: { text: 'x', column: 7 },
    });
  });
});
