import { dockerfilePresent } from '../../src/rules/dockerfile-present.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(dockerfilePresent, {
  valid: [
    { tree: { "Dockerfile": "" } },
    { tree: { "Procfile": "web: x\n" } },
  ],
  invalid: [
    {
      tree: { "Procfile": "web: gunicorn app:app\n", "Dockerfile": "FROM python\n" },
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 1, message: /Docker capsule/ },
      ],
    },
  ],
});
