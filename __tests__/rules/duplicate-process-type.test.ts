import { duplicateProcessType } from '../../src/rules/duplicate-process-type.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(duplicateProcessType, {
  valid: ['web: a\nworker: b\n'],
  invalid: [
    {
      code: 'web:\nweb: x\n',
      errors: {
        codecapsules: [],
        heroku: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: /is declared again/ }],
        'heroku-fir': [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: /is declared again/ }],
        dokku: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: /is declared again/ }],
      },
    },
    {
      code: 'web: a\nworker: b\nweb: c\nweb: d\n',
      errors: [
        { line: 3, column: 1, endLine: 3, endColumn: 4, message: /is declared again \(first on line 1\)/ },
        { line: 4, column: 1, endLine: 4, endColumn: 4, message: /is declared again \(first on line 1\)/ },
      ],
    },
    {
      code: 'web: a\nWeb: b\n',
      errors: {
        codecapsules: [],
        // Classic Heroku's documented reader, `^([A-Za-z0-9_-]+):`, keeps case: two types. Fir lowercases keys
        // (heroku/buildpacks-procfile src/procfile.rs), and its last duplicate wins.
        heroku: [],
        'heroku-fir': [
          {
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 4,
            message: /Heroku \(Fir\) runs only line 2; Code Capsules, Heroku, Dokku, foreman and honcho see different process types/,
          },
        ],
        dokku: [],
      },
    },
  ],
});
