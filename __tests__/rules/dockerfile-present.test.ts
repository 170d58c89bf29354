import { dockerfilePresent } from '../../src/rules/dockerfile-present.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(dockerfilePresent, {
  valid: [{ tree: { Dockerfile: '' } }, { tree: { Procfile: 'web: x\n' } }],
  invalid: [
    {
      tree: { Procfile: 'web: gunicorn app:app\n', Dockerfile: 'FROM python\n' },
      errors: [
        // A Docker Capsule is a capsule type of its own (codecapsules-io/docusaurus-docs docs/backend/docker): a notice, no advice to delete.
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          message: /A backend capsule builds with buildpacks and uses this Procfile; if the app is deployed as a Docker Capsule/,
        },
      ],
    },
  ],
});
