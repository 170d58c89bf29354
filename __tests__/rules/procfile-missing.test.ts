import { findingsInTree } from '../helpers/lint.js';
import { removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

const missing = (files: Record<string, string>, platform?: string) =>
  findingsInTree('procfile-missing', files, '.', platform ? { platform } : {});

describe('procfile-missing', () => {
  it('reports a Python app without a Procfile at its evidence, with a Procfile line that fits', async () => {
    // Without main.py or app.py the build fails (GoogleCloudPlatform/buildpacks cmd/python/missing_entrypoint).
    const [finding] = await missing({ 'requirements.txt': 'Flask\ngunicorn\n', 'server.py': '' });
    expect(finding).toMatchObject({ severity: 'error', file: 'server.py', line: 1 });
    expect(finding?.message).toContain('This is a Python app (`server.py`) with no Procfile');
    expect(finding?.message).toContain('the build fails: `for Python, provide a main.py or app.py file');
    expect(finding?.message).toContain('`web: gunicorn server:app --bind 0.0.0.0:$PORT`');
    expect(finding?.message).toContain("a Run Command in the capsule's settings");
    expect(finding?.message).toContain('`procfile-missing: off`');
  });

  it('suggests what fits Django, FastAPI and Rails', async () => {
    expect((await missing({ 'manage.py': '', 'requirements.txt': 'Django\n', 'shop/wsgi.py': '' }))[0]?.message).toContain('web: gunicorn shop.wsgi');
    expect((await missing({ 'main.py': '', 'requirements.txt': 'fastapi\n' }, 'heroku'))[0]?.message).toContain('web: uvicorn main:app');
    expect((await missing({ Gemfile: '', 'config/application.rb': '' }))[0]?.message).toContain('bundle exec rails server');
  });

  it('follows the platform: Ruby needs one on Code Capsules, not on Heroku (heroku-buildpack-ruby rack.rb)', async () => {
    expect(await missing({ Gemfile: '', 'config.ru': '', 'app.rb': '' })).toHaveLength(1);
    expect(await missing({ Gemfile: '', 'config.ru': '' }, 'heroku')).toEqual([]);
  });

  it('says when the missing Procfile makes Code Capsules build another language (builders/gcp/base/builder.toml)', async () => {
    const [finding] = await missing({ Gemfile: '', 'config/application.rb': '', 'package.json': '{"scripts":{"build":"esbuild"}}' });
    expect(finding).toMatchObject({ severity: 'error', file: 'Gemfile' });
    expect(finding?.message).toContain('so Code Capsules builds it as Node.js (`package.json`)');
    expect(finding?.message).toContain('runs only with a Procfile');
    expect(await missing({ Gemfile: '', 'config/application.rb': '', 'package.json': '{}' }, 'heroku')).toEqual([]);
  });

  it('stays quiet for apps that need none, Docker capsules, and when a misnamed file explains it', async () => {
    expect(await missing({ 'package.json': '{}' })).toEqual([]);
    expect(await missing({ 'requirements.txt': '', 'app.py': '' })).toEqual([]);
    expect(await missing({ 'requirements.txt': '', Dockerfile: '' })).toEqual([]);
    expect(await missing({ 'requirements.txt': '', 'Procfile.txt': 'web: x\n' })).toEqual([]);
    expect(await missing({ 'requirements.txt': '', Procfile: 'web: gunicorn app:app\n' })).toEqual([]);
  });
});
