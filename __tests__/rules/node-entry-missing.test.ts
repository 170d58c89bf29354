import { findingsIn } from '../helpers/lint.js';

const missing = (procfile: string, files: Record<string, string>) => findingsIn('node-entry-missing', procfile, files);

describe('node-entry-missing', () => {
  it('reports a script that is not in the repository', () => {
    const [finding] = missing('web: node server.js\n', { 'package.json': '{}', 'index.js': '' });
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 11, endColumn: 20 });
    expect(finding?.message).toContain('`server.js` is not in the repository');
  });

  it('resolves like node: extensions, index.js of a folder, node options, cd', () => {
    const files = { 'package.json': '{}', 'server.mjs': '', 'api/index.js': '', 'app/main.js': '' };
    for (const procfile of ['web: node server\n', 'web: node --max-old-space-size=512 -r dotenv/config api\n', 'web: cd app && node main.js\n']) {
      expect(missing(procfile, files)).toEqual([]);
    }
  });

  it('trusts a build script to create the file', () => {
    const pkg = JSON.stringify({ scripts: { build: 'tsc', start: 'node dist/server.js' } });
    expect(missing('web: node dist/server.js\n', { 'package.json': pkg })).toEqual([]);
  });
});
