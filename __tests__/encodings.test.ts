/**
 * Files that are not clean UTF-8, through the CLI and the built action: each is reported where it goes wrong, with
 * the position a user sees in the annotation, and nothing undecodable reaches the log raw.
 */
import type { Finding } from '../src/engine/types.js';
import { appsTree, inApp, lintAppsJson, runAction, type ActionRun, type AppsRun } from './helpers/processes.js';
import { removeTrees } from './helpers/tree.js';
import { RAW_CONTROL } from './helpers/workflow-commands.js';

afterEach(removeTrees);

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => Buffer.from(utf16le(text).map((_, i, all) => all[i ^ 1] as number));
const APP = 'web: gunicorn app:app\nworker: celery -A app worker\n';

type Position = Pick<Finding, 'rule' | 'line' | 'column' | 'endLine' | 'endColumn'>;

const CASES: [string, Buffer, Position[], string][] = [
  [
    'Latin-1 bytes (invalid UTF-8)',
    Buffer.from('web: gunicorn app:app\nworker: caf\xe9 --name=\xe9\n', 'latin1'),
    [{ rule: 'invalid-encoding', line: 2, column: 12, endLine: 2, endColumn: 13 }],
    'not valid UTF-8 (and 1 more)',
  ],
  [
    'a UTF-16 surrogate, an overlong sequence and a truncated character',
    Buffer.concat([
      utf8('web: a'),
      Buffer.from([0xed, 0xa0, 0x80]),
      utf8('\nworker: '),
      Buffer.from([0xc0, 0xaf, 0x0a]),
      utf8('clock: x'),
      Buffer.from([0xe2, 0x82]),
    ]),
    [{ rule: 'invalid-encoding', line: 1, column: 7, endLine: 1, endColumn: 8 }],
    'not valid UTF-8 (and 5 more)',
  ],
  [
    'UTF-16LE with a byte order mark',
    Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(APP)]),
    [{ rule: 'invalid-encoding', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    'The file is UTF-16LE (it starts with a UTF-16 byte order mark)',
  ],
  [
    'UTF-16BE with a byte order mark',
    Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(APP)]),
    [{ rule: 'invalid-encoding', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    'The file is UTF-16BE (it starts with a UTF-16 byte order mark)',
  ],
  [
    'UTF-16LE without a byte order mark',
    utf16le(APP),
    [{ rule: 'invalid-encoding', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    'UTF-16LE (without a byte order mark: every other byte is NUL)',
  ],
  [
    'UTF-16BE without a byte order mark',
    utf16be(APP),
    [{ rule: 'invalid-encoding', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    'UTF-16BE (without a byte order mark',
  ],
  [
    'NUL bytes, after a character outside the BMP (one column, two UTF-16 units)',
    utf8('web: \u{1F600} a\u0000b\nworker: \u0000\n'),
    [
      { rule: 'control-character', line: 1, column: 9, endLine: 1, endColumn: 10 },
      { rule: 'control-character', line: 2, column: 9, endLine: 2, endColumn: 10 },
    ],
    'cannot carry a NUL byte',
  ],
  [
    'a UTF-8 byte order mark',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(APP)]),
    [{ rule: 'utf8-bom', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    'starts with a byte order mark (EF BB BF)',
  ],
];

/** The action turns the same findings into annotations: checked on one case of each kind, to keep the suite fast. */
const WITH_ACTION = new Set([
  'a UTF-16 surrogate, an overlong sequence and a truncated character',
  'UTF-16BE without a byte order mark',
  'NUL bytes, after a character outside the BMP (one column, two UTF-16 units)',
]);

/** Each case's app, in a folder of its own: `case-0`, `case-1`, ... in the order of CASES. */
const folder = (name: string) => `case-${CASES.findIndex(([each]) => each === name)}`;
const appOf = (bytes: Buffer) => ({ Procfile: bytes, 'app.py': '', 'requirements.txt': 'gunicorn\ncelery\n' });

/**
 * One CLI run over every case and one action run over those in WITH_ACTION (a `path` line each): each case reads its
 * own app's findings and annotations. Every case expects exit status 1 for its own error finding, which its result
 * shows; no raw control character may reach the action's log from any of them.
 */
let cli: AppsRun;
let action: ActionRun;
beforeAll(() => {
  cli = lintAppsJson(Object.fromEntries(CASES.map(([name, bytes]) => [folder(name), appOf(bytes)])));
  const withAction = CASES.filter(([name]) => WITH_ACTION.has(name));
  action = runAction(appsTree(Object.fromEntries(withAction.map(([name, bytes]) => [folder(name), appOf(bytes)]))), {
    path: withAction.map(([name]) => folder(name)).join('\n'),
  });
});

describe('encodings at the boundary', () => {
  it.each(CASES)('%s: reported with its position by the CLI (and as an annotation)', (name, _, expected, message) => {
    const result = cli.result(folder(name));
    expect(
      result.findings.map(({ rule, file, line, column, endLine, endColumn }) => ({
        rule,
        file: inApp(folder(name), file),
        line,
        column,
        endLine,
        endColumn,
      })),
    ).toEqual(expected.map((position) => ({ ...position, file: 'Procfile' })));
    expect(result.findings[0]?.message).toContain(message);
    expect([cli.status, result.counts.error > 0]).toEqual([1, true]);

    if (!WITH_ACTION.has(name)) return;
    const annotations = action.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error title=') && line.includes(`,file=${folder(name)}/`));
    expect(annotations).toHaveLength(expected.length);
    expected.forEach(({ rule, line, column, endLine, endColumn }, i) => {
      expect(annotations[i]).toContain(
        `procfile-lint%3A ${rule},file=${folder(name)}/Procfile,line=${line},endLine=${endLine},col=${column},endColumn=${endColumn}::`,
      );
    });
    expect(action.stdout).not.toMatch(RAW_CONTROL);
  });
});
