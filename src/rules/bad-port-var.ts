import type { ShellWord } from '../commands/shell.js';
import { quote } from '../engine/quote.js';
import { portVariableFix } from '../fixes/command-fixes.js';
import { commandRange, everywhere, type ProcfileRule } from './rule.js';

/** Ways to write the port variable that bash does not expand to the port. */
function misspelling(word: ShellWord): string | null {
  if (word.isScript) return null; // `sh -c '...'`: its commands are checked on their own
  if (/%PORT%/i.test(word.text)) return '`%PORT%` is Windows cmd syntax';
  if (/\$env:PORT\b/i.test(word.text)) return '`$env:PORT` is PowerShell syntax';
  if (/\$\(PORT\)/.test(word.text)) return '`$(PORT)` runs a command named PORT (Makefile syntax)';
  const lower = word.parameters.find((parameter) => parameter.name !== 'PORT' && parameter.name.toLowerCase() === 'port');
  if (lower) return `\`$${lower.name}\` is not \`$PORT\`: variable names are case-sensitive`;
  if (word.singleQuoted.some((piece) => /\$\{?PORT\b/.test(piece.value))) return 'bash expands nothing inside single quotes';
  if (/(^|[^$]){PORT}/.test(word.text)) return '`{PORT}` lacks its `$`';
  return null;
}

export const badPortVar: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'bad-port-var',
    description: "A command writes the port variable in a way bash does not expand (`%PORT%`, `$env:PORT`, `$port`, `'$PORT'`).",
    severity: everywhere('error'),
    tags: ['command'],
  },
  *check(context) {
    for (const { line } of context.facts.processLines()) {
      for (const command of context.facts.command(line).analysis.commands) {
        for (const word of [...command.words, ...command.assignments.map((assignment) => assignment.value)]) {
          const why = misspelling(word);
          if (!why) continue;
          yield {
            range: commandRange(line, word.start, word.end),
            fix: portVariableFix(context.procfile, context.path, line, word, misspelling),
            message: `${quote(word.text)} does not give the port: ${why}, and the command runs under \`bash -c\`. Write \`$PORT\` (unquoted or in double quotes).`,
          };
        }
      }
    }
  },
};
