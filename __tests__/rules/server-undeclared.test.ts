import { findingsIn, findingsInTree } from '../helpers/lint.js';
import { removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

const undeclared = (procfile: string, files: Record<string, string>) => findingsIn('server-undeclared', procfile, files);

describe('server-undeclared', () => {
  it('reports gunicorn missing from requirements.txt, at the program', () => {
    const [finding] = undeclared('web: gunicorn app:app\n', { 'requirements.txt': 'Flask==3.1.0\n', 'app.py': '' });
    expect(finding).toMatchObject({ severity: 'error', column: 6, endColumn: 14 });
    expect(finding?.message).toContain('`requirements.txt` does not list it');
    expect(finding?.message).toContain('Add `gunicorn` to requirements.txt');
  });

  it('follows -r includes, and normalises names', () => {
    const files = { 'requirements.txt': '-r requirements/prod.txt\n', 'requirements/prod.txt': 'Gunicorn[gevent]>=22 # server\n' };
    expect(undeclared('web: gunicorn app:app\n', files)).toEqual([]);
  });

  it('reads Pipfile, pyproject.toml and lock files', () => {
    expect(undeclared('web: uvicorn main:app\n', { 'Pipfile': '[packages]\nuvicorn = "*"\n' })).toEqual([]);
    expect(undeclared('web: uvicorn main:app\n', { 'pyproject.toml': 'dependencies = ["uvicorn[standard]>=0.30"]\n' })).toEqual([]);
    expect(undeclared('worker: celery -A app worker\n', { 'poetry.lock': '[[package]]\nname = "celery"\n' })).toEqual([]);
  });

  it('is only a warning when a manifest declares things procfile-lint cannot follow', () => {
    const [finding] = undeclared('web: gunicorn app:app\n', { 'requirements.txt': '-e .\n', 'setup.py': '' });
    expect(finding?.severity).toBe('warning');
  });

  it('says when there is no manifest at all', () => {
    expect(undeclared('web: python -m gunicorn app:app\n', { 'app.py': '' })[0]?.message).toContain(
      'there is no requirements.txt, Pipfile or pyproject.toml',
    );
  });
});

describe('server-undeclared and manifest encodings', () => {
  it('reads a UTF-16 requirements.txt, as pip does', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Django==4.0\r\ngunicorn==20.1.0\r\n', 'utf16le')]);
    expect(await findingsInTree('server-undeclared', { Procfile: 'web: gunicorn app:app\n', 'app.py': '', 'requirements.txt': utf16 })).toEqual([]);
  });
});
