import { findingsIn } from '../helpers/lint.js';

const missing = (procfile: string, files: Record<string, string>) => findingsIn('app-target-missing', procfile, files);

describe('app-target-missing: the attribute the server imports', () => {
  const bot = 'import os\nimport discord\n\nclient = discord.Client(intents=discord.Intents.default())\nclient.run(os.environ["TOKEN"])\n';

  it('reports a module that parses and certainly lacks it, at the target', () => {
    const [finding] = missing('web: gunicorn main:app --bind 0.0.0.0:$PORT\n', { 'main.py': bot });
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 15, endColumn: 23 });
    expect(finding?.message).toContain('defines no attribute `app` at its top level');
    expect(finding?.message).toContain('Failed to find attribute');
  });

  it("follows gunicorn's default attribute and factory call, and uvicorn's factory", () => {
    expect(missing('web: gunicorn mysite.wsgi\n', { 'mysite/wsgi.py': 'app = make()\n' })[0]?.message).toContain('looks for `application`');
    expect(missing('web: gunicorn mysite.wsgi\n', { 'mysite/wsgi.py': 'app = make()\n' })[0]?.message).toContain('`mysite.wsgi:app`');
    expect(missing("web: gunicorn 'app:create_app()'\n", { 'app.py': 'def create_app():\n    return Flask(__name__)\n' })).toEqual([]);
    expect(missing("web: gunicorn 'app:create_app()'\n", { 'app.py': 'def make():\n    pass\n' })[0]?.message).toContain('`create_app`');
    expect(missing('web: uvicorn --factory main:build --port $PORT\n', { 'main.py': 'def build():\n    return App()\n' })).toEqual([]);
  });

  it('suggests the app-like names the module binds', () => {
    const [finding] = missing('web: uvicorn main:app --port $PORT\n', { 'main.py': 'from fastapi import FastAPI\napi = FastAPI()\n' });
    expect(finding?.message).toContain('Name the object that is the app: `main:api`');
    const [factory] = missing('web: gunicorn main:app\n', { 'main.py': 'def create_app():\n    app = Flask(__name__)\n    return app\n' });
    expect(factory?.message).toContain('`main:create_app()`');
  });

  it('says nothing when it cannot be sure', () => {
    for (const source of [
      'from views import *\n',
      'globals()["app"] = make()\n',
      'def broken(:\n',
      'def __getattr__(name):\n    return 1\n',
    ]) {
      expect(missing('web: gunicorn main:app\n', { 'main.py': source })).toEqual([]);
    }
    expect(missing('web: gunicorn app:app\n', { 'app/__init__.py': '', 'app/app.py': 'app = 1\n' })).toEqual([]);
    expect(missing('web: gunicorn ns:app\n', { 'ns/': '' })).toEqual([]);
  });
});
