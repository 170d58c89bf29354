import { findingsInTree } from '../helpers/lint.js';
import { removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

const missing = (files: Record<string, string>, platform?: string) =>
  findingsInTree('procfile-missing', files, '.', platform ? { platform } : {});

describe('procfile-missing', () => {
  it('reports a Python app without a Procfile at its evidence, with a Procfile line that fits', async () => {
    const [finding] = await missing({ 'requirements.txt': 'Flask\ngunicorn\n', 'app.py': 'app = Flask(__name__)\n' });
    expect(finding).toMatchObject({ severity: 'error', file: 'requirements.txt', line: 1 });
    expect(finding?.message).toContain('This is a Python app (`requirements.txt`) with no Procfile');
    expect(finding?.message).toContain('`web: gunicorn app:app --bind 0.0.0.0:$PORT`');
    expect(finding?.message).toContain("a Run Command in the capsule's settings");
    expect(finding?.message).toContain('`procfile-missing: off`');
  });

  it('suggests what fits Django, FastAPI and Rails', async () => {
    expect((await missing({ 'manage.py': '', 'requirements.txt': 'Django\ngunicorn\n', 'shop/wsgi.py': '', 'shop/settings.py': '' }))[0]?.message).toContain('web: gunicorn shop.wsgi');
    expect((await missing({ 'main.py': 'app = FastAPI()\n', 'requirements.txt': 'fastapi\nuvicorn\n' }))[0]?.message).toContain('web: uvicorn main:app');
    expect((await missing({ Gemfile: "gem 'rails'\n", 'config/application.rb': '' }))[0]?.message).toContain('bundle exec rails server');
  });

  it('follows the platform: Ruby needs one on Code Capsules, not on Heroku', async () => {
    expect(await missing({ Gemfile: '', 'config.ru': '' })).toHaveLength(1);
    expect(await missing({ Gemfile: '', 'config.ru': '' }, 'heroku')).toEqual([]);
  });

  it('stays quiet for apps that need none, Docker capsules, and when a misnamed file explains it', async () => {
    expect(await missing({ 'package.json': '{}' })).toEqual([]);
    expect(await missing({ 'requirements.txt': '', Dockerfile: '' })).toEqual([]);
    expect(await missing({ 'requirements.txt': '', 'Procfile.txt': 'web: x\n' })).toEqual([]);
    expect(await missing({ 'requirements.txt': '', Procfile: 'web: gunicorn app:app\n' })).toEqual([]);
  });
});
