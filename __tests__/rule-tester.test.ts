/** The rule tester refuses cases that would not test anything, and plans a run on every platform. */
import { dockerfilePresent } from '../src/rules/dockerfile-present.js';
import { spaceBeforeColon } from '../src/rules/space-before-colon.js';
import { planRuns } from './helpers/rule-tester.js';

const AT = { line: 1, column: 4, endLine: 1, endColumn: 5, message: /Whitespace/ };

describe('planRuns', () => {
  it('runs each case on every platform, and expects nothing where the rule is off', () => {
    const runs = planRuns(spaceBeforeColon, { valid: ['web: x\n'], invalid: [{ code: 'web : x\n', errors: [AT] }] });
    expect(runs.map((run) => [run.platform.id, run.expected?.length ?? 'off'])).toEqual([
      ['codecapsules', 0],
      ['heroku', 0],
      ['heroku-fir', 0],
      ['dokku', 'off'],
      ['codecapsules', 1],
      ['heroku', 1],
      ['heroku-fir', 1],
      ['dokku', 'off'],
    ]);
  });

  it('runs a case where a setting turns the rule on', () => {
    const runs = planRuns(dockerfilePresent, {
      valid: [{ tree: { Dockerfile: '' }, settings: { 'dockerfile-present': 'warning' } }],
      invalid: [],
    });
    expect(runs.map((run) => run.expected)).toEqual([[], [], [], []]);
  });

  it('refuses duplicate cases', () => {
    expect(() => planRuns(spaceBeforeColon, { valid: ['web: x\n', { code: 'web: x\n' }], invalid: [] })).toThrow(
      /duplicate case "web: x\\n"/,
    );
  });

  it('refuses an invalid case that expects no finding anywhere', () => {
    expect(() => planRuns(spaceBeforeColon, { valid: [], invalid: [{ code: 'web : x\n', errors: [] }] })).toThrow(/expects no finding/);
    expect(() =>
      planRuns(spaceBeforeColon, {
        valid: [],
        invalid: [{ code: 'web : x\n', errors: { codecapsules: [], heroku: [], 'heroku-fir': [] } }],
      }),
    ).toThrow(/expects no finding/);
  });

  it('refuses findings by platform that leave out a platform where the rule is on, or name one where it is off', () => {
    expect(() => planRuns(spaceBeforeColon, { valid: [], invalid: [{ code: 'web : x\n', errors: { codecapsules: [AT] } }] })).toThrow(
      /exactly codecapsules, heroku/,
    );
    expect(() =>
      planRuns(spaceBeforeColon, {
        valid: [],
        invalid: [{ code: 'web : x\n', errors: { codecapsules: [AT], heroku: [AT], dokku: [AT] } }],
      }),
    ).toThrow(/exactly codecapsules, heroku/);
  });
});
