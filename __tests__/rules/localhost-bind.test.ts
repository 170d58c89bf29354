import { localhostBind } from '../../src/rules/localhost-bind.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(localhostBind, {
  valid: [
    'web: gunicorn app:app\n',
    'web: gunicorn app:app -b :$PORT\n',
    'web: uvicorn main:app --host 0.0.0.0 --port $PORT\n',
    'web: FLASK_RUN_HOST=0.0.0.0 flask run\n',
  ],
  invalid: [
    {
      code: 'web: flask run --host=127.0.0.1 --port=$PORT\n',
      errors: [{ line: 1, column: 16, endLine: 1, endColumn: 32, message: /Listen on `0\.0\.0\.0` instead/ }],
    },
    {
      code: 'web: gunicorn app:app --bind localhost:$PORT\n',
      errors: [{ line: 1, column: 30, endLine: 1, endColumn: 45, message: /Listen on `0\.0\.0\.0` instead/ }],
    },
    {
      code: 'web: uvicorn main:app --host ::1 --port $PORT\n',
      errors: [{ line: 1, column: 30, endLine: 1, endColumn: 33, message: /Listen on `0\.0\.0\.0` instead/ }],
    },
    {
      code: 'web: python manage.py runserver 127.0.0.1:$PORT\n',
      errors: [{ line: 1, column: 33, endLine: 1, endColumn: 48, message: /Listen on `0\.0\.0\.0` instead/ }],
    },
    {
      code: 'web: uvicorn main:app --port $PORT\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 13, message: /listens on 127\.0\.0\.1 unless told otherwise/ }],
    },
    {
      code: 'web: python manage.py runserver $PORT\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: /Add `0\.0\.0\.0:\$PORT`/ }],
    },
  ],
});
