import { webPortUnbound } from '../../src/rules/web-port-unbound.js';
import { testRule } from '../helpers/rule-tester.js';

/** A Ktor app built by Gradle, without an application.conf: ktor-server-core CommandLine.kt takes `-port=` instead. */
const ktor = {
  'build.gradle.kts':
    'plugins {\n    id("io.ktor.plugin") version "3.0.1"\n}\ndependencies {\n    implementation("io.ktor:ktor-server-netty-jvm")\n}\n',
};

testRule(webPortUnbound, {
  valid: [
    'web: gunicorn app:app\n',
    'web: uvicorn main:app --host 0.0.0.0 --port $PORT\n',
    'web: hypercorn app:app -b 0.0.0.0:${PORT:-8000}\n',
    'web: FLASK_RUN_PORT=$PORT flask run --host 0.0.0.0\n',
    'web: hypercorn -c hypercorn.toml app:app\n',
    'web: uvicorn main:app --uds /tmp/app.sock\n',
    'web: ./bin/server\n',
    'worker: uvicorn main:app\nweb: gunicorn app:app\n',
    'web: bundle exec rails server\n',
    { code: 'web: java -Dserver.port=$PORT -jar target/app.jar\n', files: {} },
    { code: 'web: java -jar target/app.jar\n', files: { 'src/main/resources/application.properties': 'server.port=${PORT:8080}' } },
    'web: java -jar target/app.jar\n',
    { code: 'web: java -jar build/libs/app-all.jar -port=$PORT\n', files: ktor },
    { code: 'web: java -jar build/libs/app-all.jar -P:ktor.deployment.port=$PORT\n', files: ktor },
    { code: 'web: java -Dktor.deployment.port=$PORT -jar build/libs/app-all.jar\n', files: ktor },
    // The web task, not the one before it.
    {
      code: 'web: bundle exec rake web\n',
      files: {
        Gemfile: '',
        Rakefile: 'task :worker do\n  sh "bundle exec puma"\nend\n\ntask :web do\n  sh "bundle exec puma -p $PORT"\nend\n',
      },
    },
    { code: 'web: bundle exec puma\n', files: { Gemfile: '', 'config/puma.rb': 'port ENV.fetch("PORT", 3000)\n' } },
  ],
  invalid: [
    {
      code: 'web: hypercorn app:app\n',
      files: {},
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 15, message: /Add `--bind 0\.0\.0\.0:\$PORT`/ }],
    },
    {
      code: 'web: python manage.py runserver\n',
      files: {},
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: /Add `0\.0\.0\.0:\$PORT`/ }],
    },
    {
      code: 'web: uvicorn main:app --host 0.0.0.0\n',
      files: {},
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 13, severity: 'warning', message: /unless `UVICORN_PORT` is set/ }],
    },
    {
      code: 'web: java -jar target/app.jar\n',
      files: {},
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 10, severity: 'warning', message: /Add `-Dserver\.port=\$PORT` before `-jar`\./ },
      ],
    },
    {
      name: "Ktor ignores Spring's --server.port",
      code: 'web: java -jar build/libs/app-all.jar --server.port=$PORT\n',
      files: ktor,
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 10,
          severity: 'warning',
          message: /^`Ktor` listens on port 8080.*Add `-Dktor\.deployment\.port=\$PORT` before `-jar`\.$/,
        },
      ],
    },
    {
      code: 'web: bundle exec puma\n',
      files: { Gemfile: '' },
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 22, message: /`puma` listens on port 9292/ }],
    },
    {
      name: 'the puma a rake task starts, reported in the Rakefile',
      code: 'web: bundle exec rake web\n',
      files: { Gemfile: '', Rakefile: 'task :web do\n  sh "bundle exec puma"\nend\n' },
      errors: [
        {
          file: 'Rakefile',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 23,
          message: /^`puma` listens on port 9292.*Add `--port \$PORT`\.$/,
        },
      ],
    },
    {
      code: 'web: gunicorn app:app --bind 0.0.0.0\n',
      files: {},
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 14, message: /Give its address the port: `0\.0\.0\.0:\$PORT`/ }],
    },
  ],
});
