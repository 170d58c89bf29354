import { lineAtOffset, columnAt, type SourceLine } from '../engine/source.js';
import { everywhere, type ProcfileRule } from './rule.js';

export const invalidEncoding: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'invalid-encoding',
    description: 'The file is not UTF-8: it is UTF-16, or contains bytes that are not valid UTF-8.',
    severity: everywhere('error'),
    tags: ['encoding'],
  },
  *check({ procfile, platform }) {
    const { source } = procfile;
    if (source.encoding !== 'utf-8') {
      yield {
        range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        message:
          `The file is ${source.encoding.toUpperCase()} (${source.bom ? 'it starts with a UTF-16 byte order mark' : 'without a byte order mark: every other byte is NUL'}). ${platform.name} reads ` +
          'Procfiles as UTF-8, where every other byte of UTF-16 is NUL, so no line can be read. ' +
          'Save it as UTF-8 (PowerShell: `Set-Content -Encoding utf8NoBOM`; VS Code: "Save with Encoding").',
      };
      return;
    }
    const offset = source.invalidOffsets[0];
    if (offset === undefined) return;
    const line = lineAtOffset(source.lines, offset) as SourceLine;
    const column = columnAt(line.text, offset - line.start);
    const more = source.invalidOffsets.length > 1 ? ` (and ${source.invalidOffsets.length - 1} more)` : '';
    yield {
      range: { line: line.number, column, endLine: line.number, endColumn: column + 1 },
      message:
        `The file contains bytes that are not valid UTF-8${more}, shown as \`\\u{FFFD}\`. The platforms read it as UTF-8, ` +
        'and the shell gets these bytes as they are. Re-save the file as UTF-8 (it was probably written as Latin-1 or Windows-1252).',
    };
  },
};
