/**
 * Generators and invariants for the property-based tests (fuzz.test.ts), which `npm test` runs briefly and
 * `npm run fuzz` at length. FUZZ_RUNS sets the number of runs, FUZZ_SEED replays a failure fast-check reported.
 */
import fc from 'fast-check';
import { decodeSource } from '../../src/engine/source.js';
import { SEVERITIES, type LintResult } from '../../src/engine/types.js';
import { RAW_CONTROL } from './workflow-commands.js';

const runsFromEnv = Number(process.env.FUZZ_RUNS);
const seedFromEnv = process.env.FUZZ_SEED;

/** fast-check parameters: `runs` by default, FUZZ_RUNS when set (the trees' share scaled by `share`). */
export function fuzzParameters(runs: number, share = 1): fc.Parameters<unknown> {
  return {
    numRuns: runsFromEnv > 0 ? Math.max(1, Math.round(runsFromEnv * share)) : runs,
    ...(seedFromEnv ? { seed: Number(seedFromEnv) } : {}),
  };
}

/** Generous per-test timeout for long runs. */
export const FUZZ_TIMEOUT = Math.max(60_000, (runsFromEnv || 0) * 50);

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Pieces of Procfiles, correct and broken, and of attacks on the log. */
const FRAGMENTS = [
  'web',
  'worker',
  'web:',
  'worker:',
  'web: gunicorn app:app',
  'clock: x',
  'release:',
  ':',
  '::',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n',
  '\n',
  '\r',
  '\r\n',
  '\f',
  '\v',
  '\uFEFF',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\u2029',
  '\u0085',
  '"',
  "'",
  '#',
  '# note',
  '\u0000',
  '\u001b[31m',
  '\u009b',
  '\u007f',
  '-',
  '_',
  'my-web',
  'Web',
  '$PORT',
  'é',
  '\u{1F600}',
  '\u202e',
  '<script>',
  '@octocat',
  '%0A',
  '::error::x',
  '##[error]x',
  '\\',
  '|',
  'x'.repeat(100),
  '\uFFA0',
  '\u3164',
  '\u200B',
  '\uFE0F',
  '\u{E0041}',
  '\u{E0100}',
  '--bind\uFFA00.0.0.0:$PORT',
  'gunicorn --bind 0.0.0.0:$PORT\u{E0020}app:app',
];

/** Byte sequences that are not UTF-8 (a lone continuation byte, a surrogate, an overlong form, truncations, a BOM). */
const INVALID_UTF8 = [
  [0xff],
  [0xfe],
  [0x80],
  [0xc3],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xef, 0xbb, 0xbf],
];

type Piece = { text: string } | { bytes: number[] };

const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS).map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.constantFrom(...INVALID_UTF8).map((bytes) => ({ bytes })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }).map((text) => ({ text })) },
);

const ENCODERS: Record<string, { prefix: number[]; encode: (text: string) => Buffer }> = {
  'utf-8': { prefix: [], encode: utf8 },
  'utf-8 with BOM': { prefix: [0xef, 0xbb, 0xbf], encode: utf8 },
  'utf-16le': { prefix: [], encode: (text) => Buffer.from(text, 'utf16le') },
  'utf-16le with BOM': { prefix: [0xff, 0xfe], encode: (text) => Buffer.from(text, 'utf16le') },
  'utf-16be with BOM': { prefix: [0xfe, 0xff], encode: (text) => swapBytes(Buffer.from(text, 'utf16le')) },
};

function swapBytes(bytes: Buffer): Buffer {
  return Buffer.from(bytes.map((_, i, all) => all[i ^ 1] ?? 0));
}

/** Near-valid Procfiles: random mixes of the fragments, mostly UTF-8, sometimes UTF-16, with stray invalid bytes. */
export const nearValidProcfile: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.constantFrom(...Object.keys(ENCODERS), 'utf-8', 'utf-8', 'utf-8'), fc.array(piece, { maxLength: 40 }))
  .map(([encoding, pieces]) => {
    const { prefix, encode } = ENCODERS[encoding] as (typeof ENCODERS)[string];
    return Uint8Array.from(
      Buffer.concat([Buffer.from(prefix), ...pieces.map((p) => ('text' in p ? encode(p.text) : Buffer.from(p.bytes)))]),
    );
  });

/** Any bytes, and bytes drawn from the ones that matter to the decoder and the parser. */
export const arbitraryBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 512 }),
  fc
    .array(
      fc.constantFrom(
        0x00,
        0x09,
        0x0a,
        0x0d,
        0x20,
        0x23,
        0x3a,
        0x77,
        0x65,
        0x62,
        0x2d,
        0xa0,
        0xc2,
        0xef,
        0xbb,
        0xbf,
        0xfe,
        0xff,
        0x80,
        0x1b,
      ),
      { maxLength: 512 },
    )
    .map((bytes) => Uint8Array.from(bytes)),
);

/** File names a pull request could add beside the Procfile or below it: near misses, hostile or plain. */
export const nearMissName: fc.Arbitrary<string> = fc.constantFrom(
  'procfile',
  'Procfile.txt',
  'Procfile.dev',
  'Procfile ',
  'Procfle',
  'ProcFile',
  'Procfile\u001b',
  'Procfile\u2028',
  'Procfile\r',
  'Procfile.<img src=x onerror=alert(1)>',
  'app/Procfile',
  'app/procfile.txt',
  '::error::x/Procfile',
  '\n@octocat/Procfile',
  'a/b/c/Procfile',
  'README.md',
);

/** Lengths in code points of the lines of the decoded text, split on `\n` only (a CR stays part of its line). */
export function lineLengths(bytes: Uint8Array): number[] {
  const lines = decodeSource(bytes).text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => Array.from(line).length);
}

/**
 * Characters a message must never carry raw: controls, line separators, bidirectional overrides, and everything that
 * displays as nothing or changes how its neighbour looks (Default_Ignorable_Code_Point, Cf, variation selectors).
 */
const UNSAFE_IN_MESSAGE = new RegExp(
  `${RAW_CONTROL.source}|[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]|[\\p{Default_Ignorable_Code_Point}\\p{Cf}\\p{Variation_Selector}]`,
  'u',
);

/**
 * What every result must satisfy, whatever the input: counts that match the findings, findings sorted, every
 * position inside its file (line 1, column 1 for an empty file), and one-line, visible messages.
 * `contents(file)` gives the bytes of each file a finding may name.
 */
export function expectWellFormed(result: LintResult, contents: (file: string) => Uint8Array | undefined): void {
  for (const severity of SEVERITIES) {
    expect(result.counts[severity]).toBe(result.findings.filter((finding) => finding.severity === severity).length);
  }
  for (const finding of result.findings) {
    const bytes = contents(finding.file);
    if (!bytes) throw new Error(`finding about a file the test did not write: ${JSON.stringify(finding)}`);
    const lengths = lineLengths(bytes);
    const lineCount = Math.max(1, lengths.length);
    const where = JSON.stringify({ ...finding, lengths: lengths.slice(0, 20) });
    const ok =
      [finding.line, finding.column, finding.endLine, finding.endColumn].every(Number.isInteger) &&
      finding.line >= 1 &&
      finding.endLine >= finding.line &&
      finding.endLine <= lineCount &&
      finding.column >= 1 &&
      finding.column <= (lengths[finding.line - 1] ?? 0) + 1 &&
      finding.endColumn >= 1 &&
      finding.endColumn <= (lengths[finding.endLine - 1] ?? 0) + 1 &&
      (finding.line !== finding.endLine || finding.endColumn >= finding.column);
    if (!ok) throw new Error(`position outside the file: ${where}`);
    if (finding.message === '' || UNSAFE_IN_MESSAGE.test(finding.message)) throw new Error(`unsafe message: ${where}`);
  }
  const order = result.findings.map((finding) => [finding.file, finding.line, finding.column] as const);
  const sorted = [...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
  expect(order).toEqual(sorted);
  if (result.procfile) {
    const lineCount = lineLengths(contents(result.procfile) ?? new Uint8Array()).length;
    for (const process of result.processes) {
      expect(process.type).not.toBe('');
      expect(process.line).toBeGreaterThanOrEqual(1);
      expect(process.line).toBeLessThanOrEqual(lineCount);
    }
  } else {
    expect(result.processes).toEqual([]);
  }
}
