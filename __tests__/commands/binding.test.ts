/**
 * How each program of the catalogue binds host and port, one row per way of telling it, each with the source the
 * record cites (programs.ts `source`). `listen` is what listen.ts reads off the command line.
 */
import { invocationsOf } from '../../src/commands/invocation.js';
import { listenOf } from '../../src/commands/listen.js';
import { PROGRAMS, type ProgramId } from '../../src/commands/programs.js';
import { analyzeShell } from '../../src/commands/shell.js';

interface Bound {
  program: ProgramId;
  host?: string | null;
  port?: string | null;
  readsPort?: boolean;
  undecidable?: boolean;
}

function bound(command: string): Bound & { defaultHost?: string; defaultPort?: number | null } {
  const invocation = invocationsOf(analyzeShell(command)).at(-1);
  const listen = invocation ? listenOf(invocation) : null;
  return {
    program: invocation?.program?.id as ProgramId,
    host: listen?.host?.value ?? null,
    port: listen?.port?.value ?? null,
    readsPort: listen?.readsPort ?? false,
    undecidable: listen ? listen.undecidable !== null : false,
    defaultHost: listen?.facts.defaultHost,
    defaultPort: listen?.facts.defaultPort,
  };
}

const ROWS: [string, Bound & { defaultHost?: string; defaultPort?: number | null }][] = [
  // benoitc/gunicorn gunicorn/config.py Bind: $PORT when set, else 127.0.0.1:8000; any --bind replaces it.
  ['gunicorn app:app', { program: 'gunicorn', readsPort: true, defaultHost: '127.0.0.1', defaultPort: 8000 }],
  ['gunicorn -b 0.0.0.0:$PORT app:app', { program: 'gunicorn', host: '0.0.0.0', port: '$PORT' }],
  ['gunicorn --bind 0.0.0.0 app:app', { program: 'gunicorn', host: '0.0.0.0', readsPort: false }],
  ['gunicorn -c gunicorn.conf.py app:app', { program: 'gunicorn', undecidable: true }],
  ['python -m gunicorn app:app', { program: 'gunicorn', readsPort: true }],
  // encode/uvicorn uvicorn/main.py: --host 127.0.0.1, --port 8000, UVICORN_PORT / UVICORN_HOST.
  ['uvicorn main:app', { program: 'uvicorn', defaultHost: '127.0.0.1', defaultPort: 8000 }],
  ['uvicorn main:app --host 0.0.0.0 --port $PORT', { program: 'uvicorn', host: '0.0.0.0', port: '$PORT' }],
  ['UVICORN_PORT=$PORT UVICORN_HOST=0.0.0.0 uvicorn main:app', { program: 'uvicorn', host: '0.0.0.0', port: '$PORT' }],
  ['uvicorn main:app --uds /tmp/app.sock', { program: 'uvicorn', undecidable: true }],
  // pgjones/hypercorn src/hypercorn/config.py: bind 127.0.0.1:8000.
  ['hypercorn main:app -b 0.0.0.0:$PORT', { program: 'hypercorn', host: '0.0.0.0', port: '$PORT', defaultPort: 8000 }],
  // django/daphne daphne/cli.py: -b 127.0.0.1, -p 8000.
  ['daphne -b 0.0.0.0 -p $PORT mysite.asgi:application', { program: 'daphne', host: '0.0.0.0', port: '$PORT', defaultHost: '127.0.0.1' }],
  // Pylons/waitress adjustments.py: 0.0.0.0:8080.
  [
    'waitress-serve --listen=0.0.0.0:$PORT app:app',
    { program: 'waitress', host: '0.0.0.0', port: '$PORT', defaultHost: '0.0.0.0', defaultPort: 8080 },
  ],
  // emmett-framework/granian granian/cli.py: --host 127.0.0.1, --port 8000, GRANIAN_ envvar prefix.
  [
    'granian --interface asgi --host 0.0.0.0 --port $PORT main:app',
    { program: 'granian', host: '0.0.0.0', port: '$PORT', defaultHost: '127.0.0.1', defaultPort: 8000 },
  ],
  ['GRANIAN_PORT=$PORT granian --interface asgi main:app', { program: 'granian', port: '$PORT' }],
  // pallets/flask src/flask/cli.py run_command: 127.0.0.1:5000, FLASK_RUN_HOST / FLASK_RUN_PORT.
  ['flask run', { program: 'flask-run', defaultHost: '127.0.0.1', defaultPort: 5000 }],
  ['flask --app web run --host=0.0.0.0 --port=$PORT', { program: 'flask-run', host: '0.0.0.0', port: '$PORT' }],
  // django/django core/management/commands/runserver.py: addrport, default 127.0.0.1:8000.
  ['python manage.py runserver 0.0.0.0:$PORT', { program: 'django-runserver', host: '0.0.0.0', port: '$PORT', defaultPort: 8000 }],
  // docs.streamlit.io "Configuration options": server.port 8501, server.address unset (every interface).
  [
    'streamlit run app.py --server.port $PORT --server.address 0.0.0.0',
    { program: 'streamlit', host: '0.0.0.0', port: '$PORT', defaultPort: 8501 },
  ],
  ['streamlit run app.py --server.port=$PORT', { program: 'streamlit', port: '$PORT', defaultHost: '0.0.0.0' }],
  // mher/flower flower/options.py: port 5555.
  ['celery -A proj flower --port=$PORT', { program: 'flower', port: '$PORT', defaultPort: 5555 }],
  // puma/puma lib/puma/configuration.rb: tcp://0.0.0.0:9292; -C hands it to the config file.
  ['bundle exec puma -p $PORT', { program: 'puma', port: '$PORT', defaultHost: '0.0.0.0', defaultPort: 9292 }],
  ['bundle exec puma -C config/puma.rb', { program: 'puma', undecidable: true }],
  ['puma -b tcp://0.0.0.0:$PORT', { program: 'puma', host: '0.0.0.0', port: '$PORT' }],
  // rails/rails server_command.rb: PORT, else 3000.
  ['bin/rails server -b 0.0.0.0', { program: 'rails-server', host: '0.0.0.0', readsPort: true, defaultPort: 3000 }],
  // rack/rackup lib/rackup/server.rb: 9292.
  ['bundle exec rackup -o 0.0.0.0 -p $PORT', { program: 'rackup', host: '0.0.0.0', port: '$PORT', defaultPort: 9292 }],
  // Unicorn::Configurator: 0.0.0.0:8080.
  ['bundle exec unicorn -l 0.0.0.0:$PORT -c config/unicorn.rb', { program: 'unicorn', undecidable: true, defaultPort: 8080 }],
  // macournoyer/thin lib/thin/server.rb: 0.0.0.0:3000.
  ['bundle exec thin start -p $PORT', { program: 'thin', port: '$PORT', defaultHost: '0.0.0.0', defaultPort: 3000 }],
  // vercel/next.js packages/next/src/cli/next-start.ts: -p, else PORT, else 3000; every interface.
  ['next start', { program: 'next-start', readsPort: true, defaultPort: 3000 }],
  ['npx next start -H 127.0.0.1', { program: 'next-start', host: '127.0.0.1', readsPort: true }],
  // docs.spring.io: server.port, -Dserver.port before -jar, --server.port after it, SERVER_PORT.
  ['java -Dserver.port=$PORT -jar target/app.jar', { program: 'java-jar', port: '$PORT', defaultPort: 8080 }],
  ['java -jar target/app.jar --server.port=$PORT', { program: 'java-jar', port: '$PORT' }],
  ['SERVER_PORT=$PORT java -jar target/app.jar', { program: 'java-jar', port: '$PORT' }],
  // heroku/heroku-buildpack-php bin/heroku-php-*: listen on PORT.
  ['heroku-php-apache2 public/', { program: 'heroku-php', readsPort: true }],
  // php.net "Built-in web server": php -S host:port.
  ['php -S 0.0.0.0:$PORT -t public', { program: 'php-builtin', host: '0.0.0.0', port: '$PORT' }],
  // laravel/framework ServeCommand.php: --host 127.0.0.1, --port 8000.
  [
    'php artisan serve --host=0.0.0.0 --port=$PORT',
    { program: 'artisan-serve', host: '0.0.0.0', port: '$PORT', defaultHost: '127.0.0.1', defaultPort: 8000 },
  ],
];

describe('how each program binds', () => {
  it.each(ROWS)('%s', (command, expected) => {
    expect(bound(command)).toMatchObject(expected);
  });

  it('covers every program that listens, and cites a source for each', () => {
    const listening = Object.values(PROGRAMS).filter((program) => program.port && program.id !== 'uwsgi');
    const covered = new Set(ROWS.map(([, row]) => row.program));
    expect(listening.filter((program) => !covered.has(program.id)).map((program) => program.id)).toEqual([]);
    expect(
      Object.values(PROGRAMS)
        .filter((program) => (program.port || program.opensNoPort) && !program.source)
        .map((program) => program.id),
    ).toEqual([]);
  });
});

describe('programs that open no port', () => {
  it.each([
    ['celery -A proj worker --loglevel=info', 'celery'],
    ['celery -A proj beat', 'celery'],
    ['rq worker high default', 'rq'],
    ['bundle exec sidekiq -C config/sidekiq.yml', 'sidekiq'],
    ['php-fpm', 'php-fpm'],
  ])('%s', (command, id) => {
    const invocation = invocationsOf(analyzeShell(command)).at(-1);
    expect(invocation?.program?.id).toBe(id);
    expect(invocation?.program?.opensNoPort).toBeTruthy();
    expect(invocation?.program?.port).toBeUndefined();
  });
});
