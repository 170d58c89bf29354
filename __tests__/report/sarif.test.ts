import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, lintProcfile } from '../../src/lint.js';
import { PLATFORMS } from '../../src/platforms/index.js';
import { RULES } from '../../src/rules/index.js';
import { ruleDocsUrl } from '../../src/report/docs.js';
import { automationId, relativeUri, toSarif } from '../../src/report/sarif.js';
import { REPO } from '../helpers/processes.js';
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
    expect(driver?.version).toBe(JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
    expect(driver?.informationUri).toBe('https://github.com/procfile-lint/procfile-lint');
    expect(driver?.rules?.map((rule) => rule.id)).toEqual(metas.map((meta) => meta.id));
    for (const [index, meta] of metas.entries()) {
      const severity = meta.severity[platform];
      const page = fs.readFileSync(path.join(REPO, 'docs', 'rules', `${meta.id}.md`), 'utf8');
      const rule = driver?.rules?.[index];
      expect(rule?.help?.markdown?.startsWith(page.split('\n')[2] as string)).toBe(true);
      expect(rule?.help?.markdown).toMatch(/^## Why$[\s\S]*^## How to fix$/m);
      expect(rule?.help?.markdown).not.toMatch(/\]\((?!https:\/\/|#)/);
      expect(rule?.help?.text).toBe(rule?.help?.markdown);
      expect(rule?.fullDescription?.text).not.toBe(meta.description);
      expect(page.replace(/\s+/g, ' ')).toContain(rule?.fullDescription?.text.replace(/\s+/g, ' '));
      expect(rule?.fullDescription?.text).not.toMatch(/\n/);
      expect({ ...rule, help: undefined, fullDescription: undefined }).toEqual({
        id: meta.id,
        shortDescription: { text: meta.description },
        help: undefined,
        fullDescription: undefined,
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
        partialFingerprints: { 'procfileLintFinding/v1': expect.stringMatching(/^[0-9a-f]{32}:1$/) },
        ...(finding.fix ? { fixes: expect.any(Array) } : {}),
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

describe('what code scanning needs to track alerts', () => {
  it("names the run after the app, so two apps of one repository do not close each other's alerts", () => {
    const result = lintProcfile(Buffer.from('web: x\n'));
    expect(toSarif(result, metas).runs[0]?.automationDetails).toEqual({ id: 'procfile-lint/' });
    expect(toSarif(result, metas, { appPath: 'apps/web' }).runs[0]?.automationDetails).toEqual({ id: 'procfile-lint/apps/web/' });
    expect([automationId('./apps/web/'), automationId('.'), automationId('')]).toEqual([
      'procfile-lint/apps/web/',
      'procfile-lint/',
      'procfile-lint/',
    ]);
  });

  it('fingerprints a finding by what it says, not where: moving the line keeps it; identical findings differ', () => {
    const fingerprints = (text: string) =>
      toSarif(lintProcfile(Buffer.from(text)), metas).runs[0]?.results?.map((each) => [
        each.ruleId,
        Object.values(each.partialFingerprints ?? {})[0],
      ]);
    const before = fingerprints('web : a\n');
    const moved = fingerprints('# comment\n\nweb : a\n');
    expect(moved).toEqual(before);
    const twice = fingerprints('web : a\nweb : a\n')
      ?.filter(([rule]) => rule === 'space-before-colon')
      .map(([, print]) => print);
    expect(twice).toHaveLength(2);
    expect(new Set(twice).size).toBe(2);
    expect(fingerprints('worker : a\n')).not.toEqual(before);
  });

  it('gives a finding that carries an edit fix a SARIF fix addressing its bytes, and none without a fix', () => {
    const result = lintProcfile(Buffer.from('web : a\n'));
    const finding = result.findings.find((candidate) => candidate.rule === 'space-before-colon');
    if (!finding?.fix || !('edits' in finding.fix)) throw new Error('expected a finding with an edit fix');
    const log = toSarif({ ...result, findings: [finding] }, metas);
    expect(log.runs[0]?.results?.[0]?.fixes).toEqual([
      {
        description: { text: finding.fix.description },
        artifactChanges: [
          {
            artifactLocation: { uri: 'Procfile', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { byteOffset: 3, byteLength: 1 }, insertedContent: { text: '' } }],
          },
        ],
      },
    ]);
    expect(sarifErrors(log)).toEqual([]);
    const { fix: _fix, ...withoutFix } = finding;
    expect(toSarif({ ...result, findings: [withoutFix] }, metas).runs[0]?.results?.[0]).not.toHaveProperty('fixes');
  });
});
