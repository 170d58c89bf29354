/** The rules the deploy model makes possible, each on every platform where it runs, with the source it rests on. */
import { findingsIn, findingsInTree, findingsOf } from '../helpers/lint.js';
import { removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

describe('comment-command', () => {
  it('is an error on Dokku, whose procfile-util refuses it (procfile/parse.go)', () => {
    const [finding] = findingsOf('comment-command', 'web: # TODO\n', { platform: 'dokku' });
    expect(finding).toMatchObject({ severity: 'error', line: 1 });
    expect(finding?.message).toContain('"comment specified in place of command, line 1"');
  });

  it('on bash -c platforms: an error for web, a warning for another process', () => {
    for (const platform of ['codecapsules', 'heroku', 'heroku-fir']) {
      expect(findingsOf('comment-command', 'web: # TODO\n', { platform })[0]).toMatchObject({
        severity: 'error',
        message: expect.stringContaining('runs nothing and exits at once'),
      });
    }
    expect(findingsOf('comment-command', 'web: a\nworker: # later\n', { platform: 'heroku' })[0]?.severity).toBe('warning');
    expect(findingsOf('comment-command', 'web: gunicorn app:app # prod\n')).toEqual([]);
  });
});

describe('runner-shell-syntax (herokuish include/procfile.bash)', () => {
  it('warns on Dokku that only the last part of a sequence runs', () => {
    const [finding] = findingsOf('runner-shell-syntax', 'web: python manage.py migrate && gunicorn app:app\n', { platform: 'dokku' });
    expect(finding).toMatchObject({ severity: 'warning' });
    expect(finding?.message).toContain('`exec $(eval echo "$cmd")`');
  });

  it('is an error for a prefix assignment, and silent elsewhere or with a Dockerfile deploy', async () => {
    expect(findingsOf('runner-shell-syntax', 'web: NODE_ENV=production node server.js\n', { platform: 'dokku' })[0]?.severity).toBe(
      'error',
    );
    expect(findingsOf('runner-shell-syntax', 'web: a && b\n', { platform: 'heroku' })).toEqual([]);
    expect(
      await findingsInTree('runner-shell-syntax', { Procfile: 'web: a && b\n', Dockerfile: 'FROM x\n' }, '.', { platform: 'dokku' }),
    ).toEqual([]);
  });
});

describe('release-not-run', () => {
  it('warns on Code Capsules, which documents no release phase (unverified), and suggests the web command', () => {
    const [finding] = findingsOf('release-not-run', 'release: python manage.py migrate\nweb: gunicorn app:app\n');
    expect(finding).toMatchObject({ severity: 'warning', line: 1 });
    expect(finding?.message).toContain('(unverified)');
    expect(finding?.message).toContain('`web: python manage.py migrate && gunicorn app:app`');
    for (const platform of ['heroku', 'heroku-fir', 'dokku'])
      expect(findingsOf('release-not-run', 'release: x\nweb: y\n', { platform })).toEqual([]);
  });
});

describe('command-not-found', () => {
  it('catches the Go module name where GCP names the binary main (pkg/golang/golang.go)', () => {
    const files = { 'go.mod': 'module github.com/heroku/go-getting-started\n', 'main.go': '' };
    const [finding] = findingsIn('command-not-found', 'web: go-getting-started\n', files);
    expect(finding).toMatchObject({ severity: 'error', column: 6 });
    expect(finding?.message).toContain('Write `main` instead');
    expect(findingsIn('command-not-found', 'web: bin/go-getting-started\n', files, { platform: 'heroku' })).toEqual([]);
  });

  it('catches heroku-php-apache2 on Code Capsules (cmd/php/webconfig), a warning when composer requires it', () => {
    expect(findingsIn('command-not-found', 'web: vendor/bin/heroku-php-apache2 public/\n', { 'composer.json': '{}' })[0]?.severity).toBe(
      'error',
    );
    const requires = { 'composer.json': '{"require":{"heroku/heroku-buildpack-php":"*"}}' };
    expect(findingsIn('command-not-found', 'web: vendor/bin/heroku-php-apache2 public/\n', requires)[0]?.severity).toBe('warning');
  });
});

describe('default-start-fails', () => {
  it('reports a Node app whose default `node index.js` has no file (pkg/nodejs/npm.go DefaultStartCommand)', async () => {
    const [finding] = await findingsInTree('default-start-fails', { 'package.json': '{"dependencies":{"express":"4"}}' });
    expect(finding).toMatchObject({ severity: 'error', file: 'package.json' });
    expect(finding?.message).toContain('starts `node index.js`');
    expect(await findingsInTree('default-start-fails', { 'package.json': '{}', 'index.js': '' })).toEqual([]);
    expect(await findingsInTree('default-start-fails', { 'package.json': '{"scripts":{"build":"tsc"}}' })).toEqual([]);
  });

  it('reports `npm start` with no start script on Heroku and Dokku (heroku-buildpack-nodejs bin/release)', async () => {
    for (const platform of ['heroku', 'dokku']) {
      const [finding] = await findingsInTree('default-start-fails', { 'package.json': '{"main":"app.js"}', 'app.js': '' }, '.', {
        platform,
      });
      expect(finding?.message).toContain('"Missing script: start"');
    }
  });

  it("warns that GCP's Python default listens on 8080, not the Network Port (cmd/python/missing_entrypoint)", async () => {
    const [finding] = await findingsInTree('default-start-fails', { 'main.py': '', 'requirements.txt': 'flask\n' });
    expect(finding).toMatchObject({ severity: 'warning', file: 'main.py' });
    expect(finding?.message).toContain('`gunicorn -b :8080 main:app`');
  });
});
