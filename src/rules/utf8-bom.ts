import { bomRemoval } from '../fixes/edits.js';
import { outcomeOf } from '../engine/readers/outcome.js';
import { allDo, storyOf } from './phrases.js';
import { everywhere, type ProcfileRule } from './rule.js';

export const utf8Bom: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'utf8-bom',
    description: 'The file starts with a UTF-8 byte order mark, which hides the first line from most parsers.',
    severity: everywhere('error'),
    tags: ['encoding'],
  },
  *check({ procfile, platform, readings, path }) {
    const { source, lines } = procfile;
    if (!source.bom || source.encoding !== 'utf-8') return;
    const firstIsProcess = lines[0]?.kind === 'process';
    const effect = firstIsProcess
      ? `for the first line, ${storyOf(readings, 1, platform.parser)}`
      : allDo(platform.parser, (parser) =>
          outcomeOf(readings[parser], 1).kind === 'rejects' ? 'reject the Procfile' : 'skip a process declared on the first line',
        );
    yield {
      range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      fix: bomRemoval(procfile, path, 'Remove the byte order mark.'),
      message:
        `The file starts with a byte order mark (EF BB BF), which parsers see as part of the first line: ${effect}. ` +
        'Save it as UTF-8 without BOM (in VS Code: "Save with Encoding", "UTF-8").',
    };
  },
};
