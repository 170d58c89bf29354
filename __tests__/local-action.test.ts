/** `npm run local` with the shipped .env.example runs the action from source, offline, as CONTRIBUTING.md says. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterAll(removeTrees);

const envExample = fs.readFileSync(path.join(REPO, '.env.example'), 'utf8');
const settings = Object.fromEntries(
  Array.from(envExample.matchAll(/^([A-Z_][A-Z0-9_-]*)="(.*)"$/gm), (match) => [match[1] as string, match[2] as string]),
);
const action = parseYaml(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
};

describe('.env.example', () => {
  it("sets every input of action.yml, by the runner's variable name, to its default except the path and the token", () => {
    const inputs = Object.keys(settings).filter((name) => name.startsWith('INPUT_'));
    expect(inputs).toEqual(Object.keys(action.inputs).map((name) => `INPUT_${name.toUpperCase()}`));
    for (const [name, input] of Object.entries(action.inputs)) {
      // An expression such as ${{ github.token }} only means something on a runner: locally the value stays empty.
      const expected = input.default.includes('${{') ? '' : input.default;
      if (name !== 'path') expect(settings[`INPUT_${name.toUpperCase()}`]).toBe(expected);
    }
    expect(fs.existsSync(path.join(REPO, settings.INPUT_PATH as string, 'Procfile'))).toBe(true);
  });

  it('keeps the files it makes out of git', () => {
    const ignored = fs.readFileSync(path.join(REPO, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.env', settings.GITHUB_STEP_SUMMARY]));
  });
});

const scripts = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const localAction = /^npx --yes (@github\/local-action@\d+\.\d+\.\d+) (.*)$/.exec(scripts.local ?? '');

/** `npm exec` of the local-action that `npm run local` runs, offline: npx keeps it outside node_modules (it is 280 MB). */
function npmExecLocalAction(args: string[], env: Record<string, string> = {}) {
  return spawnSync('npm', ['exec', '--offline', '--yes', `--package=${localAction?.[1]}`, '--', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    // Only against a hang: local-action compiles src/ with tsx, which on a busy machine can take minutes of clock.
    timeout: 280_000,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? REPO, ...env },
  });
}

const cached = localAction !== null && npmExecLocalAction(['sh', '-c', 'command -v local-action']).status === 0;
if (!cached) {
  console.warn(
    `Skipping the run of \`npm run local\`: npm has no copy of ${localAction?.[1] ?? '@github/local-action'} it can use offline. ` +
      'Run `npm run local` once (npx fetches it) to run this test; CI does (ci.yml, job local-action).',
  );
}

describe('npm run local', () => {
  it('runs src/main.ts with a pinned @github/local-action, through npx, and the settings of .env.example', () => {
    expect(localAction?.[2]).toBe('. src/main.ts .env');
    const ci = fs.readFileSync(path.join(REPO, '.github', 'workflows', 'ci.yml'), 'utf8');
    expect(ci).toContain(`--package=${localAction?.[1]} `);
  });

  (cached ? it : it.skip)(
    'prints the annotations, the outputs and writes the summary',
    () => {
      // The same settings, with the summary written to a temporary file instead of the repository.
      const dir = makeTree();
      const summary = path.join(dir, 'summary.md');
      fs.writeFileSync(path.join(dir, '.env'), envExample.replace(/^GITHUB_STEP_SUMMARY=.*$/m, `GITHUB_STEP_SUMMARY="${summary}"`));
      const run = npmExecLocalAction(['local-action', '.', 'src/main.ts', path.join(dir, '.env')]);

      // local-action exits 0 even when the action fails: a non-zero status means local-action itself broke.
      expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });
      expect(run.stdout).toContain(
        '::error title=procfile-lint: duplicate-process-type,file=examples/broken-duplicate-web/Procfile,line=3,endLine=3,col=1,endColumn=4::',
      );
      expect(run.stdout).toMatch(/'valid' +│ 'false'/);
      expect(fs.readFileSync(summary, 'utf8')).toMatch(/^## What Code Capsules will run\n[\s\S]*^## ❌ Procfile: 1 error\n/m);
    },
    300_000,
  );
});
