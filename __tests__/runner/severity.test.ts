/** Severity is decided in one place: the user's setting, then the report's own, then the rule's default on the platform. */
import type { RuleSettings } from '../../src/engine/config.js';
import { lintProcfile } from '../../src/lint.js';
import { invalidConfig } from '../../src/rules/invalid-config.js';
import type { ProcfileRule } from '../../src/rules/rule.js';

/** On Code Capsules only, at warning; its second report asks for notice itself. */
const probe: ProcfileRule = {
  scope: 'procfile',
  meta: { id: 'probe', description: 'Reports lines 1 and 2.', severity: { codecapsules: 'warning' }, tags: ['syntax'] },
  *check() {
    yield { message: 'plain', range: { line: 1, column: 1, endLine: 1, endColumn: 2 } };
    yield { message: 'asks for notice', severity: 'notice', range: { line: 2, column: 1, endLine: 2, endColumn: 2 } };
  },
};

const severities = (platform: string, rules: RuleSettings = {}, procfile = 'web: a\nworker: b\n') =>
  lintProcfile(Buffer.from(procfile), { platform, rules, ruleList: [probe, invalidConfig] }).findings.map((f) => [
    f.rule,
    f.message,
    f.severity,
  ]);

describe('which severity wins', () => {
  it("is the rule's default on the platform, unless the report names its own", () => {
    expect(severities('codecapsules')).toEqual([
      ['probe', 'plain', 'warning'],
      ['probe', 'asks for notice', 'notice'],
    ]);
  });

  it("is the user's setting over both", () => {
    expect(severities('codecapsules', { probe: 'error' })).toEqual([
      ['probe', 'plain', 'error'],
      ['probe', 'asks for notice', 'error'],
    ]);
  });

  it('is nothing when the user turns the rule off', () => {
    expect(severities('codecapsules', { probe: 'off' })).toEqual([]);
  });

  it('counts what it decided', () => {
    const { counts } = lintProcfile(Buffer.from('web: a\n'), { rules: { probe: 'error' }, ruleList: [probe] });
    expect(counts).toEqual({ error: 2, warning: 0, notice: 0 });
  });
});

describe('a rule off by default on a platform', () => {
  it('does not run there', () => {
    expect(severities('heroku')).toEqual([]);
  });

  it("runs there when a setting turns it on, at the setting's severity", () => {
    expect(severities('heroku', { probe: 'notice' })).toEqual([
      ['probe', 'plain', 'notice'],
      ['probe', 'asks for notice', 'notice'],
    ]);
  });
});

describe('inline disables', () => {
  it('silence the next line, for every rule or the ones named', () => {
    expect(severities('codecapsules', {}, '# procfile-lint-disable-next-line\nweb: a\n')).toEqual([['probe', 'plain', 'warning']]);
    expect(severities('codecapsules', {}, '# procfile-lint-disable-next-line probe\nweb: a\n')).toEqual([['probe', 'plain', 'warning']]);
    expect(severities('codecapsules', {}, '# procfile-lint-disable-next-line other\nweb: a\n').map(([rule]) => rule)).toEqual([
      'probe',
      'invalid-config',
      'probe',
    ]);
  });

  it('cannot silence invalid-config, not even by naming it', () => {
    const procfile = '# procfile-lint-disable-next-line invalid-config\n# procfile-lint-disable-next-line no-such-rule\nweb: a\n';
    const findings = lintProcfile(Buffer.from(procfile), { ruleList: [invalidConfig] }).findings;
    expect(findings.map((f) => [f.rule, f.line, f.column, f.endColumn])).toEqual([['invalid-config', 2, 35, 47]]);
    expect(findings[0]?.message).toBe(
      'Unknown rule `no-such-rule` in a procfile-lint-disable-next-line comment; the rules are listed in docs/rules.',
    );
  });

  it('cannot be configured away either', () => {
    const procfile = '# procfile-lint-disable-next-line\n# procfile-lint-disable-next-line nope\nweb: a\n';
    const findings = lintProcfile(Buffer.from(procfile), { rules: { 'invalid-config': 'off' }, ruleList: [invalidConfig] }).findings;
    expect(findings.map((f) => [f.rule, f.line, f.severity])).toEqual([['invalid-config', 2, 'error']]);
  });
});
