import { missingWeb } from '../../src/rules/missing-web.js';
import { besideOtherBuilders } from '../helpers/builders.js';
import { testRule } from '../helpers/rule-tester.js';

const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const buildFails = { ...at, message: /web process not found in Procfile/ };
const notice = (message: RegExp | string) => ({ ...at, severity: 'notice' as const, message });
/** Dokku takes the Procfile alone: no buildpack web, whatever the language. */
const dokkuRunsNothing = notice(/, and no process receives HTTP traffic\./);
const herokuRackup = notice(/it does start the Ruby buildpack's own `web: bundle exec rackup config\.ru -p \$\{PORT:-5000\}` \(/);
const RAILS_LOCK = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.0.0)\n    railties (7.1.0)\n';

/** What runs is the buildpack build's: beside a Dockerfile or heroku.yml another builder may decide. */
const NODE_WORKER = {
  name: 'a Node.js app gets the buildpack web beside the Procfile on Heroku, and on Fir with index.js',
  code: 'worker: node worker.js\n',
  files: { 'package.json': '{"name":"app"}', 'index.js': '', 'worker.js': '' },
  errors: {
    codecapsules: [buildFails],
    heroku: [
      notice(
        /only once scaled \(`heroku ps:scale worker=1`\); it does start the Node\.js buildpack's own `web: npm start` \(`heroku ps:scale web=0` stops it if the app serves no HTTP\)\. If/,
      ),
    ],
    'heroku-fir': [
      notice(
        /is unverified; the Node\.js buildpack's own `web: node index\.js` may start \(unverified; `heroku ps:scale web=0` stops it if the app serves no HTTP\)\. If/,
      ),
    ],
    dokku: [dokkuRunsNothing],
  },
};

testRule(missingWeb, {
  valid: ['web : gunicorn app:app\n', '# nothing\n', 'web: x\n'],
  invalid: [
    NODE_WORKER,
    ...besideOtherBuilders(NODE_WORKER),
    {
      code: 'worker: celery\nclock: python clock.py\n',
      errors: {
        codecapsules: [buildFails],
        heroku: [
          notice(
            'No `web` process is declared: Heroku deploys the Procfile anyway (Code Capsules fails the build). It starts `worker` and `clock` ' +
              'only once scaled (`heroku ps:scale worker=1`). If the app serves HTTP, add `web: <command that listens on $PORT>`.',
          ),
        ],
        'heroku-fir': [notice(/Whether it starts `worker` and `clock` before `heroku ps:scale worker=1` is unverified\. If/)],
        dokku: [
          notice(
            /It starts `worker` and `clock` only once scaled \(`dokku ps:scale <app> worker=1`\), and no process receives HTTP traffic\./,
          ),
        ],
      },
    },
    {
      code: 'worker: a\nWeb: b\n',
      errors: {
        codecapsules: [{ ...at, message: /Line 2 declares `Web`/ }],
        heroku: [
          {
            ...at,
            severity: 'warning',
            message:
              'No `web` process is declared: line 2 declares `Web`, but only `web` receives HTTP traffic on Heroku, and process types are ' +
              'case-sensitive (unverified). It starts `worker` and `Web` only once scaled (`heroku ps:scale worker=1`). Rename `Web` to `web`.',
          },
        ],
        // Fir's Procfile buildpack reads `Web` as `web` (process-type-name says so).
        'heroku-fir': [],
        dokku: [{ ...at, severity: 'warning', message: /line 2 declares `Web`, .* process types are case-sensitive\. It starts/ }],
      },
    },
    {
      code: 'server: node index.js\n',
      errors: {
        codecapsules: [{ ...at, message: /If `server` on line 1 is the process to run, name it `web`/ }],
        heroku: [notice(/It starts `server` only once scaled \(`heroku ps:scale server=1`\)\. If/)],
        'heroku-fir': [notice(/Whether it starts `server` before `heroku ps:scale server=1` is unverified\. If/)],
        dokku: [notice(/It starts `server` only once scaled \(`dokku ps:scale <app> server=1`\), and no process/)],
      },
    },
    {
      name: 'no npm start beside an mcp process, no Fir web without server.js or index.js',
      code: 'worker: node worker.js\nmcp: node mcp.js\n',
      files: { 'package.json': '{"name":"app"}', 'worker.js': '', 'mcp.js': '' },
      errors: {
        codecapsules: [buildFails],
        heroku: [notice(/only once scaled \(`heroku ps:scale worker=1`\), and no process receives HTTP traffic\./)],
        'heroku-fir': [notice(/is unverified, and no process receives HTTP traffic\./)],
        dokku: [dokkuRunsNothing],
      },
    },
    {
      name: 'a Rails app gets the Ruby buildpack web on Heroku and Fir',
      code: 'worker: bundle exec sidekiq\n',
      files: { Gemfile: "source 'https://rubygems.org'\ngem 'rails'\n", 'Gemfile.lock': RAILS_LOCK },
      errors: {
        codecapsules: [buildFails],
        heroku: [notice(/it does start the Ruby buildpack's own `web: bin\/rails server -p \$\{PORT:-5000\} -e \$RAILS_ENV` \(/)],
        'heroku-fir': [notice(/the Ruby buildpack's own `web: bin\/rails server --port "\$PORT" --environment "\$RAILS_ENV"` may start/)],
        dokku: [dokkuRunsNothing],
      },
    },
    {
      name: 'a Rack app gets rackup on Heroku and Fir',
      code: 'worker: bundle exec sidekiq\n',
      files: {
        Gemfile: "source 'https://rubygems.org'\ngem 'rack'\n",
        'Gemfile.lock': 'GEM\n  specs:\n    rack (3.0.0)\n',
        'config.ru': '',
      },
      errors: {
        codecapsules: [buildFails],
        heroku: [herokuRackup],
        'heroku-fir': [notice(/the Ruby buildpack's own `web: bundle exec rackup --port "\$PORT" --host "0\.0\.0\.0"` may start/)],
        dokku: [dokkuRunsNothing],
      },
    },
    {
      name: 'without a lock file the gems Fir reads are not known, so its web is not either',
      code: 'worker: bundle exec sidekiq\n',
      files: { Gemfile: "source 'https://rubygems.org'\ngem 'sinatra'\n", 'config.ru': '' },
      errors: {
        codecapsules: [buildFails],
        heroku: [herokuRackup],
        'heroku-fir': [notice(/before `heroku ps:scale worker=1` is unverified\. If the app serves HTTP/)],
        dokku: [dokkuRunsNothing],
      },
    },
    {
      name: 'a plain Ruby app gets no web',
      code: 'worker: ruby worker.rb\n',
      files: { Gemfile: "source 'https://rubygems.org'\ngem 'sidekiq'\n", 'Gemfile.lock': 'GEM\n  specs:\n    sidekiq (7.0.0)\n' },
      errors: {
        codecapsules: [buildFails],
        heroku: [notice(/\(`heroku ps:scale worker=1`\), and no process receives HTTP traffic\./)],
        'heroku-fir': [notice(/is unverified, and no process receives HTTP traffic\./)],
        dokku: [dokkuRunsNothing],
      },
    },
    {
      name: 'a Python app gets no web, and release is not listed as a type to scale',
      code: 'release: python manage.py migrate\nworker: celery -A app worker\n',
      files: { 'requirements.txt': 'celery\n', 'manage.py': '' },
      errors: {
        codecapsules: [buildFails],
        heroku: [notice(/It starts `worker` only once scaled \(`heroku ps:scale worker=1`\), and no process receives HTTP traffic\./)],
        'heroku-fir': [notice(/Whether it starts `worker` before `heroku ps:scale worker=1` is unverified, and no process/)],
        dokku: [notice(/It starts `worker` only once scaled \(`dokku ps:scale <app> worker=1`\), and no process/)],
      },
    },
    {
      name: 'only release: Code Capsules fails, the others run what they would without a Procfile',
      code: 'release: rake db:migrate\n',
      errors: { codecapsules: [{ ...at, message: /If `release` on line 1/ }], heroku: [], 'heroku-fir': [], dokku: [] },
    },
    {
      name: 'a Procfile the platform rejects is not reported as deployed',
      code: 'worker: a\nnot a process line\n',
      errors: {
        codecapsules: [buildFails],
        heroku: [notice(/It starts `worker` only once scaled/)],
        'heroku-fir': [],
        dokku: [],
      },
    },
    {
      name: 'many types are listed up to three',
      code: 'a: x\nb: x\nc: x\nd: x\ne: x\n',
      errors: {
        codecapsules: [buildFails],
        heroku: [notice(/It starts `a`, `b`, `c` and 2 more only once scaled \(`heroku ps:scale a=1`\)\./)],
        'heroku-fir': [notice(/Whether it starts `a`, `b`, `c` and 2 more before/)],
        dokku: [notice(/It starts `a`, `b`, `c` and 2 more only once scaled/)],
      },
    },
  ],
});
