import { findingsIn, findingsOf } from '../helpers/lint.js';

const missing = (procfile: string, files: Record<string, string>) => findingsIn('app-target-missing', procfile, files);

describe('app-target-missing', () => {
  it('reports a module that is not in the repository, at the target', () => {
    const [finding] = missing('web: gunicorn app:app --bind 0.0.0.0:$PORT\n', { 'main.py': '' });
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 15, endColumn: 22 });
    expect(finding?.message).toContain("there is no `app.py` or package `app`");
    expect(finding?.message).toContain("No module named 'app'");
  });

  it('reports a file name given instead of a module', () => {
    const [finding] = missing('web: gunicorn app.py:app\n', { 'app.py': '' });
    expect(finding?.message).toContain('imports a Python module, not a file');
    expect(finding?.message).toContain('Write `app:app`');
  });

  it('finds modules in packages, after cd, --chdir, --app-dir and --pythonpath', () => {
    const files = { 'mysite/__init__.py': '', 'mysite/wsgi.py': '', 'backend/api/main.py': '', 'src/app.py': '' };
    for (const procfile of [
      'web: gunicorn mysite.wsgi\n',
      'web: cd backend && uvicorn api.main:app --host 0.0.0.0 --port $PORT\n',
      'web: gunicorn --chdir backend api.main:app\n',
      'web: uvicorn main:app --app-dir backend/api --port $PORT\n',
      'web: gunicorn --pythonpath src app:app\n',
      'web: gunicorn -w 4 --log-level info mysite.wsgi:application\n',
    ]) {
      expect(missing(procfile, files)).toEqual([]);
    }
  });

  it('reports a python script that is not there, and accepts one that is', () => {
    expect(missing('worker: python bot.py\n', { 'main.py': '' })[0]?.message).toContain("`bot.py` is not in the repository");
    expect(missing('worker: python -u bot.py --verbose\n', { 'bot.py': '' })).toEqual([]);
  });

  it('says nothing when the app files are unknown or the target is computed', () => {
    expect(findingsOf('app-target-missing', 'web: gunicorn app:app\n')).toEqual([]);
    expect(missing('web: gunicorn $APP_MODULE\n', {})).toEqual([]);
  });
});
