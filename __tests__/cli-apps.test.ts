/** The CLI on several apps: directories and globs as arguments, one report per app, one SARIF run per app. */
import type { Log } from 'sarif';
import type { LintResult } from '../src/engine/types.js';
import { MONOREPO as APPS } from './helpers/monorepo.js';
import { runCli } from './helpers/processes.js';
import { sarifErrors } from './helpers/sarif.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

/** A git checkout (a `.git` folder is what the CLI looks for) with two apps, `apps/web` failing on Code Capsules. */
const MONOREPO = { '.git/': '', ...APPS };

describe('the CLI on several apps', () => {
  it('lints each folder a glob matches, reporting paths from the repository top, and fails when one app fails', () => {
    const root = makeTree(MONOREPO);
    const run = runCli(['apps/*'], root);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✔ apps/api/Procfile: no problems (web)');
    expect(run.stdout).toMatch(/^apps\/web\/Procfile:1:4: error: .* \[space-before-colon\]$/m);
    expect(run.stdout).toContain('✖ apps/web/Procfile: 1 error');
    expect(run.stdout.indexOf('apps/api/Procfile')).toBeLessThan(run.stdout.indexOf('apps/web/Procfile'));
  });

  it('expands a glob from the current folder, and still reports paths from the repository top', () => {
    const root = makeTree(MONOREPO);
    const run = runCli(['--format', 'github', '*'], `${root}/apps`);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error title=procfile-lint%3A space-before-colon,file=apps\/web\/Procfile,line=1,/m);
  });

  it('takes several directories, and gives JSON as one entry per app', () => {
    const root = makeTree(MONOREPO);
    const run = runCli(['--format', 'json', 'apps/web', 'apps/api'], root);
    const json = JSON.parse(run.stdout) as { apps: { path: string; result: LintResult }[] };
    expect(json.apps.map(({ path, result }) => [path, result.procfile, result.counts.error])).toEqual([
      ['apps/web', 'apps/web/Procfile', 1],
      ['apps/api', 'apps/api/Procfile', 0],
    ]);
    const platforms = JSON.parse(runCli(['--format', 'json', '--platform', 'codecapsules,heroku', 'apps/*'], root).stdout) as {
      apps: { path: string; platforms: LintResult[] }[];
    };
    expect(platforms.apps.map((app) => app.platforms.map((result) => result.platform))).toEqual([
      ['codecapsules', 'heroku'],
      ['codecapsules', 'heroku'],
    ]);
  });

  it('finds every folder holding a Procfile with --apps auto, as the action input does, skipping test fixtures', () => {
    const root = makeTree({ ...MONOREPO, 'services/billing/deep/Procfile': 'web: gunicorn app:app\n', 'tests/fixtures/Procfile': 'x\n' });
    const paths = (args: string[], cwd = root) =>
      (JSON.parse(runCli(['--format', 'json', '--apps', 'auto', ...args], cwd).stdout) as { apps: { path: string }[] }).apps.map(
        (app) => app.path,
      );
    expect(paths([])).toEqual(['apps/api', 'apps/web', 'services/billing/deep']);
    expect(paths(['services'])).toEqual(['services/billing/deep']);
    expect(paths(['.'], `${root}/apps`)).toEqual(['apps/api', 'apps/web']);
    // No Procfile below the folder: the folder is the app, so that its missing Procfile is reported.
    expect(paths(['tests'])).toEqual(['tests']);
  });

  it('refuses --apps values it does not know; --fix-dry-run with --apps auto shows the fixes of every app found', () => {
    const root = makeTree(MONOREPO);
    const unknown = runCli(['--apps', 'all'], root);
    expect([unknown.status, unknown.stderr]).toEqual([2, "procfile-lint: --apps must be listed or auto; got 'all'.\n"]);
    const dryRun = runCli(['--apps', 'auto', '--fix-dry-run'], root);
    expect(dryRun.stderr).toBe('');
    expect(dryRun.stdout).toMatch(/^--- a\/apps\/web\/Procfile\n\+\+\+ b\/apps\/web\/Procfile\n/m);
    expect(dryRun.stdout).toContain('+web: ');
    expect(dryRun.status).toBe(1);
  });

  it('writes one SARIF run per app, each with its own automationDetails.id', () => {
    const root = makeTree(MONOREPO);
    const log = JSON.parse(runCli(['--format', 'sarif', 'apps/*'], root).stdout) as Log;
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs.map((run) => run.automationDetails?.id)).toEqual(['procfile-lint/apps/api/', 'procfile-lint/apps/web/']);
    expect(log.runs[1]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('apps/web/Procfile');
  });

  it('reads .procfile-lint.yml at the app root, else at the repository root', () => {
    const root = makeTree({ ...MONOREPO, '.procfile-lint.yml': 'rules:\n  space-before-colon: warning\n' });
    const run = runCli(['apps/*'], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^apps\/web\/Procfile:1:4: warning: /m);
    // Alone, an app in a subfolder reads the repository's file too.
    expect(runCli(['apps/web'], root).stdout).toMatch(/^apps\/web\/Procfile:1:4: warning: /m);
  });

  it.each([
    ['../*', 'the glob `../*` climbs out with `..`'],
    ['/tmp/*', 'the glob `/tmp/*` is an absolute path'],
    ['apps/{a,b}*', 'the glob `apps/{a,b}*` holds `{`, which is not supported'],
    ['nowhere/*', 'the glob `nowhere/*` matches no folder'],
  ])('refuses the glob %j with exit status 2 and a message', (pattern, message) => {
    const root = makeTree(MONOREPO);
    const run = runCli([pattern], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`procfile-lint: The command line: ${message}`);
    expect(run.stdout).toBe('');
  });
});
