/**
 * A complete Procfile for an app that has none, built only from what its files show: the framework's app object
 * found in a module, the server that serves it declared in the dependencies (an undeclared server is not installed:
 * server-undeclared), the start form its program record gives (src/commands/programs.ts). When anything is unsure
 * there is no proposal, never a guess: the rule then explains what to write instead.
 */
import type { PythonDependencies } from '../commands/app-facts.js';
import { PROGRAMS } from '../commands/programs.js';
import type { AppFiles } from '../engine/app-files.js';
import type { Language } from '../engine/languages.js';
import type { PlatformProfile } from '../platforms/profile.js';
import type { Facts } from '../runner/facts.js';
import type { EditFix } from '../engine/types.js';
import { newFileFix } from './edits.js';

/** Modules a single-file app is usually in, in the order tried. */
const APP_MODULES = ['app', 'main', 'wsgi', 'server', 'application', 'api'] as const;
const BOT_SCRIPTS = ['bot.py', 'main.py', 'run.py'] as const;
/** Bot libraries, by the Python package that provides them and the module a script imports. */
const BOT_LIBRARIES = [
  { package: 'discord.py', module: 'discord' },
  { package: 'python-telegram-bot', module: 'telegram' },
  { package: 'pytelegrambotapi', module: 'telebot' },
  { package: 'aiogram', module: 'aiogram' },
  { package: 'slack-bolt', module: 'slack_bolt' },
] as const;
/** Bigger modules are not searched for their app object. */
const MAX_MODULE_CHARS = 200_000;

export interface ProposalContext {
  language: Language;
  platform: PlatformProfile;
  files: AppFiles;
  facts: Facts;
}

/** The Procfile's lines, or `null` when the files do not say enough. */
export function proposeProcfile({ language, platform, files, facts }: ProposalContext): string[] | null {
  if (language === 'ruby') return rubyProposal(files);
  if (language !== 'python') return null;
  const dependencies = facts.pythonDependencies();
  const web = djangoProposal(files, dependencies) ?? asgiOrWsgiProposal(files, dependencies);
  if (web) return [web];
  // A platform that needs a `web` process (Code Capsules) fails a worker-only Procfile.
  return platform.missingWebError ? null : botProposal(files, dependencies);
}

function djangoProposal(files: AppFiles, dependencies: PythonDependencies): string | null {
  if (!files.exists('manage.py') || !dependencies.declares('django')) return null;
  const projects = files.rootEntries.filter(
    (entry) => isModuleName(entry) && files.exists(`${entry}/wsgi.py`) && hasSettings(files, entry),
  );
  const [project] = projects;
  if (!project || projects.length > 1 || !dependencies.declares(packageOf('gunicorn'))) return null;
  return `web: gunicorn ${project}.wsgi ${PROGRAMS.gunicorn.listenFix?.port}`;
}

function hasSettings(files: AppFiles, project: string): boolean {
  return files.exists(`${project}/settings.py`) || files.isDirectory(`${project}/settings`);
}

/** The Python package that provides `program`, from its record. */
function packageOf(program: 'gunicorn' | 'uvicorn'): string {
  return PROGRAMS[program].pythonPackage ?? program;
}

/** `app = Flask(__name__)` served by gunicorn, `app = FastAPI()` by uvicorn, in exactly one of the usual modules. */
function asgiOrWsgiProposal(files: AppFiles, dependencies: PythonDependencies): string | null {
  const found = APP_MODULES.flatMap((module) => {
    const text = files.readText(`${module}.py`);
    if (text === null || text.length > MAX_MODULE_CHARS) return [];
    return frameworkObjects(text).map((object) => ({ module, ...object }));
  });
  if (found.length !== 1) return null;
  const [{ module, name, framework }] = found as [(typeof found)[number]];
  if (framework === 'flask' && dependencies.declares('flask') && dependencies.declares(packageOf('gunicorn')))
    return `web: gunicorn ${module}:${name} ${PROGRAMS.gunicorn.listenFix?.port}`;
  if (framework === 'fastapi' && dependencies.declares('fastapi') && dependencies.declares(packageOf('uvicorn'))) {
    return `web: uvicorn ${module}:${name} ${PROGRAMS.uvicorn.listenFix?.port}`;
  }
  return null;
}

/** Top-level `name = Flask(...)` / `name = FastAPI(...)` assignments, read line by line without backtracking. */
function frameworkObjects(text: string): { name: string; framework: 'flask' | 'fastapi' }[] {
  const objects: { name: string; framework: 'flask' | 'fastapi' }[] = [];
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*) *= *(?:flask\.|fastapi\.)?(Flask|FastAPI)\(/u.exec(line);
    if (match) objects.push({ name: match[1] as string, framework: match[2] === 'Flask' ? 'flask' : 'fastapi' });
  }
  return objects;
}

/** A script that imports a declared bot library, run as a `worker` (it serves no HTTP). */
function botProposal(files: AppFiles, dependencies: PythonDependencies): string[] | null {
  const libraries = BOT_LIBRARIES.filter((library) => dependencies.declares(library.package));
  if (libraries.length === 0 || dependencies.declares('flask') || dependencies.declares('fastapi') || dependencies.declares('django'))
    return null;
  const scripts = BOT_SCRIPTS.filter((script) => {
    const text = files.readText(script);
    return text !== null && text.length <= MAX_MODULE_CHARS && libraries.some((library) => importsModule(text, library.module));
  });
  return scripts.length === 1 ? [`worker: python ${scripts[0]}`] : null;
}

function importsModule(text: string, module: string): boolean {
  return text.split('\n').some((line) => {
    const rest = line.startsWith(`import ${module}`)
      ? line.slice(7 + module.length)
      : line.startsWith(`from ${module}`)
        ? line.slice(5 + module.length)
        : null;
    return rest !== null && !/^[A-Za-z0-9_]/u.test(rest);
  });
}

function rubyProposal(files: AppFiles): string[] | null {
  const gemfile = files.readText('Gemfile') ?? '';
  if (files.exists('config/application.rb') && /gem ['"]rails['"]/u.test(gemfile))
    return ['web: bundle exec rails server -b 0.0.0.0 -p $PORT'];
  if (files.exists('config.ru') && /gem ['"]puma['"]/u.test(gemfile)) return ['web: bundle exec puma -b tcp://0.0.0.0:$PORT'];
  return null;
}

function isModuleName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/u.test(name);
}

/** A fix that creates `file` with the proposed Procfile, or `undefined` when the app's files show no sure proposal. */
export function proposedProcfileFix(file: string, context: ProposalContext): EditFix | undefined {
  const proposal = proposeProcfile(context);
  if (!proposal) return undefined;
  const lines = proposal.map((line) => `\`${line}\``).join(', ');
  return newFileFix(file, `${proposal.join('\n')}\n`, `Create \`${file}\` with ${lines}.`, true);
}
