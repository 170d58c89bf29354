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
      const [error] = context.facts.command(line).analysis.errors;
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
