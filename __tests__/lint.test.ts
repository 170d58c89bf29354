import { lint, lintProcfile } from '../src/lint.js';
import { planLines } from '../src/report/plan.js';
import { UsageError } from '../src/engine/types.js';
import { lintTree } from './helpers/lint.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

describe('lint', () => {
  it('returns the documented result for a clean app', async () => {
    const result = await lintTree({
      Procfile: 'web: gunicorn app:app --bind 0.0.0.0:$PORT\n',
      'app.py': '',
      'requirements.txt': 'Flask==3.1.0\ngunicorn==23.0.0\n',
    });
    expect(result).toEqual({
      procfile: 'Procfile',
      platform: 'codecapsules',
      language: 'python',
      // GoogleCloudPlatform/buildpacks cmd/python/runtime opts in on a *.py file, not on requirements.txt.
      languages: [{ language: 'python', evidence: ['app.py'] }],
      processes: [{ type: 'web', command: 'gunicorn app:app --bind 0.0.0.0:$PORT', line: 1 }],
      runtime: {
        language: 'python',
        version: null,
        requested: null,
        source: null,
        fallback: expect.stringContaining('the latest Python'),
        table: { source: expect.stringContaining('GoogleCloudPlatform/buildpacks'), checked: '2026-08-22' },
      },
      findings: [],
      counts: { error: 0, warning: 0, notice: 0 },
      plan: {
        platform: 'codecapsules',
        builder: { name: 'Google Cloud buildpacks', unverified: expect.stringContaining('2022 docs') },
        build: {
          language: 'python',
          group: 'google.python.runtime + google.config.entrypoint',
          evidence: ['app.py'],
          overridden: false,
          candidates: [
            { group: 'google.python.runtime + google.config.entrypoint', language: 'python', evidence: ['app.py'], needsProcfile: true },
            {
              group: 'google.python.runtime + google.python.missing-entrypoint',
              language: 'python',
              evidence: ['app.py'],
              needsProcfile: false,
            },
          ],
          incomplete: false,
        },
        otherBuilder: null,
        runs: 'bash -c',
        processes: [{ type: 'web', command: 'gunicorn app:app --bind 0.0.0.0:$PORT', source: { kind: 'procfile', line: 1 } }],
        failure: null,
        port: { variable: 'PORT', random: false, default: 3000, setting: 'the Network Port setting of the capsule' },
      },
    });
  });

  it('lists the processes the platform would run, not what the file seems to say', async () => {
    const result = await lintTree({ Procfile: 'web: a\n  worker: b\nweb: c\nrelease: d\n' });
    expect(result.processes).toEqual([
      { type: 'web', command: 'a', line: 1 },
      { type: 'release', command: 'd', line: 4 },
    ]);
  });

  it('has no Procfile and no finding for an app that needs none, and plans the default start command', async () => {
    const result = await lintTree({ 'package.json': '{"scripts":{"start":"node server.js"}}', 'server.js': '' });
    expect(result).toMatchObject({ procfile: null, processes: [], findings: [] });
    // pkg/nodejs/npm.go DefaultStartCommand: a "start" script comes first.
    expect(result.plan.processes).toEqual([
      {
        type: 'web',
        command: 'npm run start',
        source: { kind: 'default', why: 'package.json has a "start" script', reference: expect.stringContaining('pkg/nodejs/npm.go') },
      },
    ]);
  });

  it('plans another builder that a root file brings in: for certain on Dokku, behind a setting on Heroku', async () => {
    const app = { 'package.json': '{"name":"app"}', Dockerfile: 'FROM node:22\nCMD ["node", "server.js"]\n', 'heroku.yml': 'build:\n' };
    const dokku = await lintTree(app, '.', { platform: 'dokku' });
    expect(dokku.plan.otherBuilder).toEqual({
      certain: true,
      instead: expect.stringContaining('Dokku builds the app'),
      setting: null,
      file: 'Dockerfile',
    });
    // The Dockerfile's CMD starts the app: no buildpack default start, no buildpack failure.
    expect([dokku.plan.processes, dokku.plan.failure]).toEqual([[], null]);
    expect(planLines(dokku.plan)).toContain(
      "But `Dockerfile` is there: Dokku builds the app with the builder that file asks for (the Dockerfile, `pack`'s Cloud Native Buildpacks, ...), and the buildpack build above does not run.",
    );

    const buildpacks = await lintTree({ ...app, '.buildpacks': 'https://github.com/heroku/heroku-buildpack-nodejs\n' }, '.', {
      platform: 'dokku',
    });
    expect(buildpacks.plan.otherBuilder).toBeNull();

    const heroku = await lintTree(app, '.', { platform: 'heroku' });
    expect(heroku.plan.otherBuilder).toEqual({
      certain: false,
      instead: '`heroku.yml` builds the Dockerfile',
      setting: expect.stringContaining('container'),
      file: 'heroku.yml',
    });
    expect(planLines(heroku.plan).some((line) => line.startsWith('Unless ') && line.endsWith('(`heroku.yml` is there).'))).toBe(true);
  });

  it('reports paths relative to the workspace and counts findings by severity', async () => {
    const result = await lintTree({ 'api/Procfile': 'worker: x\n', 'api/Procfile.txt': '' }, 'api');
    expect(result.procfile).toBe('api/Procfile');
    expect(result.findings.map((finding) => [finding.file, finding.rule, finding.severity])).toEqual([
      ['api/Procfile', 'missing-web', 'error'],
      ['api/Procfile.txt', 'procfile-misnamed', 'warning'],
    ]);
    expect(result.counts).toEqual({ error: 1, warning: 1, notice: 0 });
  });

  it('sorts findings by file, line and column', async () => {
    const { findings } = lintProcfile(Buffer.from('web : a\nweb: b\nmy-x: c\n'));
    const positions = findings.map((finding) => [finding.line, finding.column]);
    expect(positions).toEqual([...positions].sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number)));
  });

  it('throws a usage error for an unknown platform or a path outside the workspace', async () => {
    const workspace = makeTree();
    await expect(lint({ workspace, platform: 'nope' })).rejects.toThrow(UsageError);
    await expect(lint({ workspace, path: '..' })).rejects.toThrow(UsageError);
  });

  it('gives the same result twice', async () => {
    const files = { Procfile: '\uFEFFweb:\r\nworker: x\r\n  clock: y\n', 'procfile.txt': '' };
    const workspace = makeTree(files);
    expect(await lint({ workspace })).toEqual(await lint({ workspace }));
  });
});
