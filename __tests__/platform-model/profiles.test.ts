/** Each profile fact, with the source it was read from. */
import { gcpDefaultStart, herokuClassicDefaultStart } from '../../src/commands/defaults.js';
import { herokuishProblems } from '../../src/commands/herokuish.js';
import { fixedPortVerdict, missingProgram, runtimeAvailability } from '../../src/commands/runtime.js';
import { memoryAppFiles } from '../../src/engine/app-files.js';
import { detect } from '../../src/engine/detect.js';
import { readAll } from '../../src/engine/readers/index.js';
import { decodeSource } from '../../src/engine/source.js';
import { findPlatform, type PlatformProfile } from '../../src/platforms/index.js';

const platform = (id: string) => findPlatform(id) as PlatformProfile;
const files = (given: Record<string, string>) => memoryAppFiles(given);

describe('default start commands without a Procfile', () => {
  it('GCP Python: gunicorn -b :8080 main:app, main.py before app.py (cmd/python/missing_entrypoint/lib/lib.go)', () => {
    expect(gcpDefaultStart('python', files({ 'app.py': '', 'main.py': '' }))).toMatchObject({
      kind: 'command',
      command: 'gunicorn -b :8080 main:app',
      fixedPort: 8080,
    });
    expect(gcpDefaultStart('python', files({ 'app.py': '' }))).toMatchObject({ command: 'gunicorn -b :8080 app:app' });
    expect(gcpDefaultStart('python', files({ 'bot.py': '' }))).toMatchObject({
      kind: 'fails',
      message: expect.stringContaining('provide a main.py or app.py'),
    });
    expect(gcpDefaultStart('python', files({ 'bot.py': '', 'pyproject.toml': '' }))).toBeNull();
  });

  it('GCP Node: the order of DefaultStartCommand (pkg/nodejs/npm.go)', () => {
    const node = (given: Record<string, string>) => gcpDefaultStart('node', files(given));
    expect(node({ 'package.json': '{"scripts":{"start":"node a.js"},"main":"b.js"}' })).toMatchObject({ command: 'npm run start' });
    expect(node({ 'package.json': '{"main":"b.js"}', 'server.js': '' })).toMatchObject({ command: 'npm run start' });
    expect(node({ 'package.json': '{"main":"lib/b.js"}' })).toMatchObject({ command: 'node lib/b.js' });
    expect(node({ 'package.json': '{}' })).toMatchObject({ command: 'node index.js' });
    expect(node({ 'app.js': '' })).toMatchObject({ command: 'node index.js', why: 'there is no package.json' });
    expect(node({ 'package.json': '{"dependencies":{"nuxt":"3"}}' })).toBeNull();
  });

  it('GCP Ruby needs an entrypoint; Go runs the binary main (cmd/ruby/missing_entrypoint, pkg/golang/golang.go)', () => {
    expect(gcpDefaultStart('ruby', files({}))).toMatchObject({
      kind: 'fails',
      message: expect.stringContaining('an entrypoint must be manually set'),
    });
    expect(gcpDefaultStart('go', files({}))).toMatchObject({ command: 'main' });
  });

  it('Heroku classic: npm start, heroku-php-apache2, Rails and Rack defaults, none for Python (bin/release of each buildpack)', () => {
    expect(herokuClassicDefaultStart('node', files({}))).toMatchObject({ command: 'npm start' });
    expect(herokuClassicDefaultStart('php', files({}))).toMatchObject({ command: 'heroku-php-apache2' });
    expect(herokuClassicDefaultStart('python', files({}))).toMatchObject({ kind: 'none' });
    const rails = files({ 'Gemfile.lock': 'GEM\n  specs:\n    railties (7.1.0)\n' });
    expect(herokuClassicDefaultStart('ruby', rails)).toMatchObject({ command: 'bin/rails server -p ${PORT:-5000} -e $RAILS_ENV' });
    expect(herokuClassicDefaultStart('ruby', files({ 'config.ru': '' }))).toMatchObject({
      command: 'bundle exec rackup config.ru -p ${PORT:-5000}',
    });
  });
});

describe('how a command runs', () => {
  it('bash -c on Code Capsules and Heroku, herokuish exec on Dokku (include/procfile.bash)', () => {
    expect(['codecapsules', 'heroku', 'heroku-fir', 'dokku'].map((id) => platform(id).execution.kind)).toEqual([
      'bash-c',
      'bash-c',
      'bash-c',
      'herokuish-exec',
    ]);
  });

  it('herokuish: sequences, cd, prefix assignments, redirects and quoted spaces do not run as written', () => {
    const kinds = (command: string) => herokuishProblems(command).map((p) => `${p.kind}${p.certain ? '!' : ''}`);
    expect(kinds('python manage.py migrate && gunicorn app:app')).toEqual(['sequence']);
    expect(kinds('cd backend && gunicorn app:app')).toEqual(['cd']);
    expect(kinds('npm run build; npm start')).toEqual(['sequence']);
    expect(kinds('NODE_ENV=production node server.js')).toEqual(['assignment!']);
    expect(kinds('node server.js > log.txt')).toEqual(['redirect!']);
    expect(kinds('node server.js 2>&1')).toEqual([]);
    expect(kinds("sh -c 'migrate && serve'")).toEqual(['quotes']);
    expect(kinds('gunicorn app:app --bind 0.0.0.0:$PORT')).toEqual([]);
    expect(kinds('bin/start "$PORT"')).toEqual([]);
  });
});

describe('what exists at run time', () => {
  const detectFor = (id: string, entries: string[]) => detect(entries, platform(id), { hasProcfile: true });

  it('GCP has no heroku-php-* (cmd/php/webconfig) and no Heroku buildpack helpers', () => {
    const app = files({ 'composer.json': '{}' });
    expect(missingProgram(platform('codecapsules'), app, 'vendor/bin/heroku-php-apache2')?.why).toContain('nginx and php-fpm');
    expect(missingProgram(platform('codecapsules'), app, 'bin/start-pgbouncer')).not.toBeNull();
    expect(missingProgram(platform('heroku'), app, 'heroku-php-apache2')).toBeNull();
  });

  it('GCP installs only the winning group runtime (stacks/google_22/run-packages.txt), Heroku may add buildpacks', () => {
    const python = detectFor('codecapsules', ['app.py', 'package.json']);
    expect(runtimeAvailability(platform('codecapsules'), python, 'node')).toBe('absent');
    expect(runtimeAvailability(platform('codecapsules'), detectFor('codecapsules', ['Gemfile']), 'node')).toBe('installed');
    expect(runtimeAvailability(platform('heroku'), detectFor('heroku', ['requirements.txt']), 'node')).toBe('unknown');
  });
});

describe('the port contract', () => {
  it('Heroku: a random $PORT, so any fixed port is an error (devcenter: R10)', () => {
    expect(fixedPortVerdict(platform('heroku'), 3000).severity).toBe('error');
  });

  it('Code Capsules: the Network Port, 3000 by default (docusaurus-docs docs/products/backend-capsule/configure.md)', () => {
    expect(fixedPortVerdict(platform('codecapsules'), 3000)).toMatchObject({
      severity: 'warning',
      why: expect.stringContaining('default'),
    });
    expect(fixedPortVerdict(platform('codecapsules'), 8000)).toMatchObject({
      severity: 'warning',
      why: expect.stringContaining('Network Port setting of the capsule is set to 8000'),
    });
  });

  it('Dokku: PORT 5000 by default', () => {
    expect(platform('dokku').port.defaultValue).toBe(5000);
  });
});

describe('process types', () => {
  it('release is unverified on Code Capsules and runs on Heroku and Dokku', () => {
    expect(['codecapsules', 'heroku', 'heroku-fir', 'dokku'].map((id) => platform(id).processTypes.release)).toEqual([
      'unverified',
      true,
      true,
      true,
    ]);
  });

  it('Dokku reads procfile-util without --strict, and refuses a comment in place of a command (procfile/parse.go)', () => {
    const readings = readAll(decodeSource(Buffer.from('background_worker: celery -A app worker\nweb: # TODO\n')));
    expect(readings.dokku.failure?.message).toBe('comment specified in place of command, line 2');
    const lax = readAll(decodeSource(Buffer.from('background_worker: celery -A app worker\n')));
    expect(lax.dokku.processes.map((p) => p.type)).toEqual(['background_worker']);
  });
});
