import { MAX_ANALYSED_COMMAND } from '../commands/shell.js';
import type { ProcessLine } from '../engine/parse.js';
import { quote } from '../engine/quote.js';
import { commandRange, everywhere, type ProcfileRule } from './rule.js';

export const shellSyntax: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'shell-syntax',
    description: 'A command is not valid bash (an unclosed quote, a dangling `&&`, ...), and it runs under `bash -c`.',
    severity: everywhere('error'),
    tags: ['command'],
  },
  *check(context) {
    for (const { line, type } of context.facts.processLines()) {
      const { analysis } = context.facts.command(line);
      if (analysis.tooLong) {
        yield tooLongReport(line, type);
        continue;
      }
      const [error] = analysis.errors;
      if (!error) continue;
      yield {
        range: commandRange(line, error.offset, error.offset + 1),
        message:
          `The command of ${quote(type)} is not valid bash: ${error.message}. The platform runs it with \`bash -c\`, ` +
          'which refuses it, so the process exits at once. Fix the quoting or the operator.',
      };
    }
  },
};

function tooLongReport(line: ProcessLine, type: string) {
  return {
    range: commandRange(line, 0, 1),
    severity: 'notice' as const,
    message:
      `The command of ${quote(type)} is ${line.command.text.length} characters long: procfile-lint checks commands of at ` +
      `most ${MAX_ANALYSED_COMMAND} characters, so none of its command checks ran on this one. Move the command into a ` +
      'script in the repository and start that script from the Procfile.',
  };
}
