/**
 * Long runs of what the parser's and the rules' patterns look for (spaces, tabs, colons, `#`, name characters, line
 * breaks), 200 000 characters each, alone and followed by what makes a match fail at the very end.
 */
const RUNS = [' ', '\t', ':', '#', '# ', ': ', 'a', 'web:', '\u00a0', '\r', '\n', '\r\n', ' \t', 'a ', 'a:', '<', '@', '\\', '|'];
const LENGTH = 200_000;

const long = (run: string) => run.repeat(Math.ceil(LENGTH / run.length));

/** Runs shaped like Procfile lines gone wrong. */
const SHAPED = [
  `web:${' '.repeat(LENGTH)}`,
  `web:${' \n'.repeat(LENGTH / 2)}`,
  `${'\n'.repeat(LENGTH / 2)}web:${'\n'.repeat(LENGTH / 2)}`,
  `web${' :'.repeat(LENGTH / 2)}`,
  `<<<<<<<${' '.repeat(LENGTH)}x`,
];

export const ADVERSARIAL_RUNS: readonly string[] = [
  ...RUNS.flatMap((run) => [long(run), `${long(run)}\u0000!`, `!${long(run)}`]),
  ...SHAPED,
];

/** A shorter list for the whole engine, which is slower per character than one regex. */
export const ADVERSARIAL_PROCFILES: readonly string[] = [...[' ', '\t', ':', '#', 'a', '\u00a0', '\n', 'web:'].map(long), ...SHAPED];
