import { lintProcfile } from '../../src/lint.js';
import { formatText } from '../../src/report/text.js';

describe('formatText', () => {
  it('prints file:line:column, severity, message and rule, then the verdict', () => {
    const text = formatText(lintProcfile(Buffer.from('web: a\nweb : b\n')));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Procfile:2:1: error: `web` is declared again .* \[duplicate-process-type\]$/);
    expect(lines[1]).toMatch(/^Procfile:2:4: error: .* \[space-before-colon\]$/);
    expect(lines.at(-1)).toBe('✖ Procfile: 2 errors');
  });

  it('names the processes of a clean file', () => {
    expect(formatText(lintProcfile(Buffer.from('web: a\nworker: b\n')))).toBe('✔ Procfile: no problems (web, worker)\n');
  });

  it('never lets Procfile text start a line of its own', () => {
    const text = formatText(lintProcfile(Buffer.from('web:\r::error::pwned\u2028::warning::x\nx\n')));
    for (const line of text.split('\n')) expect(line.startsWith('::')).toBe(false);
    expect(text).not.toMatch(/[\r\u2028]/);
  });
});
