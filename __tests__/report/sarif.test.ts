import { lint, lintProcfile } from '../../src/lint.js';
import { PLATFORMS } from '../../src/platforms/index.js';
import { RULES } from '../../src/rules/index.js';
import { ruleDocsUrl } from '../../src/report/docs.js';
import { relativeUri, toSarif } from '../../src/report/sarif.js';
import { sarifErrors, SARIF_SCHEMA_TITLE } from '../helpers/sarif.js';
import { makeTree, removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

const metas = RULES.map((rule) => rule.meta);

describe('toSarif', () => {
  it('is valid SARIF 2.1.0 for findings of every severity, in files with awkward names', async () => {
    const app = 'my app 100%#?';
    const withProcfile = makeTree({
      [`${app}/Procfile`]: '\uFEFFweb : gunicorn app:app\r\nmy-worker: x\r\n',
      [`${app}/procfile.txt`]: 'web: x\n',
      [`${app}/nested/Procfile`]: 'web: x\n',
    });
    const withoutProcfile = makeTree({ [`${app}/Procfile.dev`]: 'web: flask run\n' });
    const results = await Promise.all([withProcfile, withoutProcfile].map((workspace) => lint({ workspace, path: app })));
    const severities = new Set(results.flatMap((result) => result.findings.map((finding) => finding.severity)));
    expect(severities).toEqual(new Set(['error', 'warning', 'notice']));
    expect(SARIF_SCHEMA_TITLE).toMatch(/SARIF\) Version 2\.1\.0/);
    for (const result of results) {
      const log = toSarif(result, metas);
      expect(sarifErrors(log)).toEqual([]);
      expect(sarifErrors(JSON.parse(JSON.stringify(log)))).toEqual([]);
    }
  });

  it('rejects what the schema forbids, so the check above can fail', async () => {
    const log = toSarif(lintProcfile(Buffer.from('worker: x\n')), metas);
    const broken = JSON.parse(JSON.stringify(log));
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(sarifErrors(broken).length).toBeGreaterThanOrEqual(2);
    expect(sarifErrors({ ...log, version: '2.0.0' })).not.toEqual([]);
  });

  it.each(PLATFORMS.map((platform) => platform.id))('describes every rule with its docs page and default level on %s', async (platform) => {
    const driver = toSarif(lintProcfile(Buffer.from('web: x\n'), { platform }), metas).runs[0]?.tool.driver;
    expect(driver?.name).toBe('procfile-lint');
    expect(driver?.rules?.map((rule) => rule.id)).toEqual(metas.map((meta) => meta.id));
    for (const [index, meta] of metas.entries()) {
      const severity = meta.severity[platform];
      expect(driver?.rules?.[index]).toEqual({
        id: meta.id,
        shortDescription: { text: meta.description },
        helpUri: ruleDocsUrl(meta.id),
        defaultConfiguration: severity ? { level: { error: 'error', warning: 'warning', notice: 'note' }[severity] } : { enabled: false },
        properties: { tags: [...meta.tags] },
      });
    }
  });

  it('locates each result relative to the repository root, with the exclusive end column', async () => {
    const result = await lint({ workspace: makeTree({ 'app/Procfile': 'web: a\nweb : b\n' }), path: 'app' });
    const run = toSarif(result, metas).runs[0];
    expect(run?.columnKind).toBe('unicodeCodePoints');
    expect(run?.results).toEqual(
      result.findings.map((finding) => ({
        ruleId: finding.rule,
        ruleIndex: metas.findIndex((meta) => meta.id === finding.rule),
        level: 'error',
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'app/Procfile', uriBaseId: '%SRCROOT%' },
              region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
            },
          },
        ],
      })),
    );
    const spaceBeforeColon = run?.results?.find((each) => each.ruleId === 'space-before-colon');
    expect(spaceBeforeColon?.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 2, startColumn: 4, endLine: 2, endColumn: 5 });
  });

  it('percent-encodes file names into relative URIs', async () => {
    expect(relativeUri('a b/Procfile 100%#?.txt')).toBe('a%20b/Procfile%20100%25%23%3F.txt');
    expect(relativeUri('Procfile')).toBe('Procfile');
  });
});
