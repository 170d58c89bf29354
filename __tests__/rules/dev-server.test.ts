import { devServer } from '../../src/rules/dev-server.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(devServer, {
  valid: ['web: gunicorn app:app\nworker: flask run\n'],
  invalid: [
    {
      code: 'web: python3 -m flask run --host=0.0.0.0 --port=$PORT\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 13, message: /Flask's development server/ }],
    },
    {
      code: 'web: python manage.py runserver 0.0.0.0:$PORT\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: /Django's development server/ }],
    },
    {
      code: 'web: nodemon server.js\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 13, message: /restarts the app when files change/ }],
    },
    {
      code: 'web: npm run dev\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 17, message: /usually starts a development server/ }],
    },
    {
      code: 'web: npx next dev -p $PORT\n',
      errors: [{ line: 1, column: 10, endLine: 1, endColumn: 14, message: /next build/ }],
    },
    {
      code: 'web: python manage.py runserver 0.0.0.0:$PORT\n',
      files: { 'manage.py': '', 'shop/wsgi.py': '', 'requirements.txt': 'Django\n' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: /`gunicorn shop\.wsgi --bind 0\.0\.0\.0:\$PORT`/ }],
    },
    {
      // heroku-php-apache2 comes only with Heroku's PHP buildpack: elsewhere the advice is what that platform serves with.
      code: 'web: php artisan serve --host=0.0.0.0 --port=$PORT\n',
      files: { 'composer.json': '{}', artisan: '' },
      errors: {
        codecapsules: [
          {
            line: 1,
            column: 6,
            endLine: 1,
            endColumn: 9,
            message:
              /`heroku-php-apache2`, the usual production server, is not installed on Code Capsules: .*nginx and php-fpm.*delete the Procfile/,
          },
        ],
        heroku: [
          { line: 1, column: 6, endLine: 1, endColumn: 9, message: /Serve with heroku-php-apache2: `heroku-php-apache2 public\/`\.$/ },
        ],
        'heroku-fir': [
          { line: 1, column: 6, endLine: 1, endColumn: 9, message: /Serve with heroku-php-apache2: `heroku-php-apache2 public\/`\.$/ },
        ],
        dokku: [
          { line: 1, column: 6, endLine: 1, endColumn: 9, message: /Serve with heroku-php-apache2: `heroku-php-apache2 public\/`\.$/ },
        ],
      },
    },
  ],
});
