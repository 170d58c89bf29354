import { scriptFails } from '../../src/rules/script-fails.js';
import { testRule } from '../helpers/rule-tester.js';

const crlf = 'mkdir -p ~/.streamlit/\r\necho "[server]" > ~/.streamlit/config.toml\r\n\r\n';
const run = 'streamlit run app.py --server.port $PORT';
/** A warning at the first carriage return, where nothing fails for certain. */
const windowsLineEndings = /^`web` runs `setup\.sh`, which has Windows line endings: .* Save it with Unix \(LF\) line endings\.$/;

testRule(scriptFails, {
  valid: [
    { code: `web: sh setup.sh && ${run}\n`, files: { 'setup.sh': 'mkdir -p x\n' } },
    { name: 'a script that is missing', code: `web: sh setup.sh && ${run}\n`, files: {} },
    // Without the app's files nothing is known of the script.
    `web: sh setup.sh && ${run}\n`,
  ],
  invalid: [
    {
      // The empty last line is `\r`, a command that exits 127, and `&&` waits for it.
      code: `web: sh setup.sh && ${run}\n`,
      files: { 'setup.sh': crlf },
      errors: [
        {
          file: 'setup.sh',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 2,
          message: /exits with status 127.*run `sed -i 's\/\\r\$\/\/'` on it/s,
        },
      ],
    },
    {
      code: 'web: bash ./setup.sh\n',
      files: { 'setup.sh': crlf },
      errors: [{ file: 'setup.sh', line: 3, column: 1, endLine: 3, endColumn: 2, message: /exits with status 127/ }],
    },
    {
      name: 'a CRLF script nothing waits for',
      code: `web: sh setup.sh; ${run}\n`,
      files: { 'setup.sh': crlf },
      errors: [{ severity: 'warning', file: 'setup.sh', line: 1, column: 23, endLine: 1, endColumn: 24, message: windowsLineEndings }],
    },
    {
      name: 'a CRLF script whose last command succeeds',
      code: `web: sh setup.sh && ${run}\n`,
      files: { 'setup.sh': 'mkdir -p x\r\necho ok > f\r\n' },
      errors: [{ severity: 'warning', file: 'setup.sh', line: 1, column: 11, endLine: 1, endColumn: 12, message: windowsLineEndings }],
    },
    {
      name: 'a CRLF script run by `bash -c`',
      code: `web: bash -c 'sh setup.sh; ${run}'\n`,
      files: { 'setup.sh': crlf },
      errors: [{ severity: 'warning', file: 'setup.sh', line: 1, column: 23, endLine: 1, endColumn: 24, message: windowsLineEndings }],
    },
    {
      name: 'a script in the folder of a Procfile in a subfolder',
      code: `web: sh setup.sh && ${run}\n`,
      path: 'app/Procfile',
      files: { 'setup.sh': crlf },
      errors: [{ file: 'app/setup.sh', line: 3, column: 1, endLine: 3, endColumn: 2, message: /exits with status 127/ }],
    },
  ],
});
