/** Each fixable rule's fix, applied by bytes, gives the file the author meant, and the rule then has nothing to say. */
import { applyEdits } from '../../src/fixes/apply.js';
import type { EditFix, Finding } from '../../src/engine/types.js';
import { lintProcfile } from '../../src/lint.js';

const fixOf = (rule: string, content: string | Buffer, options: Parameters<typeof lintProcfile>[1] = {}): Finding => {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const finding = lintProcfile(bytes, options).findings.find((each) => each.rule === rule && each.fix);
  if (!finding) throw new Error(`no ${rule} finding with a fix`);
  return finding;
};

const applied = (content: string | Buffer, finding: Finding): string => {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return applyEdits(bytes, (finding.fix as EditFix).edits).toString('utf8');
};

const check = (rule: string, content: string | Buffer, expected: string, options: Parameters<typeof lintProcfile>[1] = {}) => {
  const finding = fixOf(rule, content, options);
  expect(finding.fix?.safe).toBe(true);
  const fixed = applied(content, finding);
  expect(fixed).toBe(expected);
  expect(lintProcfile(Buffer.from(fixed), options).findings.filter((each) => each.rule === rule)).toEqual([]);
  return finding;
};

describe('fixes of the syntax and encoding rules', () => {
  it('removes the BOM by its bytes, which no column addresses', () => {
    const finding = check(
      'utf8-bom',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('web: node a.js\n')]),
      'web: node a.js\n',
    );
    expect((finding.fix as EditFix).edits).toEqual([
      { range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, byteOffset: 0, byteLength: 3, text: '' },
    ]);
  });

  it('turns every CRLF into LF, counting multibyte characters before each', () => {
    const finding = check('crlf-line-endings', 'web: echo é\r\nworker: echo 🚀\r\n', 'web: echo é\nworker: echo 🚀\n');
    expect((finding.fix as EditFix).edits.map((edit) => edit.byteOffset)).toEqual([12, 31]);
    expect((finding.fix as EditFix).edits[1]?.range).toMatchObject({ line: 2, column: 15 });
  });

  it('removes the space before the colon and the indentation', () => {
    check('space-before-colon', 'web : node a.js\n', 'web: node a.js\n');
    check('leading-whitespace', 'web: node a.js\n \tworker: node b.js\n', 'web: node a.js\nworker: node b.js\n');
  });

  it('portability writes a line Dokku reads as intended so that every parser does', () => {
    check('portability', ' web : node a.js\n', 'web: node a.js\n', { platform: 'dokku' });
  });

  it('deletes the duplicate line the platform ignores, and says why', () => {
    const content = 'web: node a.js\nworker: node w.js\nweb: node b.js\n';
    for (const platform of ['codecapsules', 'heroku']) {
      const before = lintProcfile(Buffer.from(content), { platform }).processes.map(({ type, command }) => [type, command]);
      const finding = fixOf('duplicate-process-type', content, { platform });
      const fixed = applied(content, finding);
      expect(finding.fix?.description).toMatch(/runs only line \d and ignores it/);
      expect(lintProcfile(Buffer.from(fixed), { platform }).processes.map(({ type, command }) => [type, command])).toEqual(before);
      expect(fixed.split('\n').filter((line) => line.startsWith('web:'))).toHaveLength(1);
    }
    // Dokku rejects the file: which line the author meant is theirs to say.
    const onDokku = lintProcfile(Buffer.from(content), { platform: 'dokku' }).findings.filter(
      (each) => each.rule === 'duplicate-process-type',
    );
    expect(onDokku.length).toBeGreaterThan(0);
    expect(onDokku.every((each) => each.fix === undefined)).toBe(true);
  });

  it('deletes a run of repeated lines in one edit and names the run by its ends', () => {
    const content = 'web: node a.js\nweb: b\nweb: c\nweb: d\nworker: node w.js\nweb: e\nweb: f\n';
    const finding = fixOf('duplicate-process-type', content, { platform: 'codecapsules' });
    expect(finding.fix?.description).toMatch(/^Remove lines 2 to 4, 6, 7: /);
    expect((finding.fix as EditFix).edits.map((edit) => [edit.range.line, edit.range.endLine])).toEqual([
      [2, 5],
      [6, 8],
    ]);
    expect(applied(content, finding)).toBe('web: node a.js\nworker: node w.js\n');
  });
});

describe('fixes of the command rules', () => {
  it.each([
    ['web: node a.js --port %PORT%\n', 'web: node a.js --port $PORT\n'],
    ['web: node a.js --port $env:PORT\n', 'web: node a.js --port $PORT\n'],
    ['web: node a.js --port $port\n', 'web: node a.js --port $PORT\n'],
    ['web: node a.js --port ${Port}\n', 'web: node a.js --port ${PORT}\n'],
    ["web: node a.js --bind '0.0.0.0:$PORT'\n", 'web: node a.js --bind "0.0.0.0:$PORT"\n'],
    ['web: node a.js --port {PORT}\n', 'web: node a.js --port ${PORT}\n'],
  ])('bad-port-var: %j', (content, expected) => {
    check('bad-port-var', content, expected);
  });

  it('bad-port-var offers nothing when the single quotes hold more than the port', () => {
    const findings = lintProcfile(Buffer.from('web: node a.js --x \'$PORT "q"\'\n')).findings.filter(
      (each) => each.rule === 'bad-port-var',
    );
    expect(findings.every((each) => each.fix === undefined)).toBe(true);
  });

  it('localhost-bind replaces a loopback host with 0.0.0.0', () => {
    const files = { 'requirements.txt': 'uvicorn\n' };
    check(
      'localhost-bind',
      'web: uvicorn main:app --host 127.0.0.1 --port $PORT\n',
      'web: uvicorn main:app --host 0.0.0.0 --port $PORT\n',
      { files },
    );
  });

  it('localhost-bind and web-port-unbound offer the same edit when both hold, from the program record', () => {
    const files = { 'requirements.txt': 'uvicorn\n' };
    const content = 'web: uvicorn main:app && true\n';
    const host = fixOf('localhost-bind', 'web: uvicorn main:app\n', { files });
    const port = fixOf('web-port-unbound', 'web: uvicorn main:app\n', { files });
    expect(host.fix).toEqual(port.fix);
    expect(applied('web: uvicorn main:app\n', host)).toBe('web: uvicorn main:app --host 0.0.0.0 --port $PORT\n');
    // The flags go after the server's own arguments, not at the end of the line.
    expect(applied(content, fixOf('web-port-unbound', content, { files }))).toBe(
      'web: uvicorn main:app --host 0.0.0.0 --port $PORT && true\n',
    );
  });

  it('web-port-unbound adds the port option when the host is given', () => {
    check('web-port-unbound', 'web: uvicorn main:app --host 0.0.0.0\n', 'web: uvicorn main:app --host 0.0.0.0 --port $PORT\n', {
      files: { 'requirements.txt': 'uvicorn\n' },
    });
  });
});

describe('fixes are data only where the bytes are known', () => {
  it('offers no edit for a file that is not clean UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('web : node a.js \xff\n', 'latin1')]);
    expect(lintProcfile(bytes).findings.filter((each) => each.fix)).toEqual([]);
  });
});
