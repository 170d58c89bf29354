/**
 * The checks that follow a command into the app, run through the CLI (bin/procfile-lint.js) as a process on small,
 * real-looking apps: each one failing as the real mistake does, and passing once fixed.
 */
import type { Finding } from '../src/engine/types.js';
import { CliCases, type LintedCase } from './helpers/processes.js';
import { removeTrees, type Tree } from './helpers/tree.js';

afterEach(removeTrees);

/**
 * Each case's app is registered as the tests are collected and linted in `beforeAll`, with every other app that
 * expects the same outcome on the same platform: `fails` for exit status 1 (each such case has an error of its own
 * among its findings), `passes` for 0.
 */
const cases = new CliCases();
beforeAll(() => cases.run());
const lintApp = (files: Tree, platform = 'heroku', outcome: 'passes' | 'fails' = 'passes'): LintedCase =>
  cases.lint(files, ['--platform', platform], outcome);

const rulesOf = (findings: Finding[]) => findings.map((finding) => `${finding.rule}:${finding.severity}`);

const discordBot =
  'import os\nimport discord\n\nclient = discord.Client(intents=discord.Intents.default())\nclient.run(os.environ["DISCORD_TOKEN"])\n';

describe('a Python target that lacks the attribute', () => {
  const app = { Procfile: 'web: gunicorn main:app\n', 'requirements.txt': 'gunicorn==23.0.0\ndiscord.py==2.4.0\nflask==3.1.0\n' };
  const failing = lintApp({ ...app, 'main.py': discordBot }, 'heroku', 'fails');
  const passing = lintApp({ ...app, 'main.py': 'from flask import Flask\n\napp = Flask(__name__)\n' });

  it('fails when gunicorn imports app from a Discord bot, passes once main.py defines it', () => {
    expect(failing.status).toBe(1);
    expect(failing.findings).toEqual([
      expect.objectContaining({ rule: 'app-target-missing', severity: 'error', file: 'Procfile', line: 1, column: 15 }),
    ]);
    expect(failing.findings[0]?.message).toContain('no attribute `app`');
    expect(passing).toEqual({ status: 0, findings: [] });
  });
});

describe('a script the Procfile runs', () => {
  const streamlit = {
    Procfile: 'web: sh setup.sh && streamlit run app.py --server.port $PORT --server.address 0.0.0.0\n',
    'app.py': 'import streamlit as st\n',
    'requirements.txt': 'streamlit==1.40.0\n',
  };

  const crlf = lintApp(
    { ...streamlit, 'setup.sh': 'mkdir -p ~/.streamlit/\r\necho "[server]" > ~/.streamlit/config.toml\r\n\r\n' },
    'heroku',
    'fails',
  );
  const lf = lintApp({ ...streamlit, 'setup.sh': 'mkdir -p ~/.streamlit/\necho "[server]" > ~/.streamlit/config.toml\n' });

  it('fails when setup.sh, saved with CRLF, ends in a line that exits 127', () => {
    expect(crlf.status).toBe(1);
    expect(crlf.findings).toEqual([
      expect.objectContaining({ rule: 'script-fails', severity: 'error', file: 'setup.sh', line: 3, column: 1 }),
    ]);
    expect(lf).toEqual({ status: 0, findings: [] });
  });

  const fastapi = {
    Procfile: 'web: bin/web\n',
    'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n',
    'requirements.txt': 'fastapi\nuvicorn\n',
  };
  const noPort = lintApp({
    ...fastapi,
    'bin/web': '#!/usr/bin/env bash\nset -e\npython -m alembic upgrade head\nexec uvicorn main:app --host 0.0.0.0\n',
  });
  const withPort = lintApp({
    ...fastapi,
    'bin/web': '#!/usr/bin/env bash\nset -e\npython -m alembic upgrade head\nexec uvicorn main:app --host 0.0.0.0 --port "$PORT"\n',
  });

  it('checks the port of the server a bin/web script starts, at its line in the script', () => {
    expect(rulesOf(noPort.findings)).toEqual(['web-port-unbound:warning']);
    expect(noPort.findings[0]).toMatchObject({ file: 'bin/web', line: 4, column: 6 });
    expect(withPort).toEqual({ status: 0, findings: [] });
  });

  const nextApp = (start: string) => ({
    Procfile: 'web: npm start\n',
    'package.json': `{\n  "name": "site",\n  "scripts": {\n    "start": "${start}"\n  },\n  "dependencies": { "next": "15.0.3" }\n}\n`,
  });
  const localhost = lintApp(nextApp('next start -H 127.0.0.1'), 'heroku', 'fails');
  const anyHost = lintApp(nextApp('next start'));

  it('checks the server an npm start script runs, at its place in package.json', () => {
    expect(rulesOf(localhost.findings)).toContain('localhost-bind:error');
    expect(localhost.findings.find((finding) => finding.rule === 'localhost-bind')).toMatchObject({ file: 'package.json', line: 4 });
    expect(anyHost).toEqual({ status: 0, findings: [] });
  });
});

describe('the jar the build writes', () => {
  const pom = (extra = '') => `<project>
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.5</version></parent>
  <artifactId>demo</artifactId>
  <version>0.0.1-SNAPSHOT</version>
  <dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies>
  <build>${extra}<plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>
</project>
`;

  const maven = lintApp({ Procfile: 'web: java -Dserver.port=$PORT -jar target/demo.jar\n', 'pom.xml': pom() }, 'heroku', 'fails');
  const named = lintApp({
    Procfile: 'web: java -Dserver.port=$PORT -jar target/demo.jar\n',
    'pom.xml': pom('<finalName>demo</finalName>'),
  });

  it('fails when the Procfile names a jar Maven does not write', () => {
    expect(rulesOf(maven.findings)).toEqual(['build-output-missing:error']);
    expect(maven.findings[0]?.message).toContain('target/demo-0.0.1-SNAPSHOT.jar');
    expect(named).toEqual({ status: 0, findings: [] });
  });

  const gradle = {
    'settings.gradle.kts': 'rootProject.name = "bot"\n',
    'build.gradle.kts':
      'plugins {\n    kotlin("jvm") version "2.0.21"\n    id("com.gradleup.shadow") version "8.3.5"\n}\n\nversion = "1.0"\n',
  };
  const thin = lintApp({ ...gradle, Procfile: 'worker: java -jar build/libs/bot-1.0.jar\n' });
  const shadow = lintApp({ ...gradle, Procfile: 'worker: java -jar build/libs/bot-1.0-all.jar\n' });

  it('warns about the thin jar of a Shadow build, and passes the -all one', () => {
    // A worker-only Procfile also gets missing-web's notice on Heroku: no declared process runs until scaled.
    expect(rulesOf(thin.findings)).toEqual(['missing-web:notice', 'build-output-missing:warning']);
    expect(thin.status).toBe(0);
    expect({ status: shadow.status, rules: rulesOf(shadow.findings) }).toEqual({ status: 0, rules: ['missing-web:notice'] });
  });
});

describe('the port of a java -jar, by framework', () => {
  const ktor = (conf: string) => ({
    Procfile: 'web: java -jar build/libs/app-all.jar\n',
    'settings.gradle.kts': 'rootProject.name = "app"\n',
    'build.gradle.kts':
      'plugins {\n    id("io.ktor.plugin") version "3.0.1"\n}\n\ndependencies {\n    implementation("io.ktor:ktor-server-netty-jvm")\n}\n',
    'src/main/resources/application.conf': conf,
  });

  const envPort = lintApp(ktor('ktor {\n    deployment {\n        port = 8080\n        port = ${?PORT}\n    }\n}\n'));
  const fixedConf = ktor('ktor {\n    deployment {\n        port = 8080\n    }\n}\n');
  const fixedPort = lintApp(fixedConf);

  it('accepts a Ktor app whose application.conf reads ${?PORT}, and warns about a fixed port', () => {
    expect(envPort).toEqual({ status: 0, findings: [] });
    expect(rulesOf(fixedPort.findings)).toEqual(['hardcoded-port:warning']);
    expect(fixedPort.findings[0]).toMatchObject({ file: 'src/main/resources/application.conf', line: 3 });
    expect(fixedPort.findings[0]?.message).toContain('application.conf');
  });

  const portArgument = lintApp({ ...fixedConf, Procfile: 'web: java -jar build/libs/app-all.jar -port=$PORT\n' });
  const fixedArgument = lintApp({ ...fixedConf, Procfile: 'web: java -jar build/libs/app-all.jar -port=8080\n' }, 'heroku', 'fails');

  it("reads Ktor's -port= after the jar (ktor-server-core CommandLine.kt), over application.conf", () => {
    expect(portArgument).toEqual({ status: 0, findings: [] });
    expect(fixedArgument.status).toBe(1);
    expect(fixedArgument.findings).toEqual([
      expect.objectContaining({ rule: 'hardcoded-port', severity: 'error', file: 'Procfile', column: 39 }),
    ]);
  });

  const javalin = lintApp({
    Procfile: 'web: java -jar target/app-1.0-jar-with-dependencies.jar\n',
    'pom.xml':
      '<project><artifactId>app</artifactId><version>1.0</version><dependencies><dependency><groupId>io.javalin</groupId><artifactId>javalin</artifactId></dependency></dependencies><build><plugins><plugin><artifactId>maven-assembly-plugin</artifactId><configuration><descriptorRefs><descriptorRef>jar-with-dependencies</descriptorRef></descriptorRefs></configuration></plugin></plugins></build></project>\n',
    'src/main/java/app/Main.java':
      'package app;\nclass Main { public static void main(String[] a) { Javalin.create().start(Integer.parseInt(System.getenv("PORT"))); } }\n',
  });

  it('accepts a Javalin app that reads PORT in its code', () => {
    expect(javalin).toEqual({ status: 0, findings: [] });
  });
});

describe('puma and its config file', () => {
  const rails = (puma: string) => ({
    Procfile: 'web: bundle exec puma -C config/puma.rb\n',
    Gemfile: "gem 'rails'\ngem 'puma'\n",
    'config.ru': '',
    'config/puma.rb': puma,
  });

  const envPort = lintApp(rails('max_threads_count = ENV.fetch("RAILS_MAX_THREADS") { 5 }\nport ENV.fetch("PORT") { 3000 }\n'));
  const fixed = lintApp(rails('workers 2\nport 3000\n'), 'heroku', 'fails');

  it('reads the port line instead of giving up', () => {
    expect(envPort).toEqual({ status: 0, findings: [] });
    expect(rulesOf(fixed.findings)).toEqual(['hardcoded-port:error']);
    expect(fixed.findings[0]).toMatchObject({ file: 'config/puma.rb', line: 2 });
  });
});

describe('a web process that opens no port, a worker that serves', () => {
  const bot = { 'bot.py': discordBot, 'requirements.txt': 'discord.py==2.4.0\ncelery==5.4.0\n' };
  const webBot = lintApp({ ...bot, Procfile: 'web: python bot.py\n' }, 'heroku', 'fails');
  const webCelery = lintApp({ ...bot, Procfile: 'web: celery -A tasks worker --loglevel=info\n' }, 'heroku', 'fails');
  const workerBot = lintApp({ ...bot, Procfile: 'worker: python bot.py\n' });

  it('fails on Heroku when web runs a Discord bot or a Celery worker, passes as worker', () => {
    expect(rulesOf(webBot.findings)).toEqual(['web-not-listening:error']);
    expect(rulesOf(webCelery.findings)).toEqual(['web-not-listening:error']);
    expect({ status: workerBot.status, rules: rulesOf(workerBot.findings) }).toEqual({ status: 0, rules: ['missing-web:notice'] });
  });

  const flask = { 'app.py': 'from flask import Flask\napp = Flask(__name__)\n', 'requirements.txt': 'flask\ngunicorn\n' };
  const warned = lintApp({ ...flask, Procfile: 'web: gunicorn app:app\nworker: gunicorn app:app\n' });
  const webOnly = lintApp({ ...flask, Procfile: 'web: gunicorn app:app\n' });

  it('warns when a worker starts a web server', () => {
    expect(rulesOf(warned.findings)).toEqual(['worker-runs-server:warning']);
    expect(webOnly).toEqual({ status: 0, findings: [] });
  });
});

describe('the Go binary each platform builds', () => {
  const app = {
    'go.mod': 'module github.com/heroku/go-getting-started\n',
    'main.go': 'package main\n\nfunc main() {}\n',
  };

  const heroku = { ...app, Procfile: 'web: bin/go-getting-started\n' };
  const onHeroku = lintApp(heroku, 'heroku');
  const onFir = lintApp(heroku, 'heroku-fir', 'fails');
  const installedOnFir = lintApp({ ...app, Procfile: 'web: go-getting-started\n' }, 'heroku-fir');
  const onCodeCapsules = lintApp(heroku, 'codecapsules', 'fails');
  const mainOnCodeCapsules = lintApp({ ...app, Procfile: 'web: main\n' }, 'codecapsules');

  it('fails bin/<module> on Fir (a layer on PATH) and on Code Capsules (always main), passes where each is built', () => {
    expect(onHeroku).toEqual({ status: 0, findings: [] });
    expect(onFir.status).toBe(1);
    expect(onFir.findings).toEqual([expect.objectContaining({ rule: 'command-not-found', severity: 'error', line: 1, column: 6 })]);
    expect(onFir.findings[0]?.message).toContain('Write `go-getting-started` instead');
    expect(installedOnFir).toEqual({ status: 0, findings: [] });
    expect(rulesOf(onCodeCapsules.findings)).toEqual(['command-not-found:error']);
    expect(mainOnCodeCapsules).toEqual({ status: 0, findings: [] });
  });

  const shop = {
    'go.mod': 'module example.com/shop\n\n// +heroku install ./cmd/web\n',
    'cmd/web/main.go': 'package main\n',
    'cmd/worker/main.go': 'package main\n',
    Procfile: 'web: bin/web\nworker: bin/worker\n',
  };
  const leftOut = lintApp(shop, 'heroku');
  const allInstalled = lintApp({ ...shop, 'go.mod': 'module example.com/shop\n// +heroku install ./cmd/...\n' }, 'heroku');

  it('warns on Heroku about a package the go.mod install line leaves out, unless GO_INSTALL_PACKAGE_SPEC adds it', () => {
    expect(leftOut.status).toBe(0);
    expect(leftOut.findings).toEqual([expect.objectContaining({ rule: 'command-not-found', severity: 'warning', line: 2 })]);
    expect(leftOut.findings[0]?.message).toContain('GO_INSTALL_PACKAGE_SPEC');
    expect(allInstalled).toEqual({ status: 0, findings: [] });
  });
});

describe('a rake task the Procfile runs', () => {
  const app = {
    Procfile: 'web: bundle exec rake web\n',
    Gemfile: 'source "https://rubygems.org"\ngem "puma"\ngem "rake"\n',
    'Gemfile.lock': 'GEM\n  specs:\n    nio4r (2.7.4)\n    puma (6.4.3)\n      nio4r (~> 2.0)\n    rake (13.2.1)\n',
  };

  const failing = lintApp({ ...app, Rakefile: 'desc "Start puma"\ntask :web do\n  sh "bundle exec puma"\nend\n' }, 'heroku', 'fails');
  const passing = lintApp({ ...app, Rakefile: 'desc "Start puma"\ntask :web do\n  sh "bundle exec puma -p $PORT"\nend\n' });

  it('checks the port of the server the task starts, at its line in the Rakefile', () => {
    expect(failing.status).toBe(1);
    expect(failing.findings).toEqual([
      expect.objectContaining({ rule: 'web-port-unbound', severity: 'error', file: 'Rakefile', line: 3, column: 19 }),
    ]);
    expect(passing).toEqual({ status: 0, findings: [] });
  });
});

describe('a Ruby or Node server the app does not declare', () => {
  const sinatra = { Procfile: 'web: bundle exec puma -p $PORT\n', Gemfile: 'gem "sinatra"\n', 'config.ru': '' };
  const lock = (gems: string) => `GEM\n  remote: https://rubygems.org/\n  specs:\n${gems}\nDEPENDENCIES\n  sinatra\n`;
  const noPuma = lintApp(
    { ...sinatra, 'Gemfile.lock': lock('    rack (3.1.8)\n    sinatra (4.1.0)\n      rack (>= 3.0)\n') },
    'heroku',
    'fails',
  );
  const bundledPuma = lintApp({ ...sinatra, 'Gemfile.lock': lock('    puma (6.4.3)\n    sinatra (4.1.0)\n') });

  it('fails bundle exec puma when Gemfile.lock has no puma, passes once it is in the bundle', () => {
    expect(noPuma.status).toBe(1);
    expect(noPuma.findings).toEqual([expect.objectContaining({ rule: 'server-undeclared', severity: 'error', line: 1, column: 18 })]);
    expect(noPuma.findings[0]?.message).toContain('Add `gem "puma"` to the `Gemfile`');
    expect(bundledPuma).toEqual({ status: 0, findings: [] });
  });

  const react = { Procfile: 'web: next start\n', 'package-lock.json': '{"packages":{"node_modules/react":{}}}' };
  const noNext = lintApp({ ...react, 'package.json': '{"dependencies":{"react":"19.0.0"}}' }, 'heroku', 'fails');
  const withNext = lintApp({ ...react, 'package.json': '{"dependencies":{"react":"19.0.0","next":"15.0.0"}}' });

  it('fails next start without next in package.json or its lock file', () => {
    expect(rulesOf(noNext.findings)).toEqual(['server-undeclared:error']);
    expect(withNext).toEqual({ status: 0, findings: [] });
  });

  const next = {
    Procfile: 'web: next start -p $PORT\n',
    'package-lock.json': '{"lockfileVersion":3,"packages":{"":{},"node_modules/next":{"version":"15.0.0","dev":true}}}',
  };
  const devOnly = { ...next, 'package.json': '{"scripts":{"build":"next build"},"devDependencies":{"next":"15.0.0"}}' };
  const pruned = lintApp(devOnly);
  const keptOnFir = lintApp(
    { ...devOnly, 'project.toml': '[com.heroku.buildpacks.nodejs]\nactions.prune_dev_dependencies = false\n' },
    'heroku-fir',
  );
  const moved = lintApp({ ...next, 'package.json': '{"scripts":{"build":"next build"},"dependencies":{"next":"15.0.0"}}' });

  it('warns of next only in devDependencies where the build prunes them, not once it is a dependency', () => {
    expect(rulesOf(pruned.findings)).toEqual(['dev-dependency-pruned:warning']);
    expect(pruned.findings[0]).toEqual(expect.objectContaining({ line: 1, column: 6, endColumn: 10 }));
    expect(pruned.findings[0]?.message).toContain('Heroku removes devDependencies after the build');
    expect(pruned.findings[0]?.message).toContain('`NPM_CONFIG_PRODUCTION=false`');
    expect(keptOnFir.findings).toEqual([]);
    expect(moved).toEqual({ status: 0, findings: [] });
  });
});

describe('a gem the Gemfile keeps in the development group', () => {
  const lock = [
    'GEM',
    '  remote: https://rubygems.org/',
    '  specs:',
    '    listen (3.9.0)',
    '    puma (6.4.3)',
    '    rack (3.1.8)',
    '    rerun (0.14.0)',
    '      listen (~> 3.0)',
    '    sinatra (4.1.1)',
    '      rack (>= 3.0.0, < 4)',
    '',
    'DEPENDENCIES',
    '  puma',
    '  rerun',
    '  sinatra',
    '',
  ].join('\n');
  const sinatra = {
    Gemfile: 'source "https://rubygems.org"\n\ngem "sinatra"\ngem "puma"\n\ngroup :development, :test do\n  gem "rerun"\nend\n',
    'Gemfile.lock': lock,
    'app.rb': 'require "sinatra"\n',
    'config.ru': 'require "./app"\nrun Sinatra::Application\n',
  };

  const rerun = lintApp({ ...sinatra, Procfile: 'web: bundle exec rerun -- puma -p $PORT\n' });
  const pumaAlone = lintApp({ ...sinatra, Procfile: 'web: bundle exec puma -p $PORT\n' });

  it('warns that bundle exec rerun is not installed, and passes once puma runs alone', () => {
    expect(rerun.findings).toEqual([
      expect.objectContaining({ rule: 'dev-dependency-pruned', severity: 'warning', file: 'Procfile', line: 1, column: 18 }),
    ]);
    expect(rerun.findings[0]?.message).toContain('`bundler: command not found: rerun`');
    expect(pumaAlone).toEqual({ status: 0, findings: [] });
  });
});
