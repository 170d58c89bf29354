import { findingsOf } from '../helpers/lint.js';

describe('bad-port-var', () => {
  it.each([
    ['web: node server.js --port %PORT%\n', 'Windows cmd syntax'],
    ['web: node server.js --port $env:PORT\n', 'PowerShell syntax'],
    ['web: gunicorn app:app -b 0.0.0.0:$port\n', 'variable names are case-sensitive'],
    ["web: gunicorn app:app -b '0.0.0.0:$PORT'\n", 'nothing inside single quotes'],
    ['web: node server.js --port $(PORT)\n', 'runs a command named PORT'],
    ['web: node server.js --port {PORT}\n', 'lacks its `$`'],
    ['worker: SERVER_PORT=%PORT% node worker.js\n', 'Windows cmd syntax'],
  ])('reports %j', (procfile, why) => {
    const [finding] = findingsOf('bad-port-var', procfile);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain(why);
  });

  it('accepts $PORT, ${PORT} and ${PORT:-5000}, in double quotes too', () => {
    expect(findingsOf('bad-port-var', 'web: gunicorn -b "0.0.0.0:${PORT:-5000}" app:app --name $PORT_NAME\n')).toEqual([]);
  });
});
