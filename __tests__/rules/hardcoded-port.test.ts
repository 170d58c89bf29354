import { hardcodedPort } from '../../src/rules/hardcoded-port.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(hardcodedPort, {
  valid: [
    'web: uvicorn main:app --port $PORT\n',
    'web: uvicorn main:app --port "${PORT:-8000}"\n',
    'worker: uvicorn main:app --port 9000\nweb: gunicorn app:app\n',
  ],
  invalid: [
    {
      code: 'web: uvicorn main:app --host 0.0.0.0 --port 8000\n',
      errors: [{ line: 1, column: 45, endLine: 1, endColumn: 49, message: /Use `\$PORT` instead/ }],
    },
    {
      code: 'web: gunicorn app:app -b 0.0.0.0:5000\n',
      errors: [{ line: 1, column: 26, endLine: 1, endColumn: 38, message: /Use `0\.0\.0\.0:\$PORT` instead/ }],
    },
    {
      code: 'web: flask run --host=0.0.0.0 --port=5000\n',
      errors: [{ line: 1, column: 31, endLine: 1, endColumn: 42, message: /Use `--port=\$PORT` instead/ }],
    },
    {
      code: 'web: java -Dserver.port=8080 -jar app.jar\n',
      errors: [{ line: 1, column: 11, endLine: 1, endColumn: 29, message: /Use `-Dserver\.port=\$PORT` instead/ }],
    },
    {
      name: "Ktor's -port= wins over application.conf (ktor-server-core CommandLine.kt)",
      code: 'web: java -jar build/libs/app-all.jar -port=8080\n',
      files: {
        'build.gradle.kts': 'dependencies {\n    implementation("io.ktor:ktor-server-netty-jvm")\n}\n',
        'src/main/resources/application.conf': 'ktor {\n    deployment {\n        port = ${?PORT}\n    }\n}\n',
      },
      errors: [
        {
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 49,
          message: /^`Ktor` is told to listen on port 8080: .*Use `-port=\$PORT` instead\.$/,
        },
      ],
    },
    {
      name: 'the puma a rake task starts, reported in the Rakefile',
      code: 'web: bundle exec rake web\n',
      files: { Gemfile: 'gem "puma"\n', Rakefile: 'desc "web"\ntask :web do\n  sh "bundle exec puma -p 3000"\nend\n' },
      errors: [
        {
          file: 'Rakefile',
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 31,
          message: /^`puma` is told to listen on port 3000: .*Use `\$PORT` instead\.$/,
        },
      ],
    },
    {
      code: 'web: python manage.py runserver 0.0.0.0:8000\n',
      errors: [{ line: 1, column: 33, endLine: 1, endColumn: 45, message: /Use `0\.0\.0\.0:\$PORT` instead/ }],
    },
    {
      code: 'web: PORT=8000 gunicorn app:app\n',
      errors: [{ line: 1, column: 11, endLine: 1, endColumn: 15, message: /Remove the assignment to `PORT`/ }],
    },
    {
      code: 'web: export PORT=5000 && gunicorn app:app\n',
      errors: [{ line: 1, column: 13, endLine: 1, endColumn: 22, message: /Remove the assignment to `PORT`/ }],
    },
  ],
});
