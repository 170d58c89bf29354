import { findingsIn } from '../helpers/lint.js';

const check = (procfile: string, files: Record<string, string>) => findingsIn('npm-start-no-script', procfile, files);

describe('npm-start-no-script', () => {
  it('reports npm start without a start script or server.js', () => {
    const [finding] = check('web: npm start\n', { 'package.json': '{"scripts":{"test":"jest"}}', 'index.js': '' });
    expect(finding).toMatchObject({ severity: 'error', column: 6, endColumn: 15 });
    expect(finding?.message).toContain('package.json has no `start` script');
    expect(finding?.message).toContain('there is no server.js');
  });

  it('accepts npm start when npm would fall back to node server.js', () => {
    expect(check('web: npm start\n', { 'package.json': '{}', 'server.js': '' })).toEqual([]);
  });

  it('checks npm run, yarn and pnpm scripts by name', () => {
    const pkg = '{"scripts":{"start":"node a.js","worker":"node w.js"}}';
    expect(check('web: yarn start\nworker: npm run worker\nclock: pnpm run clock\n', { 'package.json': pkg }).map((f) => f.line)).toEqual([3]);
  });

  it('reports a missing or broken package.json', () => {
    expect(check('web: npm start\n', { 'index.js': '' })[0]?.message).toContain('there is no package.json');
    expect(check('web: npm start\n', { 'package.json': '{ "scripts": ' })[0]?.message).toContain('not a valid JSON object');
  });
});
