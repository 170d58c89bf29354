import * as posixPath from 'node:path/posix';
import { certainFailure, failureStopsLine, rangeInScript, scriptRunBy } from '../apps/scripts.js';
import { quote } from '../engine/quote.js';
import { everywhere, type ProcfileRule } from './rule.js';

export const scriptFails: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'script-fails',
    description: 'A shell script the Procfile runs ends with a command that cannot succeed, or was saved with Windows line endings.',
    severity: everywhere('error'),
    tags: ['command'],
  },
  *check(context) {
    const { files } = context;
    if (!files.complete) return;
    const appDir = posixPath.dirname(context.path);
    for (const { line, type } of context.facts.processLines()) {
      const seen = new Set<string>();
      for (const invocation of context.facts.command(line).invocations) {
        const run = scriptRunBy(invocation, files);
        if (!run || run.kind !== 'shell-file' || seen.has(run.file)) continue;
        seen.add(run.file);
        const file = posixPath.join(appDir, run.file);
        const failure = certainFailure(run);
        if (failure && failureStopsLine(line.command.text, invocation.name.start)) {
          const range = rangeInScript(run, failure.start, failure.end);
          yield {
            file,
            range,
            message:
              `${quote(type)} runs ${quote(run.file)}, whose last command (line ${range.line}) is named ${quote(run.text.slice(failure.start, failure.end))}: ` +
              `the file has Windows line endings, so the shell looks for a program whose name ends in a carriage return, ` +
              `exits with status ${failure.status} ("command not found"), and what the Procfile runs after it never starts. ` +
              `Save ${quote(run.file)} with Unix (LF) line endings (run \`sed -i 's/\\r$//'\` on it, and add \`*.sh text eol=lf\` to .gitattributes).`,
          };
        } else if (run.text.includes('\r\n')) {
          const at = run.text.indexOf('\r');
          yield {
            file,
            range: rangeInScript(run, at, at + 1),
            severity: 'warning',
            message:
              `${quote(type)} runs ${quote(run.file)}, which has Windows line endings: the shell keeps the carriage return as part of ` +
              `the last word of every line, so file names, options and values there end in "\\r" (a config written to ` +
              `\`config.toml\\r\` is never read). Save it with Unix (LF) line endings.`,
          };
        }
      }
    }
  },
};
