import * as posixPath from 'node:path/posix';
import { parseAppTarget, targetAttribute } from '../apps/python-target.js';
import { pythonModuleExists } from '../commands/app-facts.js';
import type { Invocation } from '../commands/invocation.js';
import { optionsWithValue } from '../commands/programs.js';
import type { ShellWord } from '../commands/shell.js';
import type { AppFiles } from '../engine/app-files.js';
import { quote } from '../engine/quote.js';
import { commandRange, everywhere, type ProcfileRule } from './rule.js';

const MODULE_TARGET = /^[A-Za-z_][\w.]*(:.+)?$/;

export const appTargetMissing: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'app-target-missing',
    description:
      'A command names a Python module or script (`gunicorn app:app`, `python bot.py`) that is not in the repository, or an app object the module does not define.',
    severity: everywhere('error'),
    tags: ['command'],
  },
  *check(context) {
    if (!context.files.complete) return;
    for (const { line, type } of context.facts.processLines()) {
      for (const invocation of context.facts.command(line).invocations) {
        if (invocation.cwd === null) continue;
        const report = invocation.program?.importsTarget
          ? checkImport(invocation, context.files)
          : invocation.program?.id === 'python-script'
            ? checkScript(invocation, context.files)
            : null;
        if (report) yield { range: commandRange(line, report.word.start, report.word.end), message: `${quote(type)}: ${report.message}` };
      }
    }
  },
};

interface Problem {
  word: ShellWord;
  message: string;
}

function checkImport(invocation: Invocation, files: AppFiles): Problem | null {
  const target = importTarget(invocation.args, invocation.program ? optionsWithValue(invocation.program) : new Set());
  if (!target || target.dynamic) return null;
  const [module = ''] = target.value.split(':');
  const program = invocation.program?.label ?? 'the server';
  if (module.endsWith('.py') || module.includes('/')) {
    const dotted = module.replace(/\.py$/, '').replace(/\//g, '.');
    return {
      word: target,
      message: `${quote(program)} imports a Python module, not a file: ${quote(target.value)} fails with "No module named". Write ${quote(target.value.replace(module, dotted))}.`,
    };
  }
  const bases = searchPath(invocation);
  if (bases.some((base) => pythonModuleExists(files, base, module))) return checkAttribute(invocation, files, bases, target);
  const where = bases.map((base) => quote(base === '' ? '.' : base)).join(', ');
  const file = `${module.split('.').join('/')}.py`;
  return {
    word: target,
    message:
      `${quote(program)} would import ${quote(module)}, but there is no ${quote(file)} or package ${quote(module)} in ${where}, ` +
      `so it fails with "No module named '${module}'". Point it at the module that defines the app (the file without ".py", dots for folders).`,
  };
}

/**
 * The module is there: it must also bind the attribute at top level, or the server exits at start, printing what its
 * record's `appTarget.missingAttribute` says (gunicorn's master halts when a worker cannot load the app), and again at
 * each restart. Said only when the module parses and certainly lacks the name (python-target.ts).
 */
function checkAttribute(invocation: Invocation, files: AppFiles, bases: string[], word: ShellWord): Problem | null {
  const program = invocation.program;
  const target = parseAppTarget(word.value, program?.appTarget?.defaultAttribute ?? null);
  if (!program || !target) return null;
  const verdict = targetAttribute(files, bases, target);
  if (verdict.kind !== 'missing' || !verdict.source) return null;
  const likely = verdict.bound
    .filter((name) => /^(app|application|api|server|asgi|wsgi)$|app$|^(create|make|get)_app$/i.test(name))
    .slice(0, 3);
  const defaulted = target.defaulted
    ? ` (${quote(program.label)} looks for ${quote(target.attribute)} when the target names no attribute)`
    : '';
  const printed = program.appTarget?.missingAttribute
    ?.replace('{attribute}', () => target.attribute)
    .replace('{module}', () => target.module);
  const fix =
    likely.length > 0
      ? `Name the object that is the app: ${likely.map((name) => quote(`${target.module}:${name}${/^(create|make|get)_app$/.test(name) ? '()' : ''}`)).join(' or ')}.`
      : `Point it at the module and name of the app object (${quote(`${target.module}:app`)} needs \`app = ...\` at the top level of ${quote(verdict.source.path)}), or, if this is not a web app, run it with \`python\` as a \`worker\`.`;
  return {
    word,
    message:
      `${quote(program.label)} imports ${quote(target.attribute)} from ${quote(verdict.source.path)}${defaulted}, but that module defines no attribute ${quote(target.attribute)} ` +
      `at its top level, so the server exits at start${printed ? ` with ${quote(printed)}` : ''}, and again each time the platform restarts it. ${fix}`,
  };
}

function checkScript(invocation: Invocation, files: AppFiles): Problem | null {
  const file = invocation.file;
  if (!file || file.dynamic || file.value.startsWith('/')) return null;
  const path = posixPath.join(invocation.cwd ?? '', file.value);
  if (files.exists(path)) return null;
  return {
    word: file,
    message: `${quote(file.value)} is not in the repository${invocation.cwd ? ` (looked in ${quote(invocation.cwd)})` : ''}, so python exits with "can't open file". Fix the path or commit the script.`,
  };
}

/** The `module:app` argument: the one with a colon, else the only module-like positional argument. */
function importTarget(args: ShellWord[], withValue: ReadonlySet<string>): ShellWord | null {
  const positional: ShellWord[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as ShellWord;
    if (word.value.startsWith('-')) {
      if (withValue.has(word.value)) i++;
      continue;
    }
    if (MODULE_TARGET.test(word.value) || word.value.endsWith('.py') || word.value.includes('.py:')) positional.push(word);
  }
  return positional.find((word) => word.value.includes(':')) ?? (positional.length === 1 ? (positional[0] as ShellWord) : null);
}

/** Directories the module is looked up in: the working directory, moved by `--chdir`, `--app-dir`, `--pythonpath`. */
function searchPath(invocation: Invocation): string[] {
  const cwd = invocation.cwd ?? '';
  const dirs = [cwd];
  const args = invocation.args;
  for (let i = 0; i < args.length; i++) {
    const [option, inline] = (args[i] as ShellWord).value.split(/=(.*)/s) as [string, string | undefined];
    const value = inline ?? args[i + 1]?.value;
    if (value === undefined) continue;
    if (option === '--chdir') dirs[0] = posixPath.join(cwd, value);
    if (option === '--app-dir') dirs.push(posixPath.join(cwd, value));
    if (option === '--pythonpath') dirs.push(...value.split(',').map((dir) => posixPath.join(cwd, dir)));
  }
  const env = invocation.env.get('PYTHONPATH');
  if (env)
    dirs.push(
      ...env.value
        .replace(/^PYTHONPATH=/, '')
        .split(':')
        .map((dir) => posixPath.join(cwd, dir)),
    );
  return dirs.map((dir) => posixPath.normalize(dir).replace(/^\.$/, '').replace(/\/$/, ''));
}
