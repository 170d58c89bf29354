import { runnerShellSyntax } from '../../src/rules/runner-shell-syntax.js';
import { BUILDPACKS_FILE, DOCKERFILE } from '../helpers/builders.js';
import { testRule } from '../helpers/rule-tester.js';

/** Dokku runs a buildpack app's command with herokuish include/procfile.bash `exec $(eval echo "$cmd")`. */
const herokuish = (command: string, what: string) =>
  `\`web\` runs \`${command}\`, but Dokku starts it with herokuish's \`exec $(eval echo "$cmd")\`, not \`bash -c\`: ${what}`;
const sequence = (command: string, last: string) =>
  herokuish(
    command,
    `only the last command runs, inside \`$(...)\`, and what comes before \`${last}\` is exec'd only after it ends, so a migration or build step first does not run first. Put the steps in a script (such as \`bin/start\`) and run that, or move a migration to a \`release:\` line.`,
  );

testRule(runnerShellSyntax, {
  valid: [
    'web: gunicorn app:app\n',
    // A Dockerfile deploy hands the command to the image's ENTRYPOINT instead.
    { tree: { Procfile: 'web: a && b\n', Dockerfile: 'FROM x\n' } },
    // project.toml makes Dokku build with Cloud Native Buildpacks, whose launcher runs the command with bash.
    { tree: { Procfile: 'web: a && b\n', 'project.toml': '[_]\nschema-version = "0.2"\n' } },
  ],
  invalid: [
    {
      name: 'a sequence: only its last part runs, a warning',
      code: 'web: python manage.py migrate && gunicorn app:app\n',
      errors: [
        {
          line: 1,
          column: 34,
          endLine: 1,
          endColumn: 50,
          message: sequence('python manage.py migrate && gunicorn app:app', 'gunicorn app:app'),
        },
      ],
    },
    {
      name: 'a prefix assignment: exec fails, an error',
      code: 'web: NODE_ENV=production node server.js\n',
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 25,
          severity: 'error',
          message: herokuish(
            'NODE_ENV=production node server.js',
            '`exec` takes `NODE_ENV=production` for the program to run and fails with "not found". Set the variable with `dokku config:set`, or write `env NAME=value <command>`.',
          ),
        },
      ],
    },
    {
      name: 'the same repository without a Dockerfile',
      tree: { Procfile: 'web: a && b\n' },
      errors: [{ line: 1, column: 11, endLine: 1, endColumn: 12, message: sequence('a && b', 'b') }],
    },
    {
      // dokku/dokku plugins/builder-herokuish/builder-detect: a .buildpacks file makes Dokku build with herokuish.
      name: 'a Dockerfile beside a .buildpacks file: herokuish builds and starts the app',
      tree: { Procfile: 'web: a && b\n', ...DOCKERFILE, ...BUILDPACKS_FILE },
      errors: [{ line: 1, column: 11, endLine: 1, endColumn: 12, message: sequence('a && b', 'b') }],
    },
    {
      // Elsewhere the command runs as `bash -c`: turning the rule on there says nothing.
      name: 'turned on everywhere, it reports only where herokuish runs the command',
      code: 'web: a && b\n',
      settings: { 'runner-shell-syntax': 'warning' },
      errors: {
        codecapsules: [],
        heroku: [],
        'heroku-fir': [],
        dokku: [{ line: 1, column: 11, endLine: 1, endColumn: 12, message: sequence('a && b', 'b') }],
      },
    },
  ],
});
