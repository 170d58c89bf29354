import { appTargetMissing } from '../../src/rules/app-target-missing.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(appTargetMissing, {
  valid: [
    {
      code: 'web: gunicorn mysite.wsgi\n',
      files: { 'mysite/__init__.py': '', 'mysite/wsgi.py': '', 'backend/api/main.py': '', 'src/app.py': '' },
    },
    {
      code: 'web: cd backend && uvicorn api.main:app --host 0.0.0.0 --port $PORT\n',
      files: { 'mysite/__init__.py': '', 'mysite/wsgi.py': '', 'backend/api/main.py': '', 'src/app.py': '' },
    },
    {
      code: 'web: gunicorn --chdir backend api.main:app\n',
      files: { 'mysite/__init__.py': '', 'mysite/wsgi.py': '', 'backend/api/main.py': '', 'src/app.py': '' },
    },
    {
      code: 'web: uvicorn main:app --app-dir backend/api --port $PORT\n',
      files: { 'mysite/__init__.py': '', 'mysite/wsgi.py': '', 'backend/api/main.py': '', 'src/app.py': '' },
    },
    {
      code: 'web: gunicorn --pythonpath src app:app\n',
      files: { 'mysite/__init__.py': '', 'mysite/wsgi.py': '', 'backend/api/main.py': '', 'src/app.py': '' },
    },
    {
      code: 'web: gunicorn -w 4 --log-level info mysite.wsgi:application\n',
      files: { 'mysite/__init__.py': '', 'mysite/wsgi.py': '', 'backend/api/main.py': '', 'src/app.py': '' },
    },
    { code: 'worker: python -u bot.py --verbose\n', files: { 'bot.py': '' } },
    'web: gunicorn app:app\n',
    { code: 'web: gunicorn $APP_MODULE\n', files: {} },
  ],
  invalid: [
    {
      code: 'web: gunicorn app:app --bind 0.0.0.0:$PORT\n',
      files: { 'main.py': '' },
      errors: [{ line: 1, column: 15, endLine: 1, endColumn: 22, message: /No module named 'app'/ }],
    },
    {
      code: 'web: gunicorn app.py:app\n',
      files: { 'app.py': '' },
      errors: [{ line: 1, column: 15, endLine: 1, endColumn: 25, message: /Write `app:app`/ }],
    },
    {
      code: 'worker: python bot.py\n',
      files: { 'main.py': '' },
      errors: [{ line: 1, column: 16, endLine: 1, endColumn: 22, message: /`bot\.py` is not in the repository/ }],
    },
  ],
});
