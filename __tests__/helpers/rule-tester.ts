/**
 * A rule tester in the style of ESLint's `RuleTester`: one rule at a time, `valid` cases that must produce no finding
 * and `invalid` cases whose every finding is spelled out (position, message, and severity when given). Each case runs
 * on every platform where the rule is on, and is checked to produce nothing where it is off.
 *
 *   testRule(myRule, {
 *     valid: ['web: gunicorn app:app\n'],
 *     invalid: [{ code: 'web : x\n', errors: [{ line: 1, column: 4, endLine: 1, endColumn: 5, message: /Whitespace/ }] }],
 *   });
 *
 * `errors` is the same list on every platform where the rule is on, or a map from each of those platforms to its list
 * (an empty list where the case passes). A `message` is the exact text, a RegExp it must match, or a function of the
 * platform giving either.
 */
import type { RuleSettings } from '../../src/engine/config.js';
import type { Finding, Severity } from '../../src/engine/types.js';
import { lint, lintProcfile } from '../../src/lint.js';
import { PLATFORMS, type PlatformId, type PlatformProfile } from '../../src/platforms/index.js';
import type { Rule } from '../../src/rules/rule.js';
import { planRule } from '../../src/runner/severity.js';
import { makeTree, removeTrees, type Tree } from './tree.js';

type Message = string | RegExp;

export interface ExpectedFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: Message | ((platform: PlatformProfile) => Message);
  /** Defaults to the rule's severity on the platform (or the case's setting for it). */
  severity?: Severity;
  /** Defaults to the Procfile. */
  file?: string;
  /** The finding's fix (docs/result.md, "Fixes"); left out, the fix is not compared (tested in __tests__/fixes/). */
  fix?: Finding['fix'];
}

interface BaseCase {
  /** Shown in the test's name; defaults to the Procfile or the tree. */
  name?: string;
  /** Rule settings, as in `.procfile-lint.yml`: turning the rule on where it is off runs the case there too. */
  settings?: RuleSettings;
  language?: string;
}

/** A Procfile's content, with the app's other files in memory (`files`; without them the app is unknown). */
export interface ProcfileCase extends BaseCase {
  code: string | Uint8Array;
  files?: Record<string, string>;
  path?: string;
}

/** A repository on disk (`tree`), linted at `path` (default `.`). */
export interface TreeCase extends BaseCase {
  tree: Tree;
  path?: string;
}

export type ValidCase = string | ProcfileCase | TreeCase;
export type InvalidCase = (ProcfileCase | TreeCase) & { errors: ExpectedFinding[] | Partial<Record<PlatformId, ExpectedFinding[]>> };

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

interface PlannedRun {
  title: string;
  platform: PlatformProfile;
  testCase: ProcfileCase | TreeCase;
  /** `null`: the rule is off there, and nothing may be reported. */
  expected: ExpectedFinding[] | null;
}

/** Defines one jest test per case and platform for `rule`. */
export function testRule(rule: Rule, cases: RuleCases): void {
  const runs = planRuns(rule, cases);
  describe(rule.meta.id, () => {
    afterEach(removeTrees);
    it.each(runs.map((run) => [run.title, run] as const))('%s', async (_, run) => {
      const findings = await findingsOf(rule, run.testCase, run.platform.id);
      if (run.expected === null) {
        expect(findings).toEqual([]);
        return;
      }
      const plan = planRule(rule.meta, run.platform.id, run.testCase.settings?.[rule.meta.id]);
      const fallback = plan?.override ?? plan?.base;
      const compared = findings.map(({ rule: _, fix, ...finding }, i) =>
        run.expected?.[i]?.fix === undefined ? finding : { ...finding, fix },
      );
      expect(compared).toEqual(run.expected.map((expected) => wanted(expected, run.platform, run.testCase, fallback)));
    });
  });
}

/** Every run of every case, or an error naming the first case that is not a proper test. */
export function planRuns(rule: Rule, { valid, invalid }: RuleCases): PlannedRun[] {
  const seen = new Set<string>();
  const runs: PlannedRun[] = [];
  const add = (testCase: ProcfileCase | TreeCase, errors: InvalidCase['errors'] | null) => {
    const key = keyOf(testCase);
    if (seen.has(key)) throw new Error(`${rule.meta.id}: duplicate case ${describeCase(testCase)}`);
    seen.add(key);
    const on = PLATFORMS.filter((platform) => planRule(rule.meta, platform.id, testCase.settings?.[rule.meta.id]) !== null);
    if (on.length === 0) throw new Error(`${rule.meta.id}: case ${describeCase(testCase)} runs on no platform`);
    const perPlatform = errors === null ? null : Array.isArray(errors) ? null : errors;
    if (perPlatform) {
      const missing = on.filter((platform) => perPlatform[platform.id] === undefined).map((platform) => platform.id);
      const extra = Object.keys(perPlatform).filter((id) => !on.some((platform) => platform.id === id));
      if (missing.length > 0 || extra.length > 0) {
        throw new Error(
          `${rule.meta.id}: case ${describeCase(testCase)} must give the findings on exactly ${on.map((p) => p.id).join(', ')}`,
        );
      }
    }
    const expectedOn = (platform: PlatformProfile): ExpectedFinding[] =>
      errors === null ? [] : Array.isArray(errors) ? errors : (perPlatform?.[platform.id] ?? []);
    if (errors !== null && on.every((platform) => expectedOn(platform).length === 0)) {
      throw new Error(`${rule.meta.id}: invalid case ${describeCase(testCase)} expects no finding; make it a valid case`);
    }
    for (const platform of PLATFORMS) {
      const isOn = on.includes(platform);
      const verdict = !isOn ? 'off' : expectedOn(platform).length === 0 ? 'valid' : `${expectedOn(platform).length} finding(s)`;
      runs.push({
        title: `${describeCase(testCase)} on ${platform.id}: ${verdict}`,
        platform,
        testCase,
        expected: isOn ? expectedOn(platform) : null,
      });
    }
  };
  for (const testCase of valid) add(typeof testCase === 'string' ? { code: testCase } : testCase, null);
  for (const { errors, ...testCase } of invalid) add(testCase, errors);
  return runs;
}

async function findingsOf(rule: Rule, testCase: ProcfileCase | TreeCase, platform: PlatformId): Promise<Finding[]> {
  const options = { platform, language: testCase.language, rules: testCase.settings, ruleList: [rule] };
  if ('tree' in testCase) return (await lint({ ...options, workspace: makeTree(testCase.tree), path: testCase.path })).findings;
  const bytes = typeof testCase.code === 'string' ? Buffer.from(testCase.code, 'utf8') : testCase.code;
  return lintProcfile(bytes, { ...options, files: testCase.files, path: testCase.path }).findings;
}

function wanted(
  expected: ExpectedFinding,
  platform: PlatformProfile,
  testCase: ProcfileCase | TreeCase,
  severity: Severity | undefined,
): Omit<Finding, 'rule'> {
  const message = typeof expected.message === 'function' ? expected.message(platform) : expected.message;
  const file = expected.file ?? ('tree' in testCase ? procfileIn(testCase.path) : (testCase.path ?? 'Procfile'));
  return {
    line: expected.line,
    column: expected.column,
    endLine: expected.endLine,
    endColumn: expected.endColumn,
    message: typeof message === 'string' ? message : (expect.stringMatching(message) as unknown as string),
    file,
    severity: (expected.severity ?? severity) as Severity,
    ...(expected.fix === undefined ? {} : { fix: expected.fix }),
  };
}

function procfileIn(appPath: string | undefined): string {
  return appPath === undefined || appPath === '.' ? 'Procfile' : `${appPath}/Procfile`;
}

function keyOf(testCase: ProcfileCase | TreeCase): string {
  const bytes = (value: string | Uint8Array) => (typeof value === 'string' ? value : Buffer.from(value).toString('hex'));
  const tree = 'tree' in testCase ? Object.entries(testCase.tree).map(([name, content]) => [name, bytes(content)]) : null;
  const code = 'code' in testCase ? bytes(testCase.code) : null;
  const files = 'files' in testCase ? testCase.files : undefined;
  return JSON.stringify([code, files, tree, testCase.path, testCase.settings, testCase.language]);
}

function describeCase(testCase: ProcfileCase | TreeCase): string {
  if (testCase.name) return testCase.name;
  if ('tree' in testCase) return JSON.stringify(Object.keys(testCase.tree));
  const text = typeof testCase.code === 'string' ? testCase.code : Buffer.from(testCase.code).toString('latin1');
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
