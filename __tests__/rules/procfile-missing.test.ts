import { procfileMissing } from '../../src/rules/procfile-missing.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(procfileMissing, {
  valid: [
    { tree: { 'package.json': '{}' } },
    { tree: { 'requirements.txt': '', 'Procfile.txt': 'web: x\n' } },
    { tree: { 'requirements.txt': '', Procfile: 'web: gunicorn app:app\n' } },
  ],
  invalid: [
    {
      // GCP: without main.py or app.py the build fails (cmd/python/missing_entrypoint); the evidence is the *.py there.
      tree: { 'requirements.txt': 'Flask\ngunicorn\n', 'server.py': 'app = Flask(__name__)\n' },
      errors: {
        codecapsules: [
          {
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            message: /`web: gunicorn server:app --bind 0\.0\.0\.0:\$PORT`/,
            file: 'server.py',
          },
        ],
        heroku: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /declares no default process type/, file: 'requirements.txt' }],
        'heroku-fir': [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /with no Procfile/, file: 'requirements.txt' }],
        dokku: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /declares no default process type/, file: 'requirements.txt' }],
      },
    },
    {
      tree: { 'manage.py': '', 'requirements.txt': 'Django\ngunicorn\n', 'shop/wsgi.py': '', 'shop/settings.py': '' },
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /web: gunicorn shop\.wsgi/, file: 'manage.py' }],
    },
    {
      // GCP starts `gunicorn -b :8080 main:app` by itself (default-start-fails warns about the port).
      tree: { 'main.py': 'app = FastAPI()\n', 'requirements.txt': 'fastapi\nuvicorn\n' },
      errors: {
        codecapsules: [],
        heroku: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /web: uvicorn main:app/, file: 'main.py' }],
        'heroku-fir': [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /web: uvicorn main:app/, file: 'main.py' }],
        dokku: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /web: uvicorn main:app/, file: 'main.py' }],
      },
    },
    {
      tree: { Gemfile: "gem 'rails'\n", 'config/application.rb': '' },
      errors: {
        codecapsules: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /bundle exec rails server/, file: 'Gemfile' }],
        heroku: [],
        'heroku-fir': [],
        dokku: [],
      },
    },
    {
      tree: { Gemfile: '', 'config.ru': '' },
      errors: {
        codecapsules: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /with no Procfile/, file: 'Gemfile' }],
        heroku: [],
        'heroku-fir': [],
        dokku: [],
      },
    },
    {
      tree: { 'requirements.txt': '', Dockerfile: 'FROM python\n' },
      errors: {
        codecapsules: [],
        heroku: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /with no Procfile/, file: 'requirements.txt' }],
        'heroku-fir': [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: /with no Procfile/, file: 'requirements.txt' }],
        dokku: [],
      },
    },
  ],
});
