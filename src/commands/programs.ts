/**
 * The programs a Procfile command typically starts, one record each: how a command line names it, which of its
 * options take a value, where it listens and how to make it listen on `$PORT`, and what a rule says about it. These
 * are the facts behind the command rules (domain.md section 4); `invocation.ts` and `listen.ts` read only these.
 * Adding a program is adding a record here (`__tests__/commands/programs.test.ts` checks each one is complete).
 */
import type { Language } from '../engine/languages.js';

export type ProgramId =
  | 'gunicorn'
  | 'uvicorn'
  | 'hypercorn'
  | 'daphne'
  | 'waitress'
  | 'granian'
  | 'uwsgi'
  | 'flask-run'
  | 'django-runserver'
  | 'streamlit'
  | 'gradio'
  | 'python-http-server'
  | 'python-script'
  | 'flower'
  | 'celery'
  | 'rq'
  | 'node-script'
  | 'ts-node'
  | 'nodemon'
  | 'ts-node-dev'
  | 'npm-script'
  | 'next-dev'
  | 'next-start'
  | 'nest-start'
  | 'vite'
  | 'java-jar'
  | 'puma'
  | 'rails-server'
  | 'rackup'
  | 'unicorn'
  | 'thin'
  | 'sidekiq'
  | 'heroku-php'
  | 'php-fpm'
  | 'artisan-serve'
  | 'php-builtin'
  | 'dotnet';

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
  /** `python <script> <subcommand>`: `python manage.py runserver`; another interpreter's script: `php artisan serve`. */
  | { kind: 'python-script'; script: string; subcommand: Subcommand; interpreter?: string }
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
  /**
   * How it reads that target: the attribute it looks up when only a module is named (`null`: it requires one), and
   * what it prints as it exits when the module lacks the attribute (`{attribute}`, `{module}` filled in), where known.
   */
  appTarget?: { defaultAttribute: string | null; missingAttribute?: string };
  port?: PortFacts;
  /** Required with `port`, unless it reads `PORT` by itself and nothing can make it stop. */
  listenFix?: ListenFix;
  /** It serves no HTTP at all, and why (a job worker, FastCGI): a `web` process running it never answers. */
  opensNoPort?: string;
  /** The Ruby gem or npm package that provides it, where server-undeclared looks for it among the declared dependencies (Gemfile and its lock, package.json and its lock). */
  gem?: string;
  /** Gems that depend on `gem`, so that declaring one of them installs it too (the `rails` gem brings railties). */
  gemVia?: readonly string[];
  npmPackage?: string;
  /** A config file of its own that may set the port, read by an analyser of src/apps (`-C` or the default file). */
  configReader?: 'puma' | 'java-framework';
  /** Where its listening facts come from: the repository and path of its source, or its documentation page. */
  source?: string;
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

/** Options of `celery` itself, before its subcommand (`celery -A proj worker`), that take a value (celery --help). */
const CELERY_OPTIONS = ['-A', '--app', '-b', '--broker', '--result-backend', '--loader', '--config', '--workdir'];

/** Options gunicorn and hypercorn share with a value (gunicorn `--help`, hypercorn's config reference). */
const GUNICORN_LIKE_OPTIONS = [
  '-w',
  '--workers',
  '-k',
  '--worker-class',
  '--threads',
  '-t',
  '--timeout',
  '--log-level',
  '--chdir',
  '--pythonpath',
  '--access-logfile',
  '--error-logfile',
  '--log-file',
  '--log-config',
  '--max-requests',
  '-n',
  '--name',
  '--graceful-timeout',
  '--keep-alive',
  '--worker-connections',
  '-u',
  '--user',
  '-g',
  '--group',
  '-e',
  '--env',
  '--backlog',
  '--worker-tmp-dir',
  '--statsd-host',
  '--forwarded-allow-ips',
  '--root-path',
  '--certfile',
  '--keyfile',
];

export const PROGRAMS: Readonly<Record<ProgramId, Program>> = {
  gunicorn: {
    id: 'gunicorn',
    label: 'gunicorn',
    language: 'python',
    pythonPackage: 'gunicorn',
    importsTarget: true,
    invokedAs: [command('gunicorn'), pythonModule('gunicorn')],
    optionsWithValue: GUNICORN_LIKE_OPTIONS,
    port: {
      ...none,
      bind: ['-b', '--bind'],
      config: ['-c', '--config'],
      defaultHost: '127.0.0.1',
      defaultPort: 8000,
      readsPort: true,
      addressReplacesPort: true,
    },
    listenFix: { port: '--bind 0.0.0.0:$PORT', host: '--bind 0.0.0.0:$PORT' },
    appTarget: { defaultAttribute: 'application', missingAttribute: "Failed to find attribute '{attribute}' in '{module}'." },
    source:
      'benoitc/gunicorn gunicorn/config.py (Bind: PORT, 127.0.0.1:8000), gunicorn/util.py import_app (default attribute `application`, AppImportError), gunicorn/arbiter.py (a worker that cannot load the app halts the master: "App failed to load.")',
  },
  uvicorn: {
    id: 'uvicorn',
    label: 'uvicorn',
    language: 'python',
    pythonPackage: 'uvicorn',
    importsTarget: true,
    invokedAs: [command('uvicorn'), pythonModule('uvicorn')],
    optionsWithValue: [
      '--app-dir',
      '--root-path',
      '--forwarded-allow-ips',
      '--lifespan',
      '--ws',
      '--loop',
      '--http',
      '--interface',
      '--limit-concurrency',
      '--timeout-keep-alive',
      '--ssl-keyfile',
      '--ssl-certfile',
      '--log-config',
      '--log-level',
      '--env-file',
      '--reload-dir',
      '--workers',
      '--backlog',
      '--proxy-protocol',
    ],
    port: {
      ...none,
      host: ['--host'],
      port: ['--port'],
      socket: ['--uds', '--fd'],
      defaultHost: '127.0.0.1',
      defaultPort: 8000,
      readsPort: false,
      portEnv: [{ port: 'UVICORN_PORT', host: 'UVICORN_HOST' }],
    },
    listenFix: { port: '--host 0.0.0.0 --port $PORT', host: '--host 0.0.0.0' },
    appTarget: {
      defaultAttribute: null,
      missingAttribute: 'Error loading ASGI app. Attribute "{attribute}" not found in module "{module}".',
    },
    source:
      'encode/uvicorn uvicorn/main.py (--host 127.0.0.1, --port 8000, auto_envvar_prefix UVICORN), uvicorn/importer.py import_from_string, uvicorn/config.py load (exits with "Error loading ASGI app.")',
  },
  hypercorn: {
    id: 'hypercorn',
    label: 'hypercorn',
    language: 'python',
    pythonPackage: 'hypercorn',
    importsTarget: true,
    invokedAs: [command('hypercorn'), pythonModule('hypercorn')],
    optionsWithValue: GUNICORN_LIKE_OPTIONS,
    port: { ...none, bind: ['-b', '--bind'], config: ['-c', '--config'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false },
    listenFix: { port: '--bind 0.0.0.0:$PORT', host: '--bind 0.0.0.0:$PORT' },
    appTarget: { defaultAttribute: 'app' },
    source: 'pgjones/hypercorn src/hypercorn/config.py (bind 127.0.0.1:8000), src/hypercorn/utils.py import_app (default attribute `app`)',
  },
  daphne: {
    id: 'daphne',
    label: 'daphne',
    language: 'python',
    pythonPackage: 'daphne',
    importsTarget: true,
    invokedAs: [command('daphne'), pythonModule('daphne')],
    optionsWithValue: [
      '--root-path',
      '--access-log',
      '--ping-interval',
      '--ping-timeout',
      '--websocket-timeout',
      '-v',
      '--verbosity',
      '--proxy-headers-host',
      '--proxy-headers-port',
    ],
    port: {
      ...none,
      host: ['-b', '--bind'],
      port: ['-p', '--port'],
      socket: ['-u', '--unix-socket', '--fd', '-e', '--endpoint'],
      defaultHost: '127.0.0.1',
      defaultPort: 8000,
      readsPort: false,
    },
    listenFix: { port: '--port $PORT', host: '--bind 0.0.0.0' },
    appTarget: { defaultAttribute: null },
    source: 'django/daphne daphne/cli.py (--bind 127.0.0.1, --port 8000)',
  },
  waitress: {
    id: 'waitress',
    label: 'waitress-serve',
    language: 'python',
    pythonPackage: 'waitress',
    importsTarget: true,
    invokedAs: [command('waitress-serve'), pythonModule('waitress')],
    optionsWithValue: ['--threads', '--url-prefix', '--ident', '--backlog', '--connection-limit', '--channel-timeout'],
    port: {
      ...none,
      bind: ['--listen'],
      host: ['--host'],
      port: ['--port'],
      socket: ['--unix-socket'],
      defaultHost: '0.0.0.0',
      defaultPort: 8080,
      readsPort: false,
    },
    listenFix: { port: '--listen=0.0.0.0:$PORT', host: '--host 0.0.0.0' },
    appTarget: { defaultAttribute: null },
    source: 'Pylons/waitress src/waitress/adjustments.py (host 0.0.0.0, port 8080), docs "waitress-serve"',
  },
  granian: {
    id: 'granian',
    label: 'granian',
    language: 'python',
    pythonPackage: 'granian',
    importsTarget: true,
    invokedAs: [command('granian'), pythonModule('granian')],
    optionsWithValue: [
      '--interface',
      '--http',
      '--workers',
      '--threads',
      '--blocking-threads',
      '--threading-mode',
      '--loop',
      '--backlog',
      '--backpressure',
      '--log-level',
      '--log-config',
      '--access-log-fmt',
      '--ssl-certificate',
      '--ssl-keyfile',
      '--ssl-keyfile-password',
      '--url-path-prefix',
      '--respawn-interval',
      '--workers-lifetime',
      '--workers-graceful-timeout',
      '--reload-paths',
      '--reload-ignore-dirs',
      '--process-name',
      '--pid-file',
    ],
    port: {
      ...none,
      host: ['--host'],
      port: ['--port'],
      socket: ['--uds'],
      defaultHost: '127.0.0.1',
      defaultPort: 8000,
      readsPort: false,
      portEnv: [{ port: 'GRANIAN_PORT', host: 'GRANIAN_HOST' }],
    },
    listenFix: { port: '--host 0.0.0.0 --port $PORT', host: '--host 0.0.0.0' },
    appTarget: { defaultAttribute: null },
    source: 'emmett-framework/granian granian/cli.py (--host 127.0.0.1, --port 8000, auto_envvar_prefix GRANIAN)',
  },
  uwsgi: {
    id: 'uwsgi',
    label: 'uwsgi',
    language: 'python',
    pythonPackage: 'uwsgi',
    invokedAs: [command('uwsgi')],
    port: {
      ...none,
      bind: ['--http', '--http-socket'],
      config: ['--ini', '--yaml', '--json', '--xml'],
      socket: ['--socket', '-s'],
      defaultHost: '',
      defaultPort: null,
      readsPort: false,
    },
    listenFix: { port: '--http :$PORT', host: '--http 0.0.0.0:$PORT' },
    source: 'uwsgi-docs.readthedocs.io "Configuration" (--http, --http-socket, --socket; no default listener)',
  },
  'flask-run': {
    id: 'flask-run',
    label: 'flask run',
    language: 'python',
    pythonPackage: 'flask',
    invokedAs: [
      { kind: 'command', names: ['flask'], subcommand: subcommand('run') },
      { kind: 'python-module', module: 'flask', subcommand: subcommand('run') },
    ],
    leadingOptionsWithValue: ['-A', '--app', '-e', '--env-file'],
    devServer: { why: "Flask's development server, which its documentation says not to use in production" },
    port: {
      ...none,
      host: ['-h', '--host'],
      port: ['-p', '--port'],
      defaultHost: '127.0.0.1',
      defaultPort: 5000,
      readsPort: false,
      portEnv: [{ port: 'FLASK_RUN_PORT', host: 'FLASK_RUN_HOST' }],
    },
    listenFix: { port: '--host 0.0.0.0 --port $PORT', host: '--host 0.0.0.0' },
    source: 'pallets/flask src/flask/cli.py run_command (127.0.0.1:5000, FLASK_RUN_HOST / FLASK_RUN_PORT)',
  },
  'django-runserver': {
    id: 'django-runserver',
    label: 'manage.py runserver',
    language: 'python',
    pythonPackage: 'django',
    invokedAs: [
      { kind: 'python-script', script: 'manage.py', subcommand: subcommand('runserver') },
      { kind: 'command', names: ['django-admin'], subcommand: subcommand('runserver') },
      { kind: 'python-module', module: 'django', subcommand: subcommand('runserver') },
    ],
    devServer: {
      why: "Django's development server, which its documentation says not to use in production",
      instead: 'gunicorn <project>.wsgi --bind 0.0.0.0:$PORT',
    },
    port: { ...none, defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false, positionalAddress: true },
    listenFix: { port: '0.0.0.0:$PORT', host: '0.0.0.0:$PORT' },
    source: 'django/django django/core/management/commands/runserver.py (default_addr 127.0.0.1, default_port 8000)',
  },
  streamlit: {
    id: 'streamlit',
    label: 'streamlit run',
    language: 'python',
    pythonPackage: 'streamlit',
    invokedAs: [
      { kind: 'command', names: ['streamlit'], subcommand: subcommand('run') },
      { kind: 'python-module', module: 'streamlit', subcommand: subcommand('run') },
    ],
    // Options are `--server.port=8501` or `--server.port 8501`; the app file comes first.
    port: {
      ...none,
      host: ['--server.address'],
      port: ['--server.port'],
      defaultHost: '0.0.0.0',
      defaultPort: 8501,
      readsPort: false,
      portEnv: [{ port: 'STREAMLIT_SERVER_PORT', host: 'STREAMLIT_SERVER_ADDRESS' }],
      configFiles: ['.streamlit/config.toml'],
    },
    listenFix: { port: '--server.port $PORT --server.address 0.0.0.0', host: '--server.address 0.0.0.0' },
    source: 'docs.streamlit.io "Configuration options" (server.port 8501, server.address unset: every interface; STREAMLIT_SERVER_PORT)',
  },
  gradio: {
    id: 'gradio',
    label: 'gradio',
    language: 'python',
    pythonPackage: 'gradio',
    invokedAs: [command('gradio')],
    devServer: {
      why: "Gradio's auto-reload mode, meant for development",
      instead: 'python app.py (with demo.launch(server_name="0.0.0.0", server_port=int(os.environ["PORT"])))',
    },
    source: 'gradio.app docs "Developing Faster with Reload Mode"; launch() server_name 127.0.0.1, server_port 7860, GRADIO_SERVER_PORT',
  },
  'python-http-server': {
    id: 'python-http-server',
    label: 'python -m http.server',
    language: 'python',
    invokedAs: [pythonModule('http.server')],
    devServer: { why: 'a basic static file server meant for testing' },
  },
  'python-script': {
    id: 'python-script',
    label: 'python',
    language: 'python',
    invokedAs: [{ kind: 'interpreter', names: ['python'], runs: 'file' }],
    leadingOptionsWithValue: ['-W', '-X', '-c'],
  },
  flower: {
    id: 'flower',
    label: 'celery flower',
    language: 'python',
    pythonPackage: 'flower',
    invokedAs: [{ kind: 'command', names: ['celery'], subcommand: subcommand('flower') }, command('flower')],
    leadingOptionsWithValue: CELERY_OPTIONS,
    optionsWithValue: ['--broker-api', '--basic-auth', '--url-prefix', '--persistent', '--db', '--max-tasks'],
    port: {
      ...none,
      host: ['--address'],
      port: ['--port'],
      defaultHost: '0.0.0.0',
      defaultPort: 5555,
      readsPort: false,
      portEnv: [{ port: 'FLOWER_PORT', host: 'FLOWER_ADDRESS' }],
    },
    listenFix: { port: '--port=$PORT', host: '--address=0.0.0.0' },
    source: 'mher/flower flower/options.py (port 5555, address ""), docs "Configuration" (FLOWER_ env prefix)',
  },
  celery: {
    id: 'celery',
    label: 'celery',
    language: 'python',
    pythonPackage: 'celery',
    invokedAs: [command('celery'), pythonModule('celery')],
    leadingOptionsWithValue: CELERY_OPTIONS,
    opensNoPort: 'takes jobs from the broker and serves no HTTP',
    source: 'docs.celeryq.dev "Workers Guide"',
  },
  rq: {
    id: 'rq',
    label: 'rq worker',
    language: 'python',
    pythonPackage: 'rq',
    invokedAs: [{ kind: 'command', names: ['rq'], subcommand: subcommand('worker', 'worker-pool') }, command('rqworker')],
    opensNoPort: 'takes jobs from Redis and serves no HTTP',
    source: 'python-rq.org docs "Workers"',
  },
  'node-script': {
    id: 'node-script',
    label: 'node',
    language: 'node',
    invokedAs: [{ kind: 'interpreter', names: ['node'], runs: 'file' }],
    leadingOptionsWithValue: ['-r', '--require', '--import', '--loader', '--env-file'],
    source: 'nodejs.org docs "Command-line API"; the app reads process.env.PORT itself',
  },
  'ts-node': {
    id: 'ts-node',
    label: 'ts-node',
    language: 'node',
    npmPackage: 'ts-node',
    invokedAs: [{ kind: 'interpreter', names: ['ts-node'], runs: 'file' }],
    leadingOptionsWithValue: ['-r', '--require', '-P', '--project', '-O', '--compiler-options'],
    devServer: { why: 'a development tool that compiles TypeScript in memory on every start', instead: 'node dist/index.js' },
    source: 'typestrong.org/ts-node docs "Options"',
  },
  nodemon: {
    id: 'nodemon',
    label: 'nodemon',
    language: 'node',
    npmPackage: 'nodemon',
    invokedAs: [command('nodemon')],
    devServer: { why: 'a development tool that restarts the app when files change' },
  },
  'ts-node-dev': {
    id: 'ts-node-dev',
    label: 'ts-node-dev',
    language: 'node',
    npmPackage: 'ts-node-dev',
    invokedAs: [command('ts-node-dev')],
    devServer: { why: 'a development tool that compiles TypeScript on the fly and restarts on change' },
  },
  'npm-script': {
    id: 'npm-script',
    label: 'npm',
    language: 'node',
    invokedAs: [{ kind: 'package-script', tools: ['npm', 'yarn', 'pnpm'] }],
  },
  'next-dev': {
    id: 'next-dev',
    label: 'next dev',
    language: 'node',
    invokedAs: [{ kind: 'command', names: ['next'], subcommand: subcommand('dev') }],
    devServer: { why: "Next.js's development server (use `next build` then `next start`)" },
    npmPackage: 'next',
  },
  'next-start': {
    id: 'next-start',
    label: 'next start',
    language: 'node',
    npmPackage: 'next',
    invokedAs: [{ kind: 'command', names: ['next'], subcommand: subcommand('start') }],
    optionsWithValue: ['--keepAliveTimeout'],
    port: { ...none, host: ['-H', '--hostname'], port: ['-p', '--port'], defaultHost: '0.0.0.0', defaultPort: 3000, readsPort: true },
    source: 'vercel/next.js packages/next/src/cli/next-start.ts and docs "next CLI" (-p defaults to PORT, else 3000; every interface)',
  },
  'nest-start': {
    id: 'nest-start',
    label: 'nest start',
    language: 'node',
    npmPackage: '@nestjs/cli',
    invokedAs: [{ kind: 'command', names: ['nest'], subcommand: subcommand('start') }],
    devServer: { why: 'the Nest CLI, which compiles the app before it starts (and watches files with --watch)', instead: 'node dist/main' },
    source: 'docs.nestjs.com "CLI usage" (nest start compiles, then runs node dist/main)',
  },
  vite: {
    id: 'vite',
    label: 'vite',
    language: 'node',
    npmPackage: 'vite',
    invokedAs: [{ kind: 'command', names: ['vite'], subcommand: { names: ['dev', 'serve'], optional: true } }],
    leadingOptionsWithValue: ['-c', '--config', '--host', '--port', '--base', '-m', '--mode', '-l', '--logLevel'],
    devServer: { why: "Vite's development server (serve the built files instead)" },
  },
  'java-jar': {
    id: 'java-jar',
    label: 'java -jar',
    language: 'java',
    invokedAs: [{ kind: 'interpreter', names: ['java'], flag: '-jar', runs: 'file' }],
    port: {
      ...none,
      port: ['--server.port'],
      defaultHost: '0.0.0.0',
      defaultPort: 8080,
      readsPort: false,
      portEnv: [{ port: 'SERVER_PORT' }],
      javaProperty: 'server.port',
      configFiles: [
        'src/main/resources/application.properties',
        'src/main/resources/application.yml',
        'src/main/resources/application.yaml',
      ],
    },
    listenFix: { port: '-Dserver.port=$PORT', host: '-Dserver.address=0.0.0.0', where: 'before `-jar`' },
    // The framework the jar runs (Spring Boot, Quarkus, Micronaut, Ktor, Javalin, Dropwizard, plain) decides where
    // the port comes from: src/apps/java-framework.ts reads the build and the config files.
    configReader: 'java-framework',
    source:
      'docs.spring.io spring-boot "Externalized Configuration" (server.port, SERVER_PORT, 8080); src/apps/java-framework.ts for the others',
  },
  puma: {
    id: 'puma',
    label: 'puma',
    language: 'ruby',
    invokedAs: [command('puma')],
    optionsWithValue: ['-e', '--environment', '-t', '--threads', '-w', '--workers', '--pidfile', '--dir', '--tag'],
    // Without -C, puma loads config/puma.rb when there is one (Rails' reads PORT).
    port: {
      ...none,
      bind: ['-b', '--bind'],
      port: ['-p', '--port'],
      config: ['-C', '--config'],
      defaultHost: '0.0.0.0',
      defaultPort: 9292,
      readsPort: false,
      configFiles: ['config/puma.rb'],
    },
    listenFix: { port: '--port $PORT', host: '--bind tcp://0.0.0.0:$PORT' },
    gem: 'puma',
    configReader: 'puma',
    source: 'puma/puma lib/puma/configuration.rb (binds tcp://0.0.0.0:9292, config/puma/<env>.rb then config/puma.rb), lib/puma/dsl.rb',
  },
  'rails-server': {
    id: 'rails-server',
    label: 'rails server',
    language: 'ruby',
    invokedAs: [{ kind: 'command', names: ['rails'], subcommand: subcommand('server', 's') }],
    optionsWithValue: ['-e', '--environment', '-u', '--using', '-P', '--pid'],
    port: { ...none, host: ['-b', '--binding'], port: ['-p', '--port'], defaultHost: '0.0.0.0', defaultPort: 3000, readsPort: true },
    // The `rails` executable and its server command are railties' (railties/exe/rails); the rails gem depends on it.
    gem: 'railties',
    gemVia: ['rails'],
    source: 'rails/rails railties/lib/rails/commands/server/server_command.rb (port from PORT, else 3000)',
  },
  rackup: {
    id: 'rackup',
    label: 'rackup',
    language: 'ruby',
    invokedAs: [command('rackup')],
    optionsWithValue: ['-E', '--env', '-s', '--server', '-P', '--pid'],
    // Rack binds to localhost only when RACK_ENV is development; platforms set production.
    port: { ...none, host: ['-o', '--host'], port: ['-p', '--port'], defaultHost: '0.0.0.0', defaultPort: 9292, readsPort: false },
    listenFix: { port: '--host 0.0.0.0 --port $PORT', host: '--host 0.0.0.0' },
    gem: 'rack',
    // rack 3 moved the executable to the rackup gem; the frameworks depend on rack.
    gemVia: ['rackup', 'rails', 'sinatra', 'hanami', 'roda', 'grape'],
    source: 'rack/rackup lib/rackup/server.rb (port 9292; localhost only in development)',
  },
  unicorn: {
    id: 'unicorn',
    label: 'unicorn',
    language: 'ruby',
    invokedAs: [command('unicorn')],
    optionsWithValue: ['-E', '--env', '-o', '--host'],
    port: {
      ...none,
      bind: ['-l', '--listen'],
      port: ['-p', '--port'],
      config: ['-c', '--config-file'],
      defaultHost: '0.0.0.0',
      defaultPort: 8080,
      readsPort: false,
    },
    listenFix: { port: '--listen 0.0.0.0:$PORT', host: '--listen 0.0.0.0:$PORT' },
    gem: 'unicorn',
    source: 'yhbt.net/unicorn Unicorn::Configurator (listen 0.0.0.0:8080)',
  },
  thin: {
    id: 'thin',
    label: 'thin start',
    language: 'ruby',
    gem: 'thin',
    invokedAs: [{ kind: 'command', names: ['thin'], subcommand: subcommand('start') }],
    optionsWithValue: [
      '-e',
      '--environment',
      '-R',
      '--rackup',
      '-c',
      '--chdir',
      '-s',
      '--servers',
      '-P',
      '--pid',
      '-l',
      '--log',
      '-t',
      '--timeout',
    ],
    port: {
      ...none,
      host: ['-a', '--address'],
      port: ['-p', '--port'],
      config: ['-C', '--config'],
      socket: ['-S', '--socket'],
      defaultHost: '0.0.0.0',
      defaultPort: 3000,
      readsPort: false,
    },
    listenFix: { port: '--address 0.0.0.0 --port $PORT', host: '--address 0.0.0.0' },
    source: 'macournoyer/thin lib/thin/server.rb (DEFAULT_HOST 0.0.0.0, DEFAULT_PORT 3000), lib/thin/runner.rb',
  },
  sidekiq: {
    id: 'sidekiq',
    label: 'sidekiq',
    language: 'ruby',
    gem: 'sidekiq',
    invokedAs: [command('sidekiq')],
    opensNoPort: 'takes jobs from Redis and serves no HTTP',
    source: 'sidekiq/sidekiq wiki "Deployment"',
  },
  'heroku-php': {
    id: 'heroku-php',
    label: 'heroku-php',
    language: 'php',
    invokedAs: [command('heroku-php-apache2', 'heroku-php-nginx')],
    port: { ...none, defaultHost: '0.0.0.0', defaultPort: null, readsPort: true },
    source: 'heroku/heroku-buildpack-php bin/heroku-php-apache2 and bin/heroku-php-nginx (listen on PORT)',
  },
  'php-fpm': {
    id: 'php-fpm',
    label: 'php-fpm',
    language: 'php',
    invokedAs: [command('php-fpm', 'php-fpm8', 'php-fpm8.1', 'php-fpm8.2', 'php-fpm8.3', 'php-fpm8.4')],
    opensNoPort: 'speaks FastCGI to a web server in front of it (port 9000 by default), not HTTP',
    source: 'php.net manual "FastCGI Process Manager (FPM)" (listen 127.0.0.1:9000)',
  },
  'artisan-serve': {
    id: 'artisan-serve',
    label: 'php artisan serve',
    language: 'php',
    invokedAs: [{ kind: 'python-script', interpreter: 'php', script: 'artisan', subcommand: subcommand('serve') }],
    devServer: { why: "Laravel's development server, PHP's built-in one", instead: 'heroku-php-apache2 public/' },
    port: { ...none, host: ['--host'], port: ['--port'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false },
    listenFix: { port: '--host=0.0.0.0 --port=$PORT', host: '--host=0.0.0.0' },
    source: 'laravel/framework src/Illuminate/Foundation/Console/ServeCommand.php (host 127.0.0.1, port 8000)',
  },
  'php-builtin': {
    id: 'php-builtin',
    label: 'php -S',
    language: 'php',
    invokedAs: [{ kind: 'interpreter', names: ['php'], flag: '-S', runs: 'arguments' }],
    devServer: { why: "PHP's built-in web server, meant for development" },
    port: { ...none, defaultHost: 'localhost', defaultPort: null, readsPort: false, positionalAddress: true },
    listenFix: { port: '0.0.0.0:$PORT', host: '0.0.0.0:$PORT' },
    source: 'php.net manual "Built-in web server"',
  },
  dotnet: {
    id: 'dotnet',
    label: 'dotnet',
    language: 'dotnet',
    invokedAs: [{ kind: 'interpreter', names: ['dotnet'], runs: 'file' }],
    // Kestrel listens where ASPNETCORE_URLS or `--urls` say, else http://localhost:5000; whether a platform's .NET
    // buildpack sets ASPNETCORE_URLS to $PORT is unverified, so no port facts: the port rules stay silent.
    source: 'learn.microsoft.com "Configure endpoints for the ASP.NET Core Kestrel web server"',
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
export const INTERPRETER_LANGUAGES: Readonly<Record<string, Language>> = {
  python: 'python',
  node: 'node',
  ruby: 'ruby',
  java: 'java',
  php: 'php',
  dotnet: 'dotnet',
  go: 'go',
};
