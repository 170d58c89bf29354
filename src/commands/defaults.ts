/**
 * What each builder starts for `web` when the app has no Procfile, read from the builders' sources (cited per case).
 * `null` where procfile-lint does not know the default: rules then stay silent.
 */
import type { AppFiles } from '../engine/app-files.js';
import type { Language } from '../engine/languages.js';
import type { PlatformProfile } from '../platforms/profile.js';
import { packageJson } from './app-facts.js';

/** What the platform starts for the `web` process when there is no Procfile. */
export type DefaultStart =
  /** A command it starts, and why that one. */
  | { kind: 'command'; command: string; why: string; source: string; fixedPort?: number }
  /** The build fails, with the builder's words. */
  | { kind: 'fails'; message: string; source: string }
  /** The build succeeds but starts no `web` process. */
  | { kind: 'none'; why: string; source: string };

/** The platform's `web` command without a Procfile for an app built as `language`; `null` where it is not known. */
export function defaultStart(platform: PlatformProfile, language: Language, files: AppFiles): DefaultStart | null {
  if (platform.defaults === 'gcp') return gcpDefaultStart(language, files);
  if (platform.defaults === 'heroku-classic') return herokuClassicDefaultStart(language, files);
  return null;
}

const GCP = 'GoogleCloudPlatform/buildpacks@21f28de8';

/** Google Cloud buildpacks (the model of Code Capsules' backend capsules). */
export function gcpDefaultStart(language: Language, files: AppFiles): DefaultStart | null {
  switch (language) {
    case 'python':
      return gcpPython(files);
    case 'node':
      return gcpNode(files);
    case 'ruby':
      return {
        kind: 'fails',
        // cmd/ruby/missing_entrypoint/lib/lib.go BuildFn: the Ruby group needs google.config.entrypoint.
        message: 'for Ruby, an entrypoint must be manually set, either with "GOOGLE_ENTRYPOINT" env var or by creating a "Procfile" file',
        source: `${GCP} cmd/ruby/missing_entrypoint/lib/lib.go`,
      };
    case 'go':
      // pkg/golang/golang.go: `go build -o <layer>/bin/main`, and that binary is the entrypoint.
      return {
        kind: 'command',
        command: 'main',
        why: 'the binary the Go buildpack builds',
        source: `${GCP} pkg/golang/golang.go (OutBin)`,
      };
    case 'php':
      // cmd/php/webconfig/lib/lib.go: without a Procfile or GOOGLE_ENTRYPOINT it adds nginx + php-fpm as `web`.
      return {
        kind: 'command',
        command: 'nginx + php-fpm',
        why: 'the web server the PHP buildpack configures',
        source: `${GCP} cmd/php/webconfig/lib/lib.go`,
      };
    default:
      return null;
  }
}

/** cmd/python/missing_entrypoint/lib/lib.go BuildFn (since 2023-07). */
function gcpPython(files: AppFiles): DefaultStart | null {
  const source = `${GCP} cmd/python/missing_entrypoint/lib/lib.go`;
  const module = files.exists('main.py') ? 'main' : files.exists('app.py') ? 'app' : null;
  if (module) {
    return {
      kind: 'command',
      command: `gunicorn -b :8080 ${module}:app`,
      why: `${module}.py is at the app root (Python 3.13 and later may pick uvicorn, streamlit or gradio instead, on the same port)`,
      source,
      fixedPort: 8080,
    };
  }
  // With a pyproject.toml, a script command declared there may be used instead: not followed here.
  if (files.exists('pyproject.toml')) return null;
  return {
    kind: 'fails',
    message:
      'for Python, provide a main.py or app.py file or set an entrypoint with "GOOGLE_ENTRYPOINT" env var or by creating a "Procfile" file',
    source,
  };
}

/** pkg/nodejs/npm.go DefaultStartCommand, in its order. */
function gcpNode(files: AppFiles): DefaultStart | null {
  const source = `${GCP} pkg/nodejs/npm.go (DefaultStartCommand)`;
  const pkg = packageJson(files);
  if (pkg === 'invalid') return null;
  if (pkg === null) return nodeScript('index.js', 'there is no package.json', source);
  // Angular SSR, Nuxt and SvelteKit have start commands of their own, not followed here.
  if (['@angular/ssr', 'nuxt', '@sveltejs/kit'].some((name) => pkg.dependencies.has(name))) return null;
  if ('start' in pkg.scripts) return { kind: 'command', command: 'npm run start', why: 'package.json has a "start" script', source };
  if (files.exists('server.js'))
    return { kind: 'command', command: 'npm run start', why: 'server.js is at the app root (npm then runs `node server.js`)', source };
  if (pkg.main) return nodeScript(pkg.main, 'package.json sets "main"', source);
  return nodeScript('index.js', 'package.json has no "start" script or "main", and there is no server.js', source);
}

function nodeScript(file: string, why: string, source: string): DefaultStart {
  return { kind: 'command', command: `node ${file}`, why, source };
}

/** Heroku's classic buildpacks, through their `bin/release` default_process_types (herokuish applies the same). */
export function herokuClassicDefaultStart(language: Language, files: AppFiles): DefaultStart | null {
  switch (language) {
    case 'node':
      return {
        kind: 'command',
        command: 'npm start',
        why: 'the Node.js buildpack declares it',
        source: 'heroku/heroku-buildpack-nodejs@4f394e95 bin/release',
      };
    case 'php':
      return {
        kind: 'command',
        command: 'heroku-php-apache2',
        why: 'the PHP buildpack declares it',
        source: 'heroku/heroku-buildpack-php@ff95c90e bin/release',
      };
    case 'python':
      return {
        kind: 'none',
        why: 'the Python buildpack declares no default process type',
        source: 'heroku/heroku-buildpack-python@b4e7e721 bin/release',
      };
    case 'ruby':
      return herokuRuby(files);
    default:
      return null;
  }
}

/** heroku/heroku-buildpack-ruby@0c80c93d lib/language_pack/rails4.rb and rack.rb default_process_types. */
function herokuRuby(files: AppFiles): DefaultStart | null {
  const lock = files.readText('Gemfile.lock') ?? '';
  // Gemfile.lock lists each resolved gem as `    name (version)` under `specs:`.
  const gem = (name: string) => lock.includes(`\n    ${name} (`);
  if (gem('railties') || files.exists('config/application.rb')) {
    return {
      kind: 'command',
      command: 'bin/rails server -p ${PORT:-5000} -e $RAILS_ENV',
      why: 'it is a Rails app',
      source: 'heroku/heroku-buildpack-ruby@0c80c93d lib/language_pack/rails4.rb',
    };
  }
  if (gem('rack') || files.exists('config.ru')) {
    return {
      kind: 'command',
      command: gem('thin')
        ? 'bundle exec thin start -R config.ru -e $RACK_ENV -p ${PORT:-5000}'
        : 'bundle exec rackup config.ru -p ${PORT:-5000}',
      why: 'it is a Rack app',
      source: 'heroku/heroku-buildpack-ruby@0c80c93d lib/language_pack/rack.rb',
    };
  }
  return {
    kind: 'none',
    why: 'the Ruby buildpack declares only `console` for a plain Ruby app',
    source: 'heroku/heroku-buildpack-ruby@0c80c93d lib/language_pack/ruby.rb',
  };
}
