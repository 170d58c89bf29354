import { quote } from '../engine/quote.js';
import { commandRange, everywhere, processLines, type ProcfileRule } from './rule.js';

/**
 * `web: # TODO`: dokku/procfile-util (procfile/parse.go) fails the deploy with "comment specified in place of
 * command, line N"; where the command runs as `bash -c` (GCP cmd/config/entrypoint, heroku/buildpacks-procfile
 * src/launch.rs), bash reads a comment, runs nothing and exits at once.
 */
export const commentCommand: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'comment-command',
    description: 'A process has a comment where its command should be, so it runs nothing.',
    severity: everywhere('error'),
    tags: ['command'],
  },
  *check({ procfile, platform, reading }) {
    for (const line of processLines(procfile)) {
      const command = line.command.text.trim();
      // The platform's parser refuses it (procfile-util), or hands it to bash as it is.
      const refuses = reading.failure?.line === line.number && reading.failure.message.startsWith('comment specified in place of command');
      if (!refuses && !command.startsWith('#')) continue;
      const read = reading.entryOn.get(line.number);
      if (!refuses && (!read || read.commandLine !== line.number)) continue;
      const type = line.type.text;
      const effect = refuses
        ? `${platform.name} refuses the Procfile ("comment specified in place of command, line ${line.number}"), so the deploy fails`
        : `${platform.name} runs it with \`bash -c\`, which reads a comment, runs nothing and exits at once${type === 'web' ? ', so the app never answers' : ''}`;
      yield {
        range: commandRange(line, 0, line.command.text.length),
        severity: refuses || type === 'web' ? 'error' : 'warning',
        message: `${quote(type)} has a comment instead of a command (${quote(command)}): ${effect}. Write the command, or comment out the whole line (${quote(`# ${type}: ...`)}).`,
      };
    }
  },
};
