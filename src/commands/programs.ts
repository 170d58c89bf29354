/**
 * The programs a Procfile command typically starts, one record each: how a command line names it, which of its
 * options take a value, where it listens and how to make it listen on `$PORT`, and what a rule says about it. These
 * are the facts behind the command rules (domain.md section 4); `invocation.ts` and `listen.ts` read only these.
 * Adding a program is adding a record here (`__tests__/commands/programs.test.ts` checks each one is complete).
 */
import type { Language } from '../engine/languages.js';

export type ProgramId =
  | 'gunicorn' | 'uvicorn' | 'hypercorn' | 'daphne' | 'waitress' | 'uwsgi' | 'flask-run' | 'django-runserver'
  | 'python-http-server' | 'python-script' | 'celery'
  | 'node-script' | 'nodemon' | 'ts-node-dev' | 'npm-script' | 'next-dev' | 'vite'
  | 'java-jar'
  | 'puma' | 'rails-server' | 'rackup' | 'unicorn' | 'sidekiq'
  | 'heroku-php' | 'php-builtin';

/** A subcommand that must follow the program's name (`run` of `flask run`), skipping its global options. */
export interface Subcommand {
  names: readonly string[];
  /** Also matches when no subcommand or only options follow (`vite`, `vite --host`, but not `vite build`). */
  optional?: boolean;
}

/** How a command line names the program. */
export type InvokedAs =
  /** An executable: `gunicorn`, `waitress-serve`, `flask run`, `bin/rails server`. */
  | { kind: 'command'; names: readonly string[]; subcommand?: Subcommand }
  /** `python -m <module>`: `python -m gunicorn`, `python -m flask run`. */
  | { kind: 'python-module'; module: string; subcommand?: Subcommand }
  /** `python <script> <subcommand>`: `python manage.py runserver`. */
  | { kind: 'python-script'; script: string; subcommand: Subcommand }
  /**
   * An interpreter that runs a file (`node server.js`, `java -jar app.jar` after `flag`) or its own arguments
   * (`php -S 0.0.0.0:8000` after `flag`); options before the file are its own (`interpreterArgs`).
   */
  | { kind: 'interpreter'; names: readonly string[]; flag?: string; runs: 'file' | 'arguments' }
  /** A package manager running a package.json script: `npm start`, `yarn run web`, `pnpm dev`. */
  | { kind: 'package-script'; tools: readonly PackageTool[] };

export type PackageTool = 'npm' | 'yarn' | 'pnpm';

export interface PortFacts {
  /** Options whose value is `host:port` (or `tcp://host:port`). */
  bind: readonly string[];
  host: readonly string[];
  port: readonly string[];
  /** Options that hand the whole setup to a config file, which procfile-lint does not read. */
  config: readonly string[];
  /** Options that listen on a socket or file descriptor instead. */
  socket: readonly string[];
  /** Where it listens when given nothing. */
  defaultHost: string;
  defaultPort: number | null;
  /** It listens on `0.0.0.0:$PORT` by itself when `PORT` is set. */
  readsPort: boolean;
  /** Any address option replaces that default entirely (gunicorn: `--bind 0.0.0.0` listens on 8000, not `$PORT`). */
  addressReplacesPort?: boolean;
  /** Environment variables that set the port instead of an option, each with the one that sets the host. */
  portEnv: readonly { port: string; host?: string }[];
  /** Positional `[host:]port` argument (`manage.py runserver 0.0.0.0:$PORT`, `php -S`). */
  positionalAddress?: boolean;
  /** A Java system property that sets the port (`-Dserver.port=$PORT` before `-jar`). */
  javaProperty?: string;
  /** Files that may set the port instead (Spring's application.properties). */
  configFiles?: readonly string[];
}

/** How to tell it to listen where the platform's router reaches it. */
export interface ListenFix {
  /** What to add to listen on every interface and on `$PORT`. */
  port: string;
  /** What to add to listen on every interface. */
  host: string;
  /** Where on the command line it goes, when not at the end ("before `-jar`"). */
  where?: string;
}

export interface Program {
  id: ProgramId;
  /** How to name it in a message. */
  label: string;
  language: Language;
  invokedAs: readonly InvokedAs[];
  /** Its options that take a value (besides the address, config and socket options of `port`), so a value is not mistaken for an operand. */
  optionsWithValue?: readonly string[];
  /** Options of its interpreter or of the program before its subcommand that take a value (`node -r x`, `flask --app x run`). */
  leadingOptionsWithValue?: readonly string[];
  /** Why it should not serve production traffic, when it should not, and what to run instead. */
  devServer?: { why: string; instead?: string };
  /** The Python package that provides it, for server-undeclared. */
  pythonPackage?: string;
  /** Its first positional argument is a Python `module:attribute` to import. */
  importsTarget?: boolean;
  port?: PortFacts;
  /** Required with `port`, unless it reads `PORT` by itself and nothing can make it stop. */
  listenFix?: ListenFix;
}

/** Every option of `program` that takes a value: its own, and its address, config and socket options. */
export function optionsWithValue(program: Program): ReadonlySet<string> {
  const port = program.port;
  const listen = port ? [...port.bind, ...port.host, ...port.port, ...port.config, ...port.socket] : [];
  return new Set([...(program.optionsWithValue ?? []), ...listen]);
}

const none = { bind: [], host: [], port: [], config: [], socket: [], portEnv: [] } as const;
const command = (...names: string[]): InvokedAs => ({ kind: 'command', names });
const pythonModule = (module: string): InvokedAs => ({ kind: 'python-module', module });
const subcommand = (name: string, ...names: string[]): Subcommand => ({ names: [name, ...names] });

/** Options gunicorn and hypercorn share with a value (gunicorn `--help`, hypercorn's config reference). */
const GUNICORN_LIKE_OPTIONS = [
  '-w', '--workers', '-k', '--worker-class', '--threads', '-t', '--timeout', '--log-level', '--chdir', '--pythonpath',
  '--access-logfile', '--error-logfile', '--log-file', '--log-config', '--max-requests', '-n', '--name', '--graceful-timeout',
  '--keep-alive', '--worker-connections', '-u', '--user', '-g', '--group', '-e', '--env', '--backlog', '--worker-tmp-dir',
  '--statsd-host', '--forwarded-allow-ips', '--root-path', '--certfile', '--keyfile',
];

export const PROGRAMS: Readonly<Record<ProgramId, Program>> = {
  gunicorn: {
    id: 'gunicorn', label: 'gunicorn', language: 'python', pythonPackage: 'gunicorn', importsTarget: true,
    invokedAs: [command('gunicorn'), pythonModule('gunicorn')],
    optionsWithValue: GUNICORN_LIKE_OPTIONS,
    port: { ...none, bind: ['-b', '--bind'], config: ['-c', '--config'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: true, addressReplacesPort: true },
    listenFix: { port: '--bind 0.0.0.0:$PORT', host: '--bind 0.0.0.0:$PORT' },
  },
  uvicorn: {
    id: 'uvicorn', label: 'uvicorn', language: 'python', pythonPackage: 'uvicorn', importsTarget: true,
    invokedAs: [command('uvicorn'), pythonModule('uvicorn')],
    optionsWithValue: [
      '--app-dir', '--root-path', '--forwarded-allow-ips', '--lifespan', '--ws', '--loop', '--http', '--interface',
      '--limit-concurrency', '--timeout-keep-alive', '--ssl-keyfile', '--ssl-certfile', '--log-config', '--log-level',
      '--env-file', '--reload-dir', '--workers', '--backlog', '--proxy-protocol',
    ],
    port: {
      ...none, host: ['--host'], port: ['--port'], socket: ['--uds', '--fd'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false,
      portEnv: [{ port: 'UVICORN_PORT', host: 'UVICORN_HOST' }],
    },
    listenFix: { port: '--host 0.0.0.0 --port $PORT', host: '--host 0.0.0.0' },
  },
  hypercorn: {
    id: 'hypercorn', label: 'hypercorn', language: 'python', pythonPackage: 'hypercorn', importsTarget: true,
    invokedAs: [command('hypercorn'), pythonModule('hypercorn')],
    optionsWithValue: GUNICORN_LIKE_OPTIONS,
    port: { ...none, bind: ['-b', '--bind'], config: ['-c', '--config'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false },
    listenFix: { port: '--bind 0.0.0.0:$PORT', host: '--bind 0.0.0.0:$PORT' },
  },
  daphne: {
    id: 'daphne', label: 'daphne', language: 'python', pythonPackage: 'daphne', importsTarget: true,
    invokedAs: [command('daphne'), pythonModule('daphne')],
    optionsWithValue: ['--root-path', '--access-log', '--ping-interval', '--ping-timeout', '--websocket-timeout', '-v', '--verbosity', '--proxy-headers-host', '--proxy-headers-port'],
    port: { ...none, host: ['-b', '--bind'], port: ['-p', '--port'], socket: ['-u', '--unix-socket', '--fd', '-e', '--endpoint'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false },
    listenFix: { port: '--port $PORT', host: '--bind 0.0.0.0' },
  },
  waitress: {
    id: 'waitress', label: 'waitress-serve', language: 'python', pythonPackage: 'waitress', importsTarget: true,
    invokedAs: [command('waitress-serve'), pythonModule('waitress')],
    optionsWithValue: ['--threads', '--url-prefix', '--ident', '--backlog', '--connection-limit', '--channel-timeout'],
    port: { ...none, bind: ['--listen'], host: ['--host'], port: ['--port'], socket: ['--unix-socket'], defaultHost: '0.0.0.0', defaultPort: 8080, readsPort: false },
    listenFix: { port: '--listen=0.0.0.0:$PORT', host: '--host 0.0.0.0' },
  },
  uwsgi: {
    id: 'uwsgi', label: 'uwsgi', language: 'python', pythonPackage: 'uwsgi',
    invokedAs: [command('uwsgi')],
    port: { ...none, bind: ['--http', '--http-socket'], config: ['--ini', '--yaml', '--json', '--xml'], socket: ['--socket', '-s'], defaultHost: '', defaultPort: null, readsPort: false },
    listenFix: { port: '--http :$PORT', host: '--http 0.0.0.0:$PORT' },
  },
  'flask-run': {
    id: 'flask-run', label: 'flask run', language: 'python', pythonPackage: 'flask',
    invokedAs: [{ kind: 'command', names: ['flask'], subcommand: subcommand('run') }, { kind: 'python-module', module: 'flask', subcommand: subcommand('run') }],
    leadingOptionsWithValue: ['-A', '--app', '-e', '--env-file'],
    devServer: { why: "Flask's development server, which its documentation says not to use in production" },
    port: {
      ...none, host: ['-h', '--host'], port: ['-p', '--port'], defaultHost: '127.0.0.1', defaultPort: 5000, readsPort: false,
      portEnv: [{ port: 'FLASK_RUN_PORT', host: 'FLASK_RUN_HOST' }],
    },
    listenFix: { port: '--host 0.0.0.0 --port $PORT', host: '--host 0.0.0.0' },
  },
  'django-runserver': {
    id: 'django-runserver', label: 'manage.py runserver', language: 'python', pythonPackage: 'django',
    invokedAs: [
      { kind: 'python-script', script: 'manage.py', subcommand: subcommand('runserver') },
      { kind: 'command', names: ['django-admin'], subcommand: subcommand('runserver') },
      { kind: 'python-module', module: 'django', subcommand: subcommand('runserver') },
    ],
    devServer: { why: "Django's development server, which its documentation says not to use in production", instead: 'gunicorn <project>.wsgi --bind 0.0.0.0:$PORT' },
    port: { ...none, defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false, positionalAddress: true },
    listenFix: { port: '0.0.0.0:$PORT', host: '0.0.0.0:$PORT' },
  },
  'python-http-server': {
    id: 'python-http-server', label: 'python -m http.server', language: 'python',
    invokedAs: [pythonModule('http.server')],
    devServer: { why: 'a basic static file server meant for testing' },
  },
  'python-script': {
    id: 'python-script', label: 'python', language: 'python',
    invokedAs: [{ kind: 'interpreter', names: ['python'], runs: 'file' }],
    leadingOptionsWithValue: ['-W', '-X', '-c'],
  },
  celery: { id: 'celery', label: 'celery', language: 'python', pythonPackage: 'celery', invokedAs: [command('celery'), pythonModule('celery')] },
  'node-script': {
    id: 'node-script', label: 'node', language: 'node',
    invokedAs: [{ kind: 'interpreter', names: ['node', 'ts-node'], runs: 'file' }],
    leadingOptionsWithValue: ['-r', '--require', '--import', '--loader', '--env-file'],
  },
  nodemon: {
    id: 'nodemon', label: 'nodemon', language: 'node', invokedAs: [command('nodemon')],
    devServer: { why: 'a development tool that restarts the app when files change' },
  },
  'ts-node-dev': {
    id: 'ts-node-dev', label: 'ts-node-dev', language: 'node', invokedAs: [command('ts-node-dev')],
    devServer: { why: 'a development tool that compiles TypeScript on the fly and restarts on change' },
  },
  'npm-script': { id: 'npm-script', label: 'npm', language: 'node', invokedAs: [{ kind: 'package-script', tools: ['npm', 'yarn', 'pnpm'] }] },
  'next-dev': {
    id: 'next-dev', label: 'next dev', language: 'node', invokedAs: [{ kind: 'command', names: ['next'], subcommand: subcommand('dev') }],
    devServer: { why: "Next.js's development server (use `next build` then `next start`)" },
  },
  vite: {
    id: 'vite', label: 'vite', language: 'node', invokedAs: [{ kind: 'command', names: ['vite'], subcommand: { names: ['dev', 'serve'], optional: true } }],
    leadingOptionsWithValue: ['-c', '--config', '--host', '--port', '--base', '-m', '--mode', '-l', '--logLevel'],
    devServer: { why: "Vite's development server (serve the built files instead)" },
  },
  'java-jar': {
    id: 'java-jar', label: 'java -jar', language: 'java',
    invokedAs: [{ kind: 'interpreter', names: ['java'], flag: '-jar', runs: 'file' }],
    port: {
      ...none, port: ['--server.port'], defaultHost: '0.0.0.0', defaultPort: 8080, readsPort: false, portEnv: [{ port: 'SERVER_PORT' }],
      javaProperty: 'server.port',
      configFiles: ['src/main/resources/application.properties', 'src/main/resources/application.yml', 'src/main/resources/application.yaml'],
    },
    listenFix: { port: '-Dserver.port=$PORT', host: '-Dserver.address=0.0.0.0', where: 'before `-jar`' },
  },
  puma: {
    id: 'puma', label: 'puma', language: 'ruby',
    invokedAs: [command('puma')],
    optionsWithValue: ['-e', '--environment', '-t', '--threads', '-w', '--workers', '--pidfile', '--dir', '--tag'],
    // Without -C, puma loads config/puma.rb when there is one (Rails' reads PORT).
    port: { ...none, bind: ['-b', '--bind'], port: ['-p', '--port'], config: ['-C', '--config'], defaultHost: '0.0.0.0', defaultPort: 9292, readsPort: false, configFiles: ['config/puma.rb'] },
    listenFix: { port: '--port $PORT', host: '--bind tcp://0.0.0.0:$PORT' },
  },
  'rails-server': {
    id: 'rails-server', label: 'rails server', language: 'ruby',
    invokedAs: [{ kind: 'command', names: ['rails'], subcommand: subcommand('server', 's') }],
    optionsWithValue: ['-e', '--environment', '-u', '--using', '-P', '--pid'],
    port: { ...none, host: ['-b', '--binding'], port: ['-p', '--port'], defaultHost: '0.0.0.0', defaultPort: 3000, readsPort: true },
  },
  rackup: {
    id: 'rackup', label: 'rackup', language: 'ruby',
    invokedAs: [command('rackup')],
    optionsWithValue: ['-E', '--env', '-s', '--server', '-P', '--pid'],
    // Rack binds to localhost only when RACK_ENV is development; platforms set production.
    port: { ...none, host: ['-o', '--host'], port: ['-p', '--port'], defaultHost: '0.0.0.0', defaultPort: 9292, readsPort: false },
    listenFix: { port: '--host 0.0.0.0 --port $PORT', host: '--host 0.0.0.0' },
  },
  unicorn: {
    id: 'unicorn', label: 'unicorn', language: 'ruby',
    invokedAs: [command('unicorn')],
    optionsWithValue: ['-E', '--env', '-o', '--host'],
    port: { ...none, bind: ['-l', '--listen'], port: ['-p', '--port'], config: ['-c', '--config-file'], defaultHost: '0.0.0.0', defaultPort: 8080, readsPort: false },
    listenFix: { port: '--listen 0.0.0.0:$PORT', host: '--listen 0.0.0.0:$PORT' },
  },
  sidekiq: { id: 'sidekiq', label: 'sidekiq', language: 'ruby', invokedAs: [command('sidekiq')] },
  'heroku-php': {
    id: 'heroku-php', label: 'heroku-php', language: 'php',
    invokedAs: [command('heroku-php-apache2', 'heroku-php-nginx')],
    port: { ...none, defaultHost: '0.0.0.0', defaultPort: null, readsPort: true },
  },
  'php-builtin': {
    id: 'php-builtin', label: 'php -S', language: 'php',
    invokedAs: [{ kind: 'interpreter', names: ['php'], flag: '-S', runs: 'arguments' }],
    devServer: { why: "PHP's built-in web server, meant for development" },
    port: { ...none, defaultHost: 'localhost', defaultPort: null, readsPort: false, positionalAddress: true },
    listenFix: { port: '0.0.0.0:$PORT', host: '0.0.0.0:$PORT' },
  },
};

/**
 * Commands that run the command after them (`exec gunicorn ...`, `bundle exec puma`, `npx nodemon`, `poetry run
 * uvicorn ...`): the words each one takes before that command.
 */
export type Launcher =
  /** `exec`, `nohup`: only its name. */
  | { names: readonly string[]; then?: undefined; options?: undefined }
  /** `bundle exec`, `poetry run`: its name and this word. */
  | { names: readonly string[]; then: string; options?: undefined }
  /** `npx`: its name and any options; `nice`: its name and its options with their values. */
  | { names: readonly string[]; then?: undefined; options: 'skip' | 'nice' | 'env' };

export const LAUNCHERS: readonly Launcher[] = [
  { names: ['exec', 'command', 'nohup', 'time', 'builtin', 'ddtrace-run', 'opentelemetry-instrument', 'dumb-init', 'tini'] },
  { names: ['bundle'], then: 'exec' },
  { names: ['poetry', 'pipenv', 'uv', 'pdm', 'hatch', 'rye'], then: 'run' },
  { names: ['pnpm', 'yarn'], then: 'exec' },
  { names: ['newrelic-admin'], then: 'run-program' },
  { names: ['npx'], options: 'skip' },
  { names: ['nice'], options: 'nice' },
  { names: ['env'], options: 'env' },
];

/** The language of an interpreter procfile-lint has no program record for (`ruby script.rb`, `go run .`). */
export const INTERPRETER_LANGUAGES: Readonly<Record<string, Language>> = { python: 'python', node: 'node', ruby: 'ruby', java: 'java', php: 'php', dotnet: 'dotnet', go: 'go' };
