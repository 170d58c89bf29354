/**
 * Properties of fixing as a whole, over generated Procfiles: the author's processes written with the mistakes the
 * fixes know (a BOM, CRLF, indentation, a space before the colon, an ignored duplicate), and a trailing comment on
 * Dokku, which is no mistake (Dokku cuts it, bash ignores it). Fixing, then reading with the platform's own reader,
 * gives the processes the platform reads from the clean file, the file is the clean one, and fixing again changes
 * nothing.
 */
import fc from 'fast-check';
import { chooseFixes, planFixes } from '../../src/fixes/apply.js';
import { lintProcfile } from '../../src/lint.js';

const PLATFORMS = ['codecapsules', 'heroku', 'dokku'] as const;

/** Fixes in memory as `--fix` does on disk: pass after pass until nothing safe is left. */
function fixAll(bytes: Buffer, platform: string): Buffer {
  let current = bytes;
  for (let pass = 0; pass < 6; pass++) {
    const { edits } = planFixes(chooseFixes(lintProcfile(current, { platform }).findings), () => current);
    const next = edits.find((file) => file.file === 'Procfile')?.after;
    if (!next) return current;
    current = next;
  }
  throw new Error('fixing did not settle');
}

const processesOf = (bytes: Buffer, platform: string) =>
  lintProcfile(bytes, { platform }).processes.map(({ type, command }) => ({ type, command }));

interface Line {
  type: string;
  command: string;
  indent: string;
  gap: string;
  comment: boolean;
  duplicate: boolean;
}

const line = fc.record({
  type: fc.constantFrom('web', 'worker', 'clock', 'release', 'beat'),
  command: fc.constantFrom('python bot.py', 'node server.js --port $PORT', 'bin/run --threads 2', 'bundle exec sidekiq -q default'),
  indent: fc.constantFrom('', '', ' ', '\t', '  '),
  gap: fc.constantFrom('', '', ' ', '\t'),
  comment: fc.boolean(),
  duplicate: fc.boolean(),
});

const procfile = fc.record({
  platform: fc.constantFrom(...PLATFORMS),
  lines: fc.uniqueArray(line, { minLength: 1, maxLength: 5, selector: (each) => each.type }),
  bom: fc.boolean(),
  crlf: fc.boolean(),
});

interface Rendering {
  noisy: boolean;
  platform: string;
  bom: boolean;
  crlf: boolean;
  /** Keep the trailing comments of a clean file. */
  comments?: boolean;
}

function render(lines: Line[], { noisy, platform, bom, crlf, comments = false }: Rendering): Buffer {
  const written = lines.flatMap((each) => {
    // An ignored duplicate the platform runs the other of; Dokku rejects duplicates, so none there.
    const copy = each.duplicate && platform !== 'dokku' ? [`${each.type}: echo stale copy`] : [];
    const comment = each.comment && platform === 'dokku' ? ' # note' : '';
    if (!noisy) return [`${each.type}: ${each.command}${comments ? comment : ''}`];
    const main = `${each.indent}${each.type}${each.gap}: ${each.command}${comment}`;
    return platform === 'heroku' ? [...copy, main] : [main, ...copy];
  });
  const text = written.map((each) => `${each}${noisy && crlf ? '\r\n' : '\n'}`).join('');
  return Buffer.concat([Buffer.from(noisy && bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text)]);
}

describe('fixing generated Procfiles', () => {
  it('gives the processes the platform reads from the clean file, and a second fix changes nothing', () => {
    fc.assert(
      fc.property(procfile, ({ platform, lines, bom, crlf }) => {
        const intended = processesOf(render(lines, { noisy: false, platform, bom, crlf }), platform);
        const fixed = fixAll(render(lines, { noisy: true, platform, bom, crlf }), platform);
        expect(processesOf(fixed, platform)).toEqual(intended);
        expect(fixed.toString('utf8')).toBe(render(lines, { noisy: false, platform, bom, crlf, comments: true }).toString('utf8'));
        expect(fixAll(fixed, platform).equals(fixed)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
