import { lint, lintProcfile } from '../src/lint.js';
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
      languages: [{ language: 'python', evidence: ['requirements.txt', 'app.py'] }],
      processes: [{ type: 'web', command: 'gunicorn app:app --bind 0.0.0.0:$PORT', line: 1 }],
      findings: [],
      counts: { error: 0, warning: 0, notice: 0 },
    });
  });

  it('lists the processes the platform would run, not what the file seems to say', async () => {
    const result = await lintTree({ Procfile: 'web: a\n  worker: b\nweb: c\nrelease: d\n' });
    expect(result.processes).toEqual([
      { type: 'web', command: 'a', line: 1 },
      { type: 'release', command: 'd', line: 4 },
    ]);
  });

  it('has no Procfile and no finding for an app that needs none', async () => {
    expect(await lintTree({ 'package.json': '{}' })).toMatchObject({ procfile: null, processes: [], findings: [] });
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
