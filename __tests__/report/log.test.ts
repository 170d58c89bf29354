import fc from 'fast-check';
import { inertLine, jsonForLog, logLine } from '../../src/report/log.js';
import { executedCommands, RAW_CONTROL, runnerLines } from '../helpers/workflow-commands.js';

/** Pieces that start commands or lines, for the runner or for a viewer. */
const PIECES = ['::', ':', '#', '##[', '[', 'error', ' ', '\t', '\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085', '\\', '"', 'x', '\u001b'];
const hostileText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));

function expectInert(text: string): void {
  expect(executedCommands(text)).toEqual([]);
  expect(runnerLines(text).filter((line) => /^\s*::/u.test(line))).toEqual([]);
  expect(text).not.toContain('##[');
}

describe('jsonForLog', () => {
  it('is JSON equal to its value after parsing, and holds no command, whatever the strings', () => {
    fc.assert(
      fc.property(fc.dictionary(hostileText, fc.array(hostileText, { maxLength: 4 }), { maxKeys: 4 }), (value) => {
        const json = jsonForLog(value);
        expect(JSON.parse(json)).toEqual(value);
        expectInert(json);
        expect(json.slice(0, -1)).not.toMatch(RAW_CONTROL);
      }),
    );
  });

  it('writes the characters a log would act on as \\u escapes', () => {
    expect(jsonForLog(['::error::x', '##[error]y', '\u2028\u2029\u0085'])).toBe(
      '[\n  "\\u003a:error\\u003a:x",\n  "#\\u0023[error]y",\n  "\\u2028\\u2029\\u0085"\n]\n',
    );
  });
});

describe('inertLine and logLine', () => {
  it('escape a leading `::` (after blanks) and every `##[`', () => {
    expect(inertLine('  ::error::x ##[warning]y')).toBe('  \\u{003A}:error::x #\\u{0023}[warning]y');
    expect(inertLine('a ::error::x')).toBe('a ::error::x');
  });

  it('make any message one printable, inert line', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const line = logLine(text);
        expect(runnerLines(line)).toHaveLength(1);
        expectInert(line);
        expect(line).not.toMatch(RAW_CONTROL);
      }),
    );
  });
});
