/** The CLI's internal-error path, which no input reaches on purpose: the engine is replaced by one that throws. */
import { jest } from '@jest/globals';
import { executedCommands, RAW_CONTROL, runnerLines } from './helpers/workflow-commands.js';

const HOSTILE = "ENOENT: '/repo/x\n::error::forged\r##[warning]old\u2028::notice::sep'";

jest.unstable_mockModule('../src/lint.js', () => ({
  lint: async () => {
    throw new Error(HOSTILE);
  },
  lintProcfile: () => {
    throw new Error(HOSTILE);
  },
}));

const { runCli } = await import('../src/cli.js');

it('reports an internal error on stderr as inert, printable lines', async () => {
  let stderr = '';
  const status = await runCli(['.'], {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
    stdin: async function* () {},
    cwd: process.cwd(),
  });
  expect(status).toBe(2);
  expect(stderr).toMatch(/^procfile-lint: internal error: ENOENT: /);
  expect(stderr).toContain('\\n::error::forged\\r#\\u{0023}[warning]old\\u{2028}::notice::sep');
  expect(executedCommands(stderr)).toEqual([]);
  expect(runnerLines(stderr).filter((line) => /^\s*::/u.test(line))).toEqual([]);
  expect(stderr).not.toMatch(RAW_CONTROL);
});
