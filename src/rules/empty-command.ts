import type { ProcessLine } from '../engine/parse.js';
import { quote } from '../engine/quote.js';
import { outcomeOf } from '../engine/readers/outcome.js';
import { storyOf } from './phrases.js';
import { everywhere, rangeOf, type ProcfileContext, type ProcfileRule, type Report } from './rule.js';

export const emptyCommand: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'empty-command',
    description: 'A process type has no command after its colon.',
    severity: everywhere('error'),
    tags: ['syntax'],
  },
  *check(context) {
    for (const line of context.procfile.lines) {
      if (line.kind === 'process' && line.command.text === '') yield report(context, line);
    }
  },
};

function report({ procfile, platform, reading, readings }: ProcfileContext, line: ProcessLine): Report {
  const type = line.type.text;
  const range = { ...rangeOf(line, line.type), endColumn: line.colonColumn + 1 };
  const fix = `Put the command on the same line: ${quote(`${type}: <command>`)}.`;
  const outcome = outcomeOf(reading, line.number);
  const story = storyOf(readings, line.number, platform.parser);
  if (outcome.kind !== 'reads' && outcome.kind !== 'corrects') {
    return { range, message: `${quote(type)} has no command: ${story}. ${fix}` };
  }
  const entry = outcome.entry;
  if (entry.commandLine === line.number) {
    return { range, message: `${quote(type)} has no command: ${platform.name} would start it with an empty command. ${fix}` };
  }
  const taken = procfile.lines[entry.commandLine - 1];
  const lostProcess = taken?.kind === 'process';
  const runsNothing = entry.command === '' || entry.command.startsWith('#');
  const consequence = lostProcess
    ? `, so ${quote(type)} would run ${quote(entry.command)} and the process declared there is lost`
    : runsNothing
      ? `, which starts nothing (${entry.command === '' ? 'it is blank' : 'bash reads it as a comment'})`
      : `; that works there by accident, but no other parser reads it so`;
  return {
    range,
    severity: lostProcess || runsNothing ? 'error' : 'warning',
    message:
      `${quote(type)} has no command on its line, and ${platform.name} takes line ${entry.commandLine} as its command` +
      `${consequence}. ${fix}`,
  };
}
