/**
 * Long runs of what the parser's and the rules' patterns look for (spaces, tabs, colons, `#`, name characters, line
 * breaks), 200 000 characters each, alone and followed by what makes a match fail at the very end.
 */
const RUNS = [' ', '\t', ':', '#', '# ', ': ', 'a', 'web:', '\u00a0', '\r', '\n', '\r\n', ' \t', 'a ', 'a:', '<', '@', '\\', '|'];
const LENGTH = 200_000;

export const ADVERSARIAL_RUNS: readonly string[] = [
  ...RUNS.flatMap((run) => {
    const long = run.repeat(Math.ceil(LENGTH / run.length));
    return [long, `${long}\u0000!`, `!${long}`];
  }),
  `web:${' '.repeat(LENGTH)}`,
  `web:${' \n'.repeat(LENGTH / 2)}`,
  `${'\n'.repeat(LENGTH / 2)}web:${'\n'.repeat(LENGTH / 2)}`,
  `web${' :'.repeat(LENGTH / 2)}`,
  `<<<<<<<${' '.repeat(LENGTH)}x`,
];
