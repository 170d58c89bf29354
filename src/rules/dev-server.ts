import { missingProgram } from '../commands/runtime.js';
import { quote } from '../engine/quote.js';
import { commandRange, everywhere, type ProcfileContext, type ProcfileRule } from './rule.js';

const DEV_SCRIPTS = new Set(['dev', 'develop', 'watch', 'serve:dev', 'start:dev']);

export const devServer: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'dev-server',
    description: 'The `web` process runs a development server (flask run, manage.py runserver, nodemon, ...) in production.',
    severity: everywhere('warning'),
    tags: ['command'],
  },
  *check(context) {
    const line = context.facts.webLine();
    const main = line ? context.facts.command(line).main : null;
    if (!line || !main) return;
    const script = main.script && DEV_SCRIPTS.has(main.script.name) ? main.script : null;
    const why = main.program?.devServer?.why ?? (script ? `the \`${script.name}\` script usually starts a development server` : null);
    if (!why) return;
    yield {
      range: commandRange(line, main.name.start, (script?.word ?? main.name).end),
      message:
        `The web process runs ${quote(script ? `${script.tool} run ${script.name}` : (main.program?.label ?? main.name.value))}, ${why}: ` +
        `it is slow, single-threaded or restarts on file changes. ${advice(main.program?.devServer?.instead, main.program?.language, context)}`,
    };
  },
};

function advice(instead: string | undefined, language: string | null | undefined, { files, platform }: ProcfileContext): string {
  const server = instead ?? (language === 'php' ? 'heroku-php-apache2 public/' : undefined);
  const program = server?.split(' ')[0];
  // The usual production server may be one this platform's build does not install (heroku-php-* on Code Capsules).
  const missing = program ? missingProgram(platform, files, program) : null;
  if (program && missing)
    return `${quote(program)}, the usual production server, is not installed on ${platform.name}: ${missing.why}. ${missing.fix}.`;
  if (instead) {
    const project = files.rootEntries.find((entry) => files.exists(`${entry}/wsgi.py`)) ?? '<project>';
    return `Serve with ${program}: ${quote(instead.replace('<project>', project))}.`;
  }
  if (language === 'python') return 'Serve with gunicorn (WSGI) or uvicorn (ASGI), for example `gunicorn app:app --bind 0.0.0.0:$PORT`.';
  if (language === 'node') return 'Build the app and start it with `node` or `npm start`.';
  if (language === 'php') return 'Serve with `heroku-php-apache2` or `heroku-php-nginx`.';
  return 'Start a production server instead.';
}
