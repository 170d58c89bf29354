/**
 * The programs a Procfile command typically starts, and what each needs to serve on `$PORT`: the facts behind the
 * command rules (domain.md section 4). Options are listed as they are spelled on the command line.
 */
import type { Language } from '../engine/languages.js';

export type ProgramId =
  | 'gunicorn' | 'uvicorn' | 'hypercorn' | 'daphne' | 'waitress' | 'uwsgi' | 'flask-run' | 'django-runserver'
  | 'python-http-server' | 'python-script' | 'celery'
  | 'node-script' | 'nodemon' | 'ts-node-dev' | 'npm-script' | 'next-dev' | 'vite'
  | 'java-jar'
  | 'puma' | 'rails-server' | 'rackup' | 'unicorn' | 'sidekiq'
  | 'heroku-php' | 'php-builtin';

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
  /** Environment variables that set the port instead of an option. */
  portEnv: readonly string[];
  /** Positional `[host:]port` argument (`manage.py runserver 0.0.0.0:$PORT`, `php -S`). */
  positionalAddress?: boolean;
  /** A Java system property that sets the port (`-Dserver.port=$PORT` before `-jar`). */
  javaProperty?: string;
  /** Files that may set the port instead (Spring's application.properties). */
  configFiles?: readonly string[];
}

export interface Program {
  id: ProgramId;
  /** How to name it in a message. */
  label: string;
  language: Language;
  /** Why it should not serve production traffic, when it should not. */
  devServer?: string;
  /** The Python package that provides it, for server-undeclared. */
  pythonPackage?: string;
  /** Its first positional argument is a Python `module:attribute` to import. */
  importsTarget?: boolean;
  port?: PortFacts;
}

const none = { bind: [], host: [], port: [], config: [], socket: [], portEnv: [] } as const;

export const PROGRAMS: Readonly<Record<ProgramId, Program>> = {
  gunicorn: {
    id: 'gunicorn', label: 'gunicorn', language: 'python', pythonPackage: 'gunicorn', importsTarget: true,
    port: { ...none, bind: ['-b', '--bind'], config: ['-c', '--config'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: true, addressReplacesPort: true },
  },
  uvicorn: {
    id: 'uvicorn', label: 'uvicorn', language: 'python', pythonPackage: 'uvicorn', importsTarget: true,
    port: { ...none, host: ['--host'], port: ['--port'], socket: ['--uds', '--fd'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false, portEnv: ['UVICORN_PORT'] },
  },
  hypercorn: {
    id: 'hypercorn', label: 'hypercorn', language: 'python', pythonPackage: 'hypercorn', importsTarget: true,
    port: { ...none, bind: ['-b', '--bind'], config: ['-c', '--config'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false },
  },
  daphne: {
    id: 'daphne', label: 'daphne', language: 'python', pythonPackage: 'daphne', importsTarget: true,
    port: { ...none, host: ['-b', '--bind'], port: ['-p', '--port'], socket: ['-u', '--unix-socket', '--fd', '-e', '--endpoint'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false },
  },
  waitress: {
    id: 'waitress', label: 'waitress-serve', language: 'python', pythonPackage: 'waitress', importsTarget: true,
    port: { ...none, bind: ['--listen'], host: ['--host'], port: ['--port'], socket: ['--unix-socket'], defaultHost: '0.0.0.0', defaultPort: 8080, readsPort: false },
  },
  uwsgi: {
    id: 'uwsgi', label: 'uwsgi', language: 'python', pythonPackage: 'uwsgi',
    port: { ...none, bind: ['--http', '--http-socket'], config: ['--ini', '--yaml', '--json', '--xml'], socket: ['--socket', '-s'], defaultHost: '', defaultPort: null, readsPort: false },
  },
  'flask-run': {
    id: 'flask-run', label: 'flask run', language: 'python', pythonPackage: 'flask',
    devServer: "Flask's development server, which its documentation says not to use in production",
    port: { ...none, host: ['-h', '--host'], port: ['-p', '--port'], defaultHost: '127.0.0.1', defaultPort: 5000, readsPort: false, portEnv: ['FLASK_RUN_PORT'] },
  },
  'django-runserver': {
    id: 'django-runserver', label: 'manage.py runserver', language: 'python', pythonPackage: 'django',
    devServer: "Django's development server, which its documentation says not to use in production",
    port: { ...none, defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false, positionalAddress: true },
  },
  'python-http-server': {
    id: 'python-http-server', label: 'python -m http.server', language: 'python',
    devServer: 'a basic static file server meant for testing',
  },
  'python-script': { id: 'python-script', label: 'python', language: 'python' },
  celery: { id: 'celery', label: 'celery', language: 'python', pythonPackage: 'celery' },
  'node-script': { id: 'node-script', label: 'node', language: 'node' },
  nodemon: { id: 'nodemon', label: 'nodemon', language: 'node', devServer: 'a development tool that restarts the app when files change' },
  'ts-node-dev': { id: 'ts-node-dev', label: 'ts-node-dev', language: 'node', devServer: 'a development tool that compiles TypeScript on the fly and restarts on change' },
  'npm-script': { id: 'npm-script', label: 'npm', language: 'node' },
  'next-dev': { id: 'next-dev', label: 'next dev', language: 'node', devServer: "Next.js's development server (use `next build` then `next start`)" },
  vite: { id: 'vite', label: 'vite', language: 'node', devServer: "Vite's development server (serve the built files instead)" },
  'java-jar': {
    id: 'java-jar', label: 'java -jar', language: 'java',
    port: {
      ...none, port: ['--server.port'], defaultHost: '0.0.0.0', defaultPort: 8080, readsPort: false, portEnv: ['SERVER_PORT'],
      javaProperty: 'server.port',
      configFiles: ['src/main/resources/application.properties', 'src/main/resources/application.yml', 'src/main/resources/application.yaml'],
    },
  },
  puma: {
    id: 'puma', label: 'puma', language: 'ruby',
    // Without -C, puma loads config/puma.rb when there is one (Rails' reads PORT).
    port: { ...none, bind: ['-b', '--bind'], port: ['-p', '--port'], config: ['-C', '--config'], defaultHost: '0.0.0.0', defaultPort: 9292, readsPort: false, configFiles: ['config/puma.rb'] },
  },
  'rails-server': {
    id: 'rails-server', label: 'rails server', language: 'ruby',
    port: { ...none, host: ['-b', '--binding'], port: ['-p', '--port'], defaultHost: '0.0.0.0', defaultPort: 3000, readsPort: true },
  },
  rackup: {
    id: 'rackup', label: 'rackup', language: 'ruby',
    // Rack binds to localhost only when RACK_ENV is development; platforms set production.
    port: { ...none, host: ['-o', '--host'], port: ['-p', '--port'], defaultHost: '0.0.0.0', defaultPort: 9292, readsPort: false },
  },
  unicorn: {
    id: 'unicorn', label: 'unicorn', language: 'ruby',
    port: { ...none, bind: ['-l', '--listen'], port: ['-p', '--port'], config: ['-c', '--config-file'], defaultHost: '0.0.0.0', defaultPort: 8080, readsPort: false },
  },
  sidekiq: { id: 'sidekiq', label: 'sidekiq', language: 'ruby' },
  'heroku-php': {
    id: 'heroku-php', label: 'heroku-php', language: 'php',
    port: { ...none, defaultHost: '0.0.0.0', defaultPort: null, readsPort: true },
  },
  'php-builtin': {
    id: 'php-builtin', label: 'php -S', language: 'php', devServer: "PHP's built-in web server, meant for development",
    port: { ...none, defaultHost: 'localhost', defaultPort: null, readsPort: false, positionalAddress: true },
  },
};
