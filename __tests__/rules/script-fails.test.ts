import { findingsIn, findingsOf } from '../helpers/lint.js';

const fails = (procfile: string, files: Record<string, string>) => findingsIn('script-fails', procfile, files);
const crlf = 'mkdir -p ~/.streamlit/\r\necho "[server]" > ~/.streamlit/config.toml\r\n\r\n';
const run = 'streamlit run app.py --server.port $PORT';

describe('script-fails', () => {
  it('reports the carriage-return command a CRLF script ends with, in the script, when && depends on it', () => {
    const [finding] = fails(`web: sh setup.sh && ${run}\n`, { 'setup.sh': crlf });
    expect(finding).toMatchObject({ severity: 'error', file: 'setup.sh', line: 3, column: 1, endLine: 3, endColumn: 2 });
    expect(finding?.message).toContain('exits with status 127');
    expect(finding?.message).toContain("run `sed -i 's/\\r$//'` on it");
    expect(fails('web: bash ./setup.sh\n', { 'setup.sh': crlf })[0]?.severity).toBe('error');
  });

  it('only warns about CRLF when nothing waits for the script, or its last command succeeds', () => {
    expect(fails(`web: sh setup.sh; ${run}\n`, { 'setup.sh': crlf })[0]).toMatchObject({ severity: 'warning', line: 1, column: 23 });
    expect(fails(`web: sh setup.sh && ${run}\n`, { 'setup.sh': 'mkdir -p x\r\necho ok > f\r\n' })[0]?.severity).toBe('warning');
  });

  it('finds the script in the app folder of a Procfile in a subfolder', () => {
    const [finding] = findingsIn('script-fails', `web: sh setup.sh && ${run}\n`, { 'setup.sh': crlf }, { path: 'app/Procfile' });
    expect(finding?.file).toBe('app/setup.sh');
  });

  it('says nothing of a clean script, a missing one, or without the app files', () => {
    expect(fails(`web: sh setup.sh && ${run}\n`, { 'setup.sh': 'mkdir -p x\n' })).toEqual([]);
    expect(fails(`web: sh setup.sh && ${run}\n`, {})).toEqual([]);
    expect(findingsOf('script-fails', `web: sh setup.sh && ${run}\n`)).toEqual([]);
    expect(fails(`web: bash -c 'sh setup.sh; ${run}'\n`, { 'setup.sh': crlf }).map((finding) => finding.severity)).toEqual(['warning']);
  });
});
