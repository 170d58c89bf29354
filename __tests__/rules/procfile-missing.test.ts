import { procfileMissing } from '../../src/rules/procfile-missing.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(procfileMissing, {
  valid: [
    { tree: { "package.json": "{}" } },
    { tree: { "requirements.txt": "", "Procfile.txt": "web: x\n" } },
    { tree: { "requirements.txt": "", "Procfile": "web: gunicorn app:app\n" } },
  ],
  invalid: [
    {
      tree: { "requirements.txt": "Flask\ngunicorn\n", "app.py": "" },
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 1, message: /`web: gunicorn app:app --bind 0\.0\.0\.0:\$PORT`/, file: "requirements.txt" },
      ],
    },
    {
      tree: { "manage.py": "", "requirements.txt": "Django\n", "shop/wsgi.py": "" },
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 1, message: /web: gunicorn shop\.wsgi/, file: "requirements.txt" },
      ],
    },
    {
      tree: { "main.py": "", "requirements.txt": "fastapi\n" },
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 1, message: /web: uvicorn main:app/, file: "requirements.txt" },
      ],
    },
    {
      tree: { "Gemfile": "", "config/application.rb": "" },
      errors: {
        codecapsules: [
          { line: 1, column: 1, endLine: 1, endColumn: 1, message: /bundle exec rails server/, file: "Gemfile" },
        ],
        heroku: [],
        'heroku-fir': [],
        dokku: [],
      },
    },
    {
      tree: { "Gemfile": "", "config.ru": "" },
      errors: {
        codecapsules: [
          { line: 1, column: 1, endLine: 1, endColumn: 1, message: /with no Procfile/, file: "Gemfile" },
        ],
        heroku: [],
        'heroku-fir': [],
        dokku: [],
      },
    },
    {
      tree: { "requirements.txt": "", "Dockerfile": "FROM python\n" },
      errors: {
        codecapsules: [],
        heroku: [
          { line: 1, column: 1, endLine: 1, endColumn: 1, message: /with no Procfile/, file: "requirements.txt" },
        ],
        'heroku-fir': [
          { line: 1, column: 1, endLine: 1, endColumn: 1, message: /with no Procfile/, file: "requirements.txt" },
        ],
        dokku: [],
      },
    },
  ],
});
