import { herokuishProblems, type HerokuishProblem } from '../commands/herokuish.js';
import { quote } from '../engine/quote.js';
import { buildpackFindings, commandRange, type ProcfileContext, type ProcfileRule, type Report } from './rule.js';

const WHAT: Record<HerokuishProblem['kind'], (part: string) => string> = {
  sequence: (part) =>
    `only the last command runs, inside \`$(...)\`, and what comes before ${quote(part)} is exec'd only after it ends, so a migration or build step first does not run first`,
  cd: (part) => `${quote(part)} is lost: the rest runs from the app root, then \`exec cd\` fails (cd is not a program)`,
  assignment: (part) => `\`exec\` takes ${quote(part)} for the program to run and fails with "not found"`,
  redirect: (part) => `${quote(part)} sends echo's output to the file and leaves \`exec\` nothing to run, so the process ends at once`,
  quotes: (part) => `the quotes of ${quote(part)} are lost: the words are split at spaces, so it is not one argument any more`,
};

const FIX: Record<HerokuishProblem['kind'], string> = {
  sequence: 'put the steps in a script (such as `bin/start`) and run that, or move a migration to a `release:` line',
  cd: 'use paths from the app root, or put the steps in a script',
  assignment: 'set the variable with `dokku config:set`, or write `env NAME=value <command>`',
  redirect: 'drop the redirect: Dokku collects the output itself',
  quotes: 'put the command in a script and run that',
};

/**
 * Dokku starts a buildpack app's process with herokuish's `exec $(eval echo "$cmd")` (gliderlabs/herokuish
 * include/procfile.bash procfile-exec), not `bash -c`; a Dockerfile deploy passes the command to the image's
 * ENTRYPOINT instead, and Cloud Native Buildpacks (`pack`) run it with bash, so the rule is silent when a root file
 * makes Dokku build the app with another builder than herokuish (`otherBuilders`).
 */
export const runnerShellSyntax: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'runner-shell-syntax',
    description: "A command uses shell syntax that the platform's process runner does not execute as written (herokuish on Dokku).",
    severity: { dokku: 'warning' },
    tags: ['command'],
  },
  *check(context) {
    if (context.platform.execution.kind === 'herokuish-exec') yield* buildpackFindings(context, unexecuted(context));
  },
};

function* unexecuted(context: ProcfileContext): Generator<Report> {
  const { platform } = context;
  for (const { line, type } of context.facts.processLines()) {
    const command = line.command.text;
    for (const problem of herokuishProblems(command)) {
      const part = command.slice(problem.start, problem.end);
      yield {
        range: commandRange(line, problem.start, problem.end),
        severity: problem.certain ? 'error' : 'warning',
        message:
          `${quote(type)} runs ${quote(command, 100)}, but ${platform.name} starts it with ${platform.execution.label}, not \`bash -c\`: ` +
          `${WHAT[problem.kind](part)}. ${FIX[problem.kind].replace(/^./, (c) => c.toUpperCase())}.`,
      };
    }
  }
}
