import { serverUndeclared } from '../../src/rules/server-undeclared.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(serverUndeclared, {
  valid: [
    {
      code: 'web: gunicorn app:app\n',
      files: { 'requirements.txt': '-r requirements/prod.txt\n', 'requirements/prod.txt': 'Gunicorn[gevent]>=22 # server\n' },
    },
    { code: 'web: uvicorn main:app\n', files: { Pipfile: '[packages]\nuvicorn = "*"\n' } },
    { code: 'web: uvicorn main:app\n', files: { 'pyproject.toml': 'dependencies = ["uvicorn[standard]>=0.30"]\n' } },
    { code: 'worker: celery -A app worker\n', files: { 'poetry.lock': '[[package]]\nname = "celery"\n' } },
    {
      tree: {
        Procfile: 'web: gunicorn app:app\n',
        'app.py': '',
        'requirements.txt': Buffer.from(
          'fffe44006a0061006e0067006f003d003d0034002e0030000d000a00670075006e00690063006f0072006e003d003d00320030002e0031002e0030000d000a00',
          'hex',
        ),
      },
    },
    'web: gunicorn app:app\n',
  ],
  invalid: [
    {
      code: 'web: gunicorn app:app\n',
      files: { 'requirements.txt': 'Flask==3.1.0\n', 'app.py': '' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 14, message: /Add `gunicorn` to requirements\.txt/ }],
    },
    {
      code: 'web: gunicorn app:app\n',
      files: { 'requirements.txt': '-e .\n', 'setup.py': '' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 14, severity: 'warning', message: /as far as procfile-lint can follow them/ }],
    },
    {
      code: 'web: python -m gunicorn app:app\n',
      files: { 'app.py': '' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: /there is no requirements\.txt, Pipfile or pyproject\.toml/ }],
    },
    {
      code: 'web: uvicorn main:app\n',
      files: { 'pyproject.toml': '[project]\n' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 13, message: /Add `uvicorn` to the dependencies in pyproject\.toml\./ }],
    },
    {
      code: 'web: python -m gunicorn app:app\n',
      files: { 'requirements.txt': '' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: /"No module named gunicorn"/ }],
    },
  ],
});
