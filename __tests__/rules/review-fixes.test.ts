/** Behaviour fixed after a review of every rule's examples on every platform (one case each, at the boundary of its rule). */
import { findingsIn, findingsInTree, findingsOf } from '../helpers/lint.js';
import { removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

describe('commands run through sh -c', () => {
  it('are not blamed for single quotes, which the inner shell removes', async () => {
    expect(findingsOf('bad-port-var', "web: sh -c 'gunicorn app:app --bind 0.0.0.0:$PORT'\n")).toEqual([]);
    expect(findingsOf('bad-port-var', "web: sh -c 'gunicorn app:app --bind 0.0.0.0:$port'\n")).toHaveLength(1);
  });
});

describe('package scripts of another folder', () => {
  it('are not looked up in the root package.json', async () => {
    expect(findingsIn('npm-start-no-script', 'web: npm start --prefix client\n', { 'package.json': '{}' })).toEqual([]);
    expect(findingsIn('npm-start-no-script', 'web: yarn --cwd api start\n', { 'package.json': '{}' })).toEqual([]);
  });
});

describe('server defaults', () => {
  it('puma loads config/puma.rb by itself, which sets the port', async () => {
    const files = { Gemfile: '', 'config/puma.rb': 'port ENV.fetch("PORT", 3000)\n' };
    expect(findingsIn('web-port-unbound', 'web: bundle exec puma\n', files)).toEqual([]);
    expect(findingsIn('web-port-unbound', 'web: bundle exec puma\n', { Gemfile: '' })).toHaveLength(1);
  });

  it('gunicorn given an address without a port listens on 8000, not $PORT', async () => {
    expect(findingsOf('web-port-unbound', 'web: gunicorn app:app --bind 0.0.0.0\n')[0]?.message).toContain('listens on port 8000');
  });

  it('PORT set to a number on the command line is a hard-coded port', async () => {
    const [finding] = findingsOf('hardcoded-port', 'web: PORT=8000 gunicorn app:app\n');
    expect(finding).toMatchObject({ column: 11, endColumn: 15 });
    expect(findingsOf('hardcoded-port', 'web: export PORT=5000 && gunicorn app:app\n')).toHaveLength(1);
  });

  it('Spring Boot: the note about -jar stays out of the suggested option', async () => {
    const [finding] = findingsIn('web-port-unbound', 'web: java -jar app.jar\n', { 'pom.xml': '' });
    expect(finding?.message).toContain('Add `-Dserver.port=$PORT` before `-jar`.');
  });
});

describe('Dockerfile apps without a Procfile', () => {
  it('need none where the Dockerfile gives the start command', async () => {
    const files = { 'requirements.txt': '', Dockerfile: 'FROM python\n' };
    expect(await findingsInTree('procfile-missing', files, '.', { platform: 'dokku' })).toEqual([]);
    expect(await findingsInTree('procfile-missing', files, '.', { platform: 'heroku' })).toHaveLength(1);
  });
});

describe('Python files below the root on Code Capsules', () => {
  it('make the app a Python app there, whatever the root says', async () => {
    const files = { Procfile: 'web: node server.js\n', 'package.json': '{}', 'server.js': '', 'scripts/seed.py': '' };
    const [finding] = await findingsInTree('language-mismatch', files);
    expect(finding?.message).toContain('Code Capsules builds this app as Python (`scripts/seed.py`)');
    expect(await findingsInTree('language-mismatch', files, '.', { platform: 'heroku' })).toEqual([]);
  });
});

describe('messages', () => {
  it('dev-server suggests the Django project module', async () => {
    const files = { 'manage.py': '', 'shop/wsgi.py': '', 'requirements.txt': 'Django\n' };
    expect(findingsIn('dev-server', 'web: python manage.py runserver 0.0.0.0:$PORT\n', files)[0]?.message).toContain(
      '`gunicorn shop.wsgi --bind 0.0.0.0:$PORT`',
    );
  });

  it('language-mismatch suggests a second buildpack where the platform allows one', async () => {
    const files = { 'requirements.txt': '', 'package.json': '{}' };
    expect(findingsIn('language-mismatch', 'web: gunicorn app:app\n', files, { platform: 'heroku' })[0]?.message).toContain(
      'or add its buildpack too (`heroku buildpacks:add`)',
    );
  });

  it('server-undeclared names the manifest the app uses, and how python -m fails', async () => {
    expect(findingsIn('server-undeclared', 'web: uvicorn main:app\n', { 'pyproject.toml': '[project]\n' })[0]?.message).toContain(
      'Add `uvicorn` to the dependencies in pyproject.toml.',
    );
    expect(findingsIn('server-undeclared', 'web: python -m gunicorn app:app\n', { 'requirements.txt': '' })[0]?.message).toContain(
      '"No module named gunicorn"',
    );
  });

  it('duplicate-process-type says which parsers see two different types', async () => {
    const [finding] = findingsOf('duplicate-process-type', 'web: a\nWeb: b\n', { platform: 'heroku-fir' });
    expect(finding?.message).toContain('Code Capsules, Heroku, Dokku, foreman and honcho see different process types');
    expect(finding?.message).toContain('Keep a single `web` line.');
  });

  it('a parser that takes the next line as the command is said to do so', async () => {
    const [finding] = findingsOf('empty-command', 'web: a\nworker:\n  celery -A app worker\n', { platform: 'heroku-fir' });
    expect(finding?.message).toContain('Code Capsules takes line 3 as its command');
  });
});

describe('second review', () => {
  it('bash -c "...": the outer shell expands $PORT inside single quotes of the inner command', () => {
    expect(findingsOf('bad-port-var', `web: bash -c "gunicorn app:app --bind '0.0.0.0:$PORT'"\n`)).toEqual([]);
  });

  it('hardcoded-port says to remove an assignment to PORT rather than to assign $PORT', () => {
    expect(findingsOf('hardcoded-port', 'web: PORT=8000 gunicorn app:app\n')[0]?.message).toContain('Remove the assignment to `PORT`');
  });

  it('web-port-unbound completes an address given without a port, instead of adding a second one', () => {
    expect(findingsOf('web-port-unbound', 'web: gunicorn app:app --bind 0.0.0.0\n')[0]?.message).toContain(
      'Give its address the port: `0.0.0.0:$PORT`',
    );
  });

  it('a carriage return at the end of the file: what each parser does, severity from the platform', () => {
    const [finding] = findingsOf('control-character', 'web: gunicorn app:app\r', { platform: 'dokku' });
    expect(finding?.message).toContain('Dokku, Code Capsules and honcho strip it, Heroku and foreman pass it to bash at the end of the command and Heroku (Fir) rejects the Procfile');
    expect(finding?.severity).toBe('warning');
    expect(findingsOf('control-character', 'web: gunicorn app:app\r', { platform: 'heroku' })[0]?.severity).toBe('error');
  });

  it('invalid-config cannot be configured away', async () => {
    const yml = 'rules:\n  invalid-config: off\n  procfile-mising: off\n';
    const problems = await findingsInTree('invalid-config', { Procfile: 'web: gunicorn app:app\n', '.procfile-lint.yml': yml });
    expect(problems.map((problem) => problem.line)).toEqual([2, 3]);
    expect(problems[0]?.message).toContain('`invalid-config` cannot be turned off or changed');
  });
});
