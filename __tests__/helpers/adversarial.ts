/**
 * Long runs of what the parser's and the rules' patterns look for (spaces, tabs, colons, `#`, name characters, line
 * breaks), 200 000 characters each, and the shapes that made a regex or the shell parser quadratic (issue 10).
 */
const LENGTH = 200_000;

const long = (run: string) => run.repeat(Math.ceil(LENGTH / run.length));

/** Runs shaped like Procfile lines gone wrong. */
const SHAPED = [
  `web:${' '.repeat(LENGTH)}`,
  `web:${' \n'.repeat(LENGTH / 2)}`,
  `${'\n'.repeat(LENGTH / 2)}web:${'\n'.repeat(LENGTH / 2)}`,
  `web${' :'.repeat(LENGTH / 2)}`,
  `<<<<<<<${' '.repeat(LENGTH)}x`,
  `# procfile-lint-disable-next-line${' '.repeat(LENGTH)}\r`,
  `web: cat ${'<<E '.repeat(LENGTH / 4)}`,
];

export { PATHOLOGICAL_PROCFILES, requirementsChain } from '../../bench/shapes.mjs';

/** Runs for the whole engine and the quoting functions. */
export const ADVERSARIAL_PROCFILES: readonly string[] = [...[' ', '\t', ':', '#', 'a', '\u00a0', '\n', 'web:'].map(long), ...SHAPED];
