import { parseRuleSettings } from '../src/engine/config.js';
import { parseConfigFile } from '../src/engine/config-file.js';
import { RULE_IDS } from '../src/rules/index.js';
import { findingsOf, lintTree } from './helpers/lint.js';
import { removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

describe('.procfile-lint.yml', () => {
  it('turns rules off and changes severities', async () => {
    const result = await lintTree({
      'requirements.txt': 'gunicorn\n',
      'app.py': '',
      Procfile: 'web: gunicorn app:app\r\n',
      '.procfile-lint.yml': 'rules:\n  crlf-line-endings: error\n  portability: off\n',
    });
    expect(result.findings.map((finding) => [finding.rule, finding.severity])).toEqual([['crlf-line-endings', 'error']]);
  });

  it('silences procfile-missing for an app started by a Run Command', async () => {
    // server.py: no main.py or app.py, so Google's buildpacks have no default start (app.py would get gunicorn's).
    const files = { 'requirements.txt': 'gunicorn\n', 'server.py': '' };
    expect((await lintTree(files)).findings.map((finding) => finding.rule)).toEqual(['procfile-missing']);
    expect((await lintTree({ ...files, '.procfile-lint.yml': 'rules:\n  procfile-missing: off\n' })).findings).toEqual([]);
  });

  it('reports unknown rules, bad settings and unknown keys at their position, and applies the rest', async () => {
    const yml = 'rules:\n  procfile-mising: off\n  crlf-line-endings: loud\n  portability: off\nplatform: heroku\n';
    const result = await lintTree({ Procfile: 'web: gunicorn app:app # x\r\n', '.procfile-lint.yml': yml });
    const problems = result.findings.filter((finding) => finding.rule === 'invalid-config');
    expect(problems.map((p) => [p.file, p.line, p.column])).toEqual([
      ['.procfile-lint.yml', 2, 3],
      ['.procfile-lint.yml', 3, 22],
      ['.procfile-lint.yml', 5, 1],
    ]);
    expect(problems[0]?.message).toContain('Unknown rule `procfile-mising` (did you mean `procfile-missing`?)');
    expect(problems[1]?.message).toContain('use one of error, warning, notice, off');
    expect(result.findings.some((finding) => finding.rule === 'portability')).toBe(false);
  });

  it('reports YAML that does not parse', async () => {
    expect(parseConfigFile('rules: [\n', '.procfile-lint.yml').problems[0]?.message).toContain('is not valid YAML');
  });
});

describe('rule settings from the action input or the CLI', () => {
  it('reads id: setting lines and id=setting pairs', async () => {
    expect(parseRuleSettings('procfile-missing: off\ncrlf-line-endings=error, portability=off', RULE_IDS, 'x')).toEqual({
      'procfile-missing': 'off',
      'crlf-line-endings': 'error',
      portability: 'off',
    });
  });

  it('refuses unknown ids and settings with a usage error naming the source', async () => {
    expect(() => parseRuleSettings('nope: off', RULE_IDS, "Input 'rules'")).toThrow(/^Input 'rules': Unknown rule `nope`/);
    expect(() => parseRuleSettings('portability: maybe', RULE_IDS, '--rule')).toThrow(/^--rule: Rule `portability` is set to `maybe`/);
  });
});

describe('procfile-lint-disable-next-line', () => {
  it('silences the named rules on the next line only', async () => {
    const procfile = '# procfile-lint-disable-next-line dev-server\nweb: flask run --host 0.0.0.0 --port $PORT\nworker: flask run\n';
    expect(findingsOf('dev-server', procfile)).toEqual([]);
    expect(findingsOf('dev-server', procfile.replace('dev-server', 'hardcoded-port'))).toHaveLength(1);
  });

  it('silences every rule when none is named, and reports unknown names', async () => {
    expect(findingsOf('space-before-colon', '# procfile-lint-disable-next-line\nweb : x\n')).toEqual([]);
    const [problem] = findingsOf('invalid-config', '# procfile-lint-disable-next-line nope\nweb: x\n');
    expect(problem).toMatchObject({ line: 1, column: 35, endColumn: 39 });
    expect(findingsOf('invalid-config', '# procfile-lint-disable-next-line line\nweb: x\n')[0]).toMatchObject({ column: 35 });
  });
});
