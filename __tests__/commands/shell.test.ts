import { analyzeShell } from '../../src/commands/shell.js';

const words = (text: string) => analyzeShell(text).commands.map((command) => command.words.map((word) => word.value));

describe('analyzeShell', () => {
  it('lists the simple commands of an && chain, with assignments apart from words', () => {
    const analysis = analyzeShell('FOO=1 cd app && exec gunicorn "app:app" --bind 0.0.0.0:${PORT:-5000}');
    expect(analysis.commands.map((command) => command.words.map((word) => word.value))).toEqual([
      ['cd', 'app'],
      ['exec', 'gunicorn', 'app:app', '--bind', '0.0.0.0:${PORT:-5000}'],
    ]);
    expect(analysis.commands[0]?.assignments.map((a) => [a.name, a.value.value])).toEqual([['FOO', '1']]);
    expect(analysis.errors).toEqual([]);
  });

  it('gives word offsets and the parameters each word expands, not those in single quotes', () => {
    const [command] = analyzeShell(`x --port=$PORT '$PORT' "\${PORT}" \${port:-1} $1`).commands;
    const [, a, b, c, d, e] = command?.words ?? [];
    expect([a?.start, a?.end]).toEqual([2, 14]);
    expect(a?.parameters).toEqual([{ name: 'PORT', start: 9, end: 14 }]);
    expect(b?.parameters).toEqual([]);
    expect(b?.singleQuoted.map((q) => q.value)).toEqual(['$PORT']);
    expect(c?.parameters.map((p) => p.name)).toEqual(['PORT']);
    expect(d?.parameters.map((p) => p.name)).toEqual(['port']);
    expect(e?.parameters.map((p) => p.name)).toEqual(['1']);
    expect([a?.dynamic, b?.dynamic]).toEqual([true, false]);
  });

  it('parses the script of sh -c and bash -c again, with offsets in the outer command', () => {
    const text = "sh -c 'python manage.py migrate && gunicorn x.wsgi --bind :$PORT'";
    const analysis = analyzeShell(text);
    expect(analysis.commands.map((command) => command.words[0]?.value)).toEqual(['sh', 'python', 'gunicorn']);
    const port = analysis.commands[2]?.words[3]?.parameters[0];
    expect(text.slice(port?.start, port?.end)).toBe('$PORT');
  });

  it.each([
    ['echo "unterminated', 'unterminated double quote', 5],
    ['node server.js &&', "expected command after '&&'", 17],
    ['echo $(date', 'unterminated command substitution', 5],
    ["bash -c 'cd app && exec ./start &&'", "expected command after '&&'", 34],
  ])('reports the syntax error in %j', (text, message, offset) => {
    expect(analyzeShell(text).errors).toContainEqual({ message, offset });
  });

  it('does not count commands inside command substitutions', () => {
    expect(words('gunicorn app:app --workers $(nproc)')).toEqual([['gunicorn', 'app:app', '--workers', '$(nproc)']]);
  });

  it('survives hostile input', () => {
    expect(analyzeShell('$('.repeat(1000)).errors.length).toBeGreaterThan(0);
    expect(analyzeShell('$('.repeat(5000))).toEqual({ commands: [], errors: [], tooLong: true });
    expect(analyzeShell('"'.repeat(100_000)).commands.length).toBeGreaterThanOrEqual(0);
  });
});
