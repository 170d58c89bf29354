import type { ProcessLine } from '../engine/parse.js';
import { quote } from '../engine/quote.js';
import type { ReadProcess } from '../engine/readers/reading.js';
import { rangeOf, type ProcfileContext, type ProcfileRule, type Report } from './rule.js';

export const emptyCommand: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'empty-command',
    description: 'A process type has no command after its colon.',
    severity: 'error',
    tags: ['syntax'],
  },
  *check(context) {
    // Looked up by line, not searched per line: a file of thousands of `web:` lines must stay linear.
    const entryOnLine = new Map(context.reading.entries.map((entry) => [entry.line, entry]));
    for (const line of context.procfile.lines) {
      if (line.kind !== 'process' || line.command.text !== '') continue;
      yield report(context, line, entryOnLine.get(line.number));
    }
  },
};

function report({ procfile, platform }: ProcfileContext, line: ProcessLine, entry: ReadProcess | undefined): Report {
  const type = line.type.text;
  const range = { ...rangeOf(line, line.type), endColumn: line.colonColumn + 1 };
  const elsewhere = 'foreman and honcho skip the line, and Heroku\'s Cloud Native Buildpack and dokku reject the Procfile';
  const fix = `Put the command on the same line: ${quote(`${type}: <command>`)}.`;
  if (!entry) {
    return { range, message: `${quote(type)} has no command, so ${platform.name} ignores the line (${elsewhere}). ${fix}` };
  }
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
      : `; that works there by accident, but ${elsewhere}`;
  return {
    range,
    severity: lostProcess || runsNothing ? 'error' : 'warning',
    message:
      `${quote(type)} has no command on its line, and ${platform.name} takes line ${entry.commandLine} as its command` +
      `${consequence}. ${fix}`,
  };
}
