import { quote } from '../engine/quote.js';
import type { ProcfileRule } from './rule.js';

export const utf8Bom: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'utf8-bom',
    description: 'The file starts with a UTF-8 byte order mark, which hides the first line from most parsers.',
    severity: 'error',
    tags: ['encoding'],
  },
  *check({ procfile, platform, reading }) {
    const { source, lines } = procfile;
    if (!source.bom || source.encoding !== 'utf-8') return;
    const first = lines[0];
    const lost = first?.kind === 'process' && !reading.entries.some((entry) => entry.line === 1);
    const effect = lost
      ? `${platform.name} cannot read the first line (${quote(first.type.text)}), as if it were not there`
      : `${platform.name} would not read a process declared on the first line`;
    yield {
      range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      message:
        `The file starts with a byte order mark (EF BB BF): ${effect}, and Heroku's Cloud Native Buildpack and dokku reject the Procfile. ` +
        'Save it as UTF-8 without BOM (in VS Code: "Save with Encoding", "UTF-8").',
    };
  },
};
