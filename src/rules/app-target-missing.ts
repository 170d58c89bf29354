import * as posixPath from 'node:path/posix';
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
    description: 'A command names a Python module or script (`gunicorn app:app`, `python bot.py`) that is not in the repository.',
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
  if (bases.some((base) => pythonModuleExists(files, base, module))) return null;
  const where = bases.map((base) => quote(base === '' ? '.' : base)).join(', ');
  const file = `${module.split('.').join('/')}.py`;
  return {
    word: target,
    message:
      `${quote(program)} would import ${quote(module)}, but there is no ${quote(file)} or package ${quote(module)} in ${where}, ` +
      `so it fails with "No module named '${module}'". Point it at the module that defines the app (the file without ".py", dots for folders).`,
  };
}

function checkScript(invocation: Invocation, files: AppFiles): Problem | null {
  const file = invocation.file;
  if (!file || file.dynamic || file.value.startsWith('/')) return null;
  const path = posixPath.join(invocation.cwd ?? '', file.value);
  if (files.exists(path)) return null;
  return { word: file, message: `${quote(file.value)} is not in the repository${invocation.cwd ? ` (looked in ${quote(invocation.cwd)})` : ''}, so python exits with "can't open file". Fix the path or commit the script.` };
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
  if (env) dirs.push(...env.value.replace(/^PYTHONPATH=/, '').split(':').map((dir) => posixPath.join(cwd, dir)));
  return dirs.map((dir) => posixPath.normalize(dir).replace(/^\.$/, '').replace(/\/$/, ''));
}
