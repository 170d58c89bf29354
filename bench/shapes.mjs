// Inputs at the read limits shaped to make a backtracking regex or the shell parser take the square of their size
// (issue 10), shared by bench/pathological.mjs, which times them, and __tests__/pathological.test.ts, which checks
// what the engine does with them without a clock.

export const MIB = 1024 * 1024;
/** The limit on each manifest (src/engine/app-files.ts). */
export const MANIFEST_BYTES = 256 * 1024;

/** Lines `w<i>: <command>` of about `lineLength` bytes, as many as fit in `total` bytes. */
function commandLines(total, lineLength, command) {
  const lines = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const prefix = `w${i.toString(36)}: `;
    const line = `${prefix}${command(lineLength - prefix.length)}\n`;
    if (size + line.length > total) break;
    lines.push(line);
    size += line.length;
  }
  return Buffer.from(lines.join(''));
}

const fill = (unit, length) => unit.repeat(Math.floor(length / unit.length));

/** [name, Procfile bytes, rules the result must hold]; each at most 1 MiB. */
export const PATHOLOGICAL_PROCFILES = [
  [
    'a disable-next-line comment, 1 MiB of blanks, then a CR',
    Buffer.from(`# procfile-lint-disable-next-line${' \t'.repeat((MIB - 60) / 2)}\r\nworker: x\n`),
    ['missing-web'],
  ],
  [
    'a disable-next-line comment listing 1 MiB of rule-like words, then a CR',
    Buffer.from(`# procfile-lint-disable-next-line ${'a '.repeat((MIB - 60) / 2)}\r\nworker: x\n`),
    ['invalid-config'],
  ],
  ['heredoc operators `<<E` in commands just under the parser bound', commandLines(MIB, 2000, (n) => `cat ${fill('<<E ', n - 4)}`), []],
  [
    'heredoc operators `<<E` in commands just over the parser bound',
    commandLines(MIB, 2200, (n) => `cat ${fill('<<E ', n - 4)}`),
    ['shell-syntax'],
  ],
  ['`$(` nested to the parser bound', commandLines(MIB, 2000, (n) => fill('$(', n)), ['shell-syntax']],
  [
    '`sh -c` scripts of heredoc operators, under the bound',
    commandLines(MIB, 2000, (n) => `sh -c 'bash -c "cat ${fill('<<E ', n - 30)}"'`),
    [],
  ],
];

/**
 * A requirements.txt that includes another with `-r`, `count` deep, each file at the manifest limit: a line of
 * ` # # # ...` ending in CRLF (what made the comment stripping quadratic), then `package-<i>`.
 */
export function requirementsChain(count) {
  const files = { Procfile: 'web: gunicorn app:app\n', 'app.py': '' };
  for (let i = 0; i < count; i++) {
    const name = i === 0 ? 'requirements.txt' : `requirements-${i}.txt`;
    const head = `${i === 0 ? 'gunicorn\r\n' : ''}-r requirements-${i + 1}.txt\r\npackage-${i}\r\n`;
    files[name] = `${head}${fill(' #', MANIFEST_BYTES - head.length - 2)}\r\n`;
  }
  return files;
}
