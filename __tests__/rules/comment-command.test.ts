import type { PlatformProfile } from '../../src/platforms/index.js';
import { commentCommand } from '../../src/rules/comment-command.js';
import { testRule } from '../helpers/rule-tester.js';

/** Where the command runs as `bash -c` (GCP cmd/config/entrypoint, heroku/buildpacks-procfile src/launch.rs). */
const bashReadsComment = (type: string, comment: string, effect: string) => (platform: PlatformProfile) =>
  `\`${type}\` has a comment instead of a command (\`${comment}\`): ${platform.name} runs it with \`bash -c\`, which reads a comment, runs nothing and exits at once${effect}. Write the command, or comment out the whole line (\`# ${type}: ...\`).`;
/** Dokku: dokku/procfile-util procfile/parse.go refuses the Procfile. */
const dokkuRefuses = (type: string, comment: string, line: number) =>
  `\`${type}\` has a comment instead of a command (\`${comment}\`): Dokku refuses the Procfile ("comment specified in place of command, line ${line}"), so the deploy fails. Write the command, or comment out the whole line (\`# ${type}: ...\`).`;

const web = { line: 1, column: 6, endLine: 1, endColumn: 12 };
const worker = { line: 2, column: 9, endLine: 2, endColumn: 16 };

testRule(commentCommand, {
  valid: ['web: gunicorn app:app # prod\n'],
  invalid: [
    {
      name: 'a comment as the web command: an error everywhere',
      code: 'web: # TODO\n',
      errors: {
        codecapsules: [{ ...web, message: bashReadsComment('web', '# TODO', ', so the app never answers') }],
        heroku: [{ ...web, message: bashReadsComment('web', '# TODO', ', so the app never answers') }],
        'heroku-fir': [{ ...web, message: bashReadsComment('web', '# TODO', ', so the app never answers') }],
        dokku: [{ ...web, message: dokkuRefuses('web', '# TODO', 1) }],
      },
    },
    {
      name: 'a comment as another command: a warning where bash runs it, an error where the deploy fails',
      code: 'web: a\nworker: # later\n',
      errors: {
        codecapsules: [{ ...worker, severity: 'warning', message: bashReadsComment('worker', '# later', '') }],
        heroku: [{ ...worker, severity: 'warning', message: bashReadsComment('worker', '# later', '') }],
        'heroku-fir': [{ ...worker, severity: 'warning', message: bashReadsComment('worker', '# later', '') }],
        dokku: [{ ...worker, severity: 'error', message: dokkuRefuses('worker', '# later', 2) }],
      },
    },
  ],
});
