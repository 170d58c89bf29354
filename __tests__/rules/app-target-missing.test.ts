import { appTargetMissing } from '../../src/rules/app-target-missing.js';
import { testRule } from '../helpers/rule-tester.js';

const bot = 'import os\nimport discord\n\nclient = discord.Client(intents=discord.Intents.default())\nclient.run(os.environ["TOKEN"])\n';

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
    // The attribute: a factory gunicorn calls, and one uvicorn calls with --factory.
    { code: "web: gunicorn 'app:create_app()'\n", files: { 'app.py': 'def create_app():\n    return Flask(__name__)\n' } },
    { code: 'web: uvicorn --factory main:build --port $PORT\n', files: { 'main.py': 'def build():\n    return App()\n' } },
    // Nothing is said when the module may still bind it, or does not parse.
    { code: 'web: gunicorn main:app\n', files: { 'main.py': 'from views import *\n' } },
    { code: 'web: gunicorn main:app\n', files: { 'main.py': 'globals()["app"] = make()\n' } },
    { code: 'web: gunicorn main:app\n', files: { 'main.py': 'def broken(:\n' } },
    { code: 'web: gunicorn main:app\n', files: { 'main.py': 'def __getattr__(name):\n    return 1\n' } },
    // A package whose __init__.py binds nothing, and a namespace package: which module is meant is not certain.
    { code: 'web: gunicorn app:app\n', files: { 'app/__init__.py': '', 'app/app.py': 'app = 1\n' } },
    { code: 'web: gunicorn ns:app\n', files: { 'ns/': '' } },
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
    {
      name: 'a module that parses and certainly lacks the attribute, at the target',
      code: 'web: gunicorn main:app --bind 0.0.0.0:$PORT\n',
      files: { 'main.py': bot },
      errors: [
        {
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 23,
          message:
            "`web`: `gunicorn` imports `app` from `main.py`, but that module defines no attribute `app` at its top level, so the server exits at start with `Failed to find attribute 'app' in 'main'.`, and again each time the platform restarts it. Point it at the module and name of the app object (`main:app` needs `app = ...` at the top level of `main.py`), or, if this is not a web app, run it with `python` as a `worker`.",
        },
      ],
    },
    {
      name: "gunicorn's default attribute, `application`",
      code: 'web: gunicorn mysite.wsgi\n',
      files: { 'mysite/wsgi.py': 'app = make()\n' },
      errors: [
        {
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 26,
          message:
            /^`web`: `gunicorn` imports `application` from `mysite\/wsgi\.py` \(`gunicorn` looks for `application` when the target names no attribute\), but that module defines no attribute `application` at its top level, .* Name the object that is the app: `mysite\.wsgi:app`\.$/,
        },
      ],
    },
    {
      name: 'the factory a call names',
      code: "web: gunicorn 'app:create_app()'\n",
      files: { 'app.py': 'def make():\n    pass\n' },
      errors: [
        {
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 33,
          message:
            /^`web`: `gunicorn` imports `create_app` from `app\.py`, but that module defines no attribute `create_app` at its top level, /,
        },
      ],
    },
    {
      name: 'an app-like name the module binds instead',
      code: 'web: uvicorn main:app --port $PORT\n',
      files: { 'main.py': 'from fastapi import FastAPI\napi = FastAPI()\n' },
      errors: [
        {
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 22,
          message:
            '`web`: `uvicorn` imports `app` from `main.py`, but that module defines no attribute `app` at its top level, so the server exits at start with `Error loading ASGI app. Attribute "app" not found in module "main".`, and again each time the platform restarts it. Name the object that is the app: `main:api`.',
        },
      ],
    },
    {
      name: 'a factory the module binds instead, called',
      code: 'web: gunicorn main:app\n',
      files: { 'main.py': 'def create_app():\n    app = Flask(__name__)\n    return app\n' },
      errors: [
        {
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 23,
          message: /^`web`: `gunicorn` imports `app` from `main\.py`, .* Name the object that is the app: `main:create_app\(\)`\.$/,
        },
      ],
    },
  ],
});
