import { columnAt } from '../engine/source.js';
import { crlfFix } from '../fixes/line-fixes.js';
import { everywhere, type ProcfileRule } from './rule.js';

export const crlfLineEndings: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'crlf-line-endings',
    description: 'Lines end with CRLF (Windows) instead of LF.',
    severity: everywhere('warning'),
    tags: ['encoding'],
  },
  *check({ procfile, platform, path }) {
    const crlf = procfile.lines.filter((line) => line.ending === '\r\n');
    const first = crlf[0];
    if (!first) return;
    const which = crlf.length === 1 ? `Line ${first.number} ends` : `${crlf.length} lines, from line ${first.number}, end`;
    const column = columnAt(first.text, first.text.length);
    yield {
      range: { line: first.number, column, endLine: first.number, endColumn: column + 1 },
      fix: crlfFix(procfile, path),
      message:
        `${which} with CRLF (\`\\r\\n\`). ${platform.name} strips the \`\\r\`, but tools that read the file raw ` +
        'pass it to bash as part of the last argument (`$PORT\\r`), and node-foreman rejects blank CRLF lines. ' +
        'Convert the file to LF (`dos2unix Procfile`) and add `Procfile text eol=lf` to `.gitattributes`.',
    };
  },
};
