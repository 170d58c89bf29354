/** Each program record is complete, and a command line written in each of its forms resolves to it. */
import { invocationsOf } from '../../src/commands/invocation.js';
import { PROGRAMS, type InvokedAs, type Program } from '../../src/commands/programs.js';
import { analyzeShell } from '../../src/commands/shell.js';

const RECORDS = Object.entries(PROGRAMS).map(([key, program]) => [key, program] as const);

/** A command line that starts `program` in `form`. */
function commandLine(form: InvokedAs): string {
  const sub = (names?: readonly string[]) => names?.[0] ?? '';
  switch (form.kind) {
    case 'command':
      return `${form.names[0]} ${sub(form.subcommand?.names)}`;
    case 'python-module':
      return `python -m ${form.module} ${sub(form.subcommand?.names)}`;
    case 'python-script':
      return `${form.interpreter ?? 'python'} ${form.script} ${sub(form.subcommand.names)}`;
    case 'interpreter':
      return `${form.names[0]} ${form.flag ?? ''} target`;
    case 'package-script':
      return `${form.tools[0]} start`;
  }
}

/** What is missing from the record, in words; empty when it is complete. */
function gaps(key: string, program: Program): string[] {
  const missing: string[] = [];
  if (program.id !== key) missing.push(`its id is ${program.id}, not ${key}`);
  if (!program.label) missing.push('a label');
  if (program.invokedAs.length === 0) missing.push('how it is invoked');
  for (const form of program.invokedAs) {
    if ((form.kind === 'command' || form.kind === 'interpreter') && form.names.length === 0)
      missing.push(`names for its ${form.kind} form`);
  }
  const port = program.port;
  const needsFix = port && (!port.readsPort || port.addressReplacesPort);
  if (needsFix && !(program.listenFix?.port && program.listenFix.host)) missing.push('how to make it listen on $PORT (listenFix)');
  if (program.importsTarget && !program.optionsWithValue?.length) missing.push('its options that take a value');
  if (program.devServer && !program.devServer.why) missing.push('why it is a development server');
  if (program.language === 'python' && program.port && !program.pythonPackage) missing.push('the Python package that provides it');
  if ((program.port || program.opensNoPort) && !program.source) missing.push('the source of its listening facts');
  if (program.importsTarget && !program.appTarget) missing.push('how it reads its app target');
  return missing;
}

describe('program records', () => {
  it.each(RECORDS)('%s is complete', (key, program) => {
    expect(gaps(key, program)).toEqual([]);
  });

  it.each(RECORDS.flatMap(([key, program]) => program.invokedAs.map((form) => [key, commandLine(form)] as const)))(
    '%s is what `%s` starts',
    (key, line) => {
      expect(invocationsOf(analyzeShell(line)).at(-1)?.program?.id).toBe(key);
    },
  );

  it('gives each command line to one record only', () => {
    const lines = RECORDS.flatMap(([key, program]) => program.invokedAs.map((form) => [commandLine(form), key] as const));
    const owners = new Map<string, string[]>();
    for (const [line, key] of lines) owners.set(line, [...(owners.get(line) ?? []), key]);
    expect([...owners].filter(([, keys]) => keys.length > 1)).toEqual([]);
  });

  it('tells what an incomplete record lacks', () => {
    const server: Program = { ...PROGRAMS.uvicorn, listenFix: undefined, optionsWithValue: [], pythonPackage: undefined };
    expect(gaps('uvicorn', server)).toEqual([
      'how to make it listen on $PORT (listenFix)',
      'its options that take a value',
      'the Python package that provides it',
    ]);
  });
});
