import { invalidLine } from '../../src/rules/invalid-line.js';
import { testRule } from '../helpers/rule-tester.js';

// Where the platform's parser rejects the file (Fir, Dokku) the deploy fails: an error. Where it skips the line
// (Code Capsules, Heroku classic, as documented) the rest deploys: a warning, unless the skipped line was the only
// `web` and the build then fails (Code Capsules).
const notAProcessLine = /is not a `<process type>: <command>` line/;

testRule(invalidLine, {
  valid: ['# python app.py\n\n   \nweb: x\n'],
  invalid: [
    {
      code: 'web:\n  gunicorn app --workers 2\n',
      errors: {
        codecapsules: [],
        heroku: [{ line: 2, column: 3, endLine: 2, endColumn: 27, severity: 'warning', message: notAProcessLine }],
        'heroku-fir': [{ line: 2, column: 3, endLine: 2, endColumn: 27, severity: 'error', message: notAProcessLine }],
        dokku: [{ line: 2, column: 3, endLine: 2, endColumn: 27, severity: 'error', message: notAProcessLine }],
      },
    },
    {
      code: 'web: gunicorn app:app\n  python worker.py\n',
      errors: {
        codecapsules: [
          {
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 19,
            severity: 'warning',
            message: /`web: python worker\.py`.*Code Capsules skips it/,
          },
        ],
        heroku: [{ line: 2, column: 3, endLine: 2, endColumn: 19, severity: 'warning', message: /`web: python worker\.py`/ }],
        'heroku-fir': [{ line: 2, column: 3, endLine: 2, endColumn: 19, severity: 'error', message: /`web: python worker\.py`/ }],
        dokku: [{ line: 2, column: 3, endLine: 2, endColumn: 19, severity: 'error', message: /`web: python worker\.py`/ }],
      },
    },
    {
      code: ': gunicorn app:app\nweb server: node index.js\n',
      errors: {
        codecapsules: [
          { line: 1, column: 1, endLine: 1, endColumn: 19, severity: 'warning', message: /declares no process type/ },
          {
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 26,
            severity: 'error',
            message: /`web server` before the `:` is not a process type/,
          },
        ],
        heroku: [
          { line: 1, column: 1, endLine: 1, endColumn: 19, severity: 'warning', message: /declares no process type/ },
          {
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 26,
            severity: 'warning',
            message: /`web server` before the `:` is not a process type/,
          },
        ],
        'heroku-fir': [
          { line: 1, column: 1, endLine: 1, endColumn: 19, severity: 'error', message: /declares no process type/ },
          {
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 26,
            severity: 'error',
            message: /`web server` before the `:` is not a process type/,
          },
        ],
        dokku: [
          { line: 1, column: 1, endLine: 1, endColumn: 19, severity: 'error', message: /declares no process type/ },
          {
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 26,
            severity: 'error',
            message: /`web server` before the `:` is not a process type/,
          },
        ],
      },
    },
    {
      code: 'web java -Dserver.port=$PORT -jar target/app.jar\n',
      errors: {
        codecapsules: [{ ...javaLine(), severity: 'error' }],
        heroku: [{ ...javaLine(), severity: 'warning' }],
        'heroku-fir': [{ ...javaLine(), severity: 'error' }],
        dokku: [{ ...javaLine(), severity: 'error' }],
      },
    },
    {
      code: 'web java -jar target/app.jar\nweb: java -jar target/app.jar\n',
      errors: {
        codecapsules: [{ line: 1, column: 1, endLine: 1, endColumn: 29, severity: 'warning', message: /lacks the `:` after `web`/ }],
        heroku: [{ line: 1, column: 1, endLine: 1, endColumn: 29, severity: 'warning', message: /lacks the `:` after `web`/ }],
        'heroku-fir': [{ line: 1, column: 1, endLine: 1, endColumn: 29, severity: 'error', message: /lacks the `:` after `web`/ }],
        dokku: [{ line: 1, column: 1, endLine: 1, endColumn: 29, severity: 'error', message: /lacks the `:` after `web`/ }],
      },
    },
    {
      code: '<<<<<<< HEAD\nweb: a\n=======\nweb: b\n>>>>>>> main\n',
      errors: {
        codecapsules: conflictMarkers('warning'),
        heroku: conflictMarkers('warning'),
        'heroku-fir': conflictMarkers('error'),
        dokku: conflictMarkers('error'),
      },
    },
  ],
});

function javaLine() {
  return {
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 49,
    message: /lacks the `:` after `web`: write `web: java -Dserver\.port=\$PORT -jar target\/app\.jar`/,
  };
}

function conflictMarkers(severity: 'error' | 'warning') {
  return [
    { line: 1, column: 1, endLine: 1, endColumn: 13, severity, message: /merge conflict marker/ },
    { line: 3, column: 1, endLine: 3, endColumn: 8, severity, message: /merge conflict marker/ },
    { line: 5, column: 1, endLine: 5, endColumn: 13, severity, message: /merge conflict marker/ },
  ];
}
