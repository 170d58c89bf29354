import { releaseNotRun } from '../../src/rules/release-not-run.js';
import { testRule } from '../helpers/rule-tester.js';

const notRun = (command: string, advice: string) =>
  `\`release\` runs before each release on Heroku and Dokku, but Code Capsules documents no release phase (unverified): \`${command}\` may never run. ${advice} from the capsule's Run Command.`;
const atRelease = { line: 1, column: 1, endLine: 1, endColumn: 8 };

testRule(releaseNotRun, {
  valid: ['web: gunicorn app:app\n', 'web: gunicorn app:app\nworker: python manage.py migrate\n'],
  invalid: [
    {
      name: 'a release process on Code Capsules: a warning that suggests the web command',
      code: 'release: python manage.py migrate\nweb: gunicorn app:app\n',
      errors: [
        {
          ...atRelease,
          message: notRun(
            'python manage.py migrate',
            'Run it at the start of the web command (`web: python manage.py migrate && gunicorn app:app`) or',
          ),
        },
      ],
    },
    { name: 'a release process without web', code: 'release: x\n', errors: [{ ...atRelease, message: notRun('x', 'Run it') }] },
    {
      // Heroku, Fir and Dokku run `release:` (platform processTypes), so turning the rule on there says nothing.
      name: 'turned on everywhere, it reports only where no release phase runs',
      code: 'release: x\nweb: y\n',
      settings: { 'release-not-run': 'warning' },
      errors: {
        codecapsules: [{ ...atRelease, message: notRun('x', 'Run it at the start of the web command (`web: x && y`) or') }],
        heroku: [],
        'heroku-fir': [],
        dokku: [],
      },
    },
  ],
});
