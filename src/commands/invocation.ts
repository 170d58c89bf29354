/**
 * Which program a command starts: wrappers (`exec`, `env`, `bundle exec`, `poetry run`, `npx`, ...) are looked
 * through, interpreters (`python -m`, `node`, `java -jar`) resolved, and the directory and environment set by
 * earlier `cd` and `export` commands of the same line carried along.
 */
import * as posixPath from 'node:path/posix';
import type { Language } from '../engine/languages.js';
import { PROGRAMS, type Program, type ProgramId } from './programs.js';
import { basename, type ShellAnalysis, type ShellWord, type SimpleCommand } from './shell.js';

export interface Invocation {
  /** The known program it starts, if procfile-lint knows it. */
  program: Program | null;
  /** The word that names what runs (`gunicorn`, or `node` for a script). */
  name: ShellWord;
  /** The arguments after the program and its subcommand (`run` of `flask run`). */
  args: ShellWord[];
  /** The script or jar file it runs: `server.js`, `manage.py`, `target/app.jar`. */
  file: ShellWord | null;
  /** For `npm start`, `yarn run build`, ...: the package manager and the script name. */
  script: { tool: 'npm' | 'yarn' | 'pnpm'; name: string; word: ShellWord } | null;
  /** Options given to the interpreter before the file (`java -Dserver.port=$PORT -jar ...`). */
  interpreterArgs: ShellWord[];
  /** `NAME=value` in effect for it: prefixes, `env`, earlier `export`s. */
  env: ReadonlyMap<string, ShellWord>;
  /** The working directory relative to the app root, or `null` once a `cd` goes somewhere unknown. */
  cwd: string | null;
  language: Language | null;
}

const WRAPPERS = new Set(['exec', 'command', 'nohup', 'time', 'builtin', 'ddtrace-run', 'opentelemetry-instrument', 'dumb-init', 'tini']);
const RUNNERS = new Set(['poetry', 'pipenv', 'uv', 'pdm', 'hatch', 'rye']);
const DIRECT: Record<string, ProgramId> = {
  gunicorn: 'gunicorn',
  uvicorn: 'uvicorn',
  hypercorn: 'hypercorn',
  daphne: 'daphne',
  'waitress-serve': 'waitress',
  uwsgi: 'uwsgi',
  celery: 'celery',
  nodemon: 'nodemon',
  'ts-node-dev': 'ts-node-dev',
  puma: 'puma',
  rackup: 'rackup',
  unicorn: 'unicorn',
  sidekiq: 'sidekiq',
  'heroku-php-apache2': 'heroku-php',
  'heroku-php-nginx': 'heroku-php',
};
const PYTHON_MODULES: Record<string, ProgramId> = {
  gunicorn: 'gunicorn',
  uvicorn: 'uvicorn',
  hypercorn: 'hypercorn',
  daphne: 'daphne',
  waitress: 'waitress',
  celery: 'celery',
  'http.server': 'python-http-server',
};
const INTERPRETERS: Record<string, Language> = { python: 'python', node: 'node', ruby: 'ruby', java: 'java', php: 'php', dotnet: 'dotnet', go: 'go' };

/** Every simple command of the line as an invocation, in order. */
export function invocationsOf(analysis: ShellAnalysis): Invocation[] {
  let cwd: string | null = '';
  const exported = new Map<string, ShellWord>();
  const invocations: Invocation[] = [];
  for (const command of analysis.commands) {
    const [first, target] = command.words;
    if (first?.value === 'cd') {
      cwd = cwd === null || !target || target.dynamic || target.value.startsWith('/') || target.value.startsWith('~') ? null : join(cwd, target.value);
      continue;
    }
    if (first?.value === 'export') {
      for (const word of command.words.slice(1)) {
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.value);
        if (match) exported.set(match[1] as string, word);
      }
      continue;
    }
    const invocation = resolve(command, new Map(exported), cwd);
    if (invocation) invocations.push(invocation);
  }
  return invocations;
}

function resolve(command: SimpleCommand, env: Map<string, ShellWord>, cwd: string | null): Invocation | null {
  for (const { name, value } of command.assignments) env.set(name, value);
  const words = command.words;
  const i = skipWrappers(words, env);
  const head = words[i];
  if (!head) return null;
  const base = basename(head.value);
  const make = (id: ProgramId | null, argsFrom: number, extra: Partial<Invocation> = {}): Invocation => ({
    program: id ? PROGRAMS[id] : null,
    name: head,
    args: words.slice(argsFrom),
    file: null,
    script: null,
    interpreterArgs: [],
    env,
    cwd,
    language: id ? PROGRAMS[id].language : (INTERPRETERS[interpreterName(base)] ?? null),
    ...extra,
  });

  if (DIRECT[base]) return make(DIRECT[base], i + 1);
  if (interpreterName(base) === 'python') return python(words, i, make);
  if (base === 'flask') {
    const run = words.findIndex((word, index) => index > i && word.value === 'run');
    return run === -1 ? make(null, i + 1, { language: 'python' }) : make('flask-run', run + 1);
  }
  if (base === 'django-admin' && words[i + 1]?.value === 'runserver') return make('django-runserver', i + 2);
  if (base === 'node' || base === 'ts-node') {
    const file = firstOperand(words, i + 1, ['-r', '--require', '--import', '--loader', '--env-file']);
    return make('node-script', file === -1 ? words.length : file + 1, { file: words[file] ?? null, interpreterArgs: words.slice(i + 1, Math.max(file, i + 1)) });
  }
  if (base === 'npm' || base === 'yarn' || base === 'pnpm') return packageScript(base, words, i, make);
  if (base === 'next' && words[i + 1]?.value === 'dev') return make('next-dev', i + 2);
  if (base === 'vite' && (words[i + 1] === undefined || ['dev', 'serve'].includes(words[i + 1]?.value ?? '') || words[i + 1]?.value.startsWith('-'))) {
    return make('vite', i + 1);
  }
  if (base === 'java') {
    const jar = words.findIndex((word, index) => index > i && word.value === '-jar');
    if (jar !== -1) return make('java-jar', jar + 2, { file: words[jar + 1] ?? null, interpreterArgs: words.slice(i + 1, jar) });
  }
  if ((base === 'rails' || head.value.endsWith('bin/rails')) && ['server', 's'].includes(words[i + 1]?.value ?? '')) {
    return make('rails-server', i + 2);
  }
  if (base === 'php' && words[i + 1]?.value === '-S') return make('php-builtin', i + 2);
  return make(null, i + 1);
}

function skipWrappers(words: ShellWord[], env: Map<string, ShellWord>): number {
  let i = 0;
  for (;;) {
    const base = basename(words[i]?.value ?? '');
    const next = words[i + 1]?.value;
    if (WRAPPERS.has(base)) i++;
    else if (base === 'nice') i += next === '-n' ? 3 : next?.startsWith('-') ? 2 : 1;
    else if (base === 'env') {
      i++;
      for (let word = words[i]; word && (word.value.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.value)); word = words[++i]) {
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.value);
        if (match) env.set(match[1] as string, word);
      }
    } else if (base === 'newrelic-admin' && next === 'run-program') i += 2;
    else if (base === 'bundle' && next === 'exec') i += 2;
    else if (RUNNERS.has(base) && next === 'run') i += 2;
    else if ((base === 'pnpm' || base === 'yarn') && next === 'exec') i += 2;
    else if (base === 'npx') {
      i++;
      while (words[i]?.value.startsWith('-')) i++;
    } else return i;
  }
}

type Make = (id: ProgramId | null, argsFrom: number, extra?: Partial<Invocation>) => Invocation;

function python(words: ShellWord[], i: number, make: Make): Invocation {
  const moduleFlag = words.findIndex((word, index) => index > i && word.value === '-m');
  if (moduleFlag !== -1) {
    const module = words[moduleFlag + 1]?.value ?? '';
    if (module === 'flask' && words[moduleFlag + 2]?.value === 'run') return make('flask-run', moduleFlag + 3);
    if (module === 'django' && words[moduleFlag + 2]?.value === 'runserver') return make('django-runserver', moduleFlag + 3);
    return make(PYTHON_MODULES[module] ?? null, moduleFlag + 2, { language: 'python' });
  }
  const file = firstOperand(words, i + 1, ['-W', '-X', '-c']);
  const script = words[file];
  if (script && basename(script.value) === 'manage.py' && words[file + 1]?.value === 'runserver') {
    return make('django-runserver', file + 2, { file: script });
  }
  return make('python-script', file === -1 ? words.length : file + 1, { file: script ?? null });
}

/** Options that make a package manager use another folder's package.json. */
const ELSEWHERE = /^(--prefix|-C|--cwd|--dir|--filter|-F|-w|--workspace)(=|$)/;

function packageScript(tool: 'npm' | 'yarn' | 'pnpm', words: ShellWord[], i: number, make: Make): Invocation {
  const sub = words[i + 1];
  if (!sub) return make(null, i + 1, { language: 'node' });
  if (words.slice(i + 1).some((word) => ELSEWHERE.test(word.value))) return make(null, i + 1, { language: 'node', cwd: null });
  const direct = ['start', 'test'].includes(sub.value) || (tool !== 'npm' && !sub.value.startsWith('-') && !['run', 'install', 'add', 'build'].includes(sub.value));
  if (direct) return make('npm-script', i + 2, { script: { tool, name: sub.value, word: sub } });
  if (['run', 'run-script'].includes(sub.value) && words[i + 2]) {
    const word = words[i + 2] as ShellWord;
    return make('npm-script', i + 3, { script: { tool, name: word.value, word } });
  }
  return make(null, i + 1, { language: 'node' });
}

/** Index of the first argument from `from` that is not an option (skipping the values of `withValue` options). */
function firstOperand(words: ShellWord[], from: number, withValue: string[]): number {
  for (let i = from; i < words.length; i++) {
    const value = (words[i] as ShellWord).value;
    if (withValue.includes(value)) i++;
    else if (!value.startsWith('-')) return i;
  }
  return -1;
}

function interpreterName(base: string): string {
  return /^python[0-9.]*$/.test(base) ? 'python' : base;
}

function join(cwd: string, target: string): string | null {
  const joined = posixPath.normalize(posixPath.join(cwd, target));
  if (joined === '..' || joined.startsWith('../')) return null;
  return joined === '.' ? '' : joined.replace(/\/$/, '');
}
