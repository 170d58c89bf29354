import { pumaConfigFile, pumaListen } from '../../src/apps/server-config.js';
import { memoryAppFiles } from '../../src/engine/app-files.js';

// puma/puma lib/puma/dsl.rb: `port(port, host = nil)` and `bind(url)`; the last one wins.
describe('pumaListen', () => {
  const listen = (text: string) => pumaListen(memoryAppFiles({ 'config/puma.rb': text }), 'config/puma.rb');

  it.each([
    ['port ENV.fetch("PORT") { 3000 }\n', { kind: 'reads-port', line: 1, host: null }],
    ["threads 5, 5\nport ENV['PORT'] || 3000\n", { kind: 'reads-port', line: 2 }],
    ['bind "tcp://0.0.0.0:#{ENV.fetch(\'PORT\', 80)}"\n', { kind: 'reads-port', host: '0.0.0.0' }],
    ['puma_port = ENV.fetch("PORT") { 8000 }\nbind "tcp://0.0.0.0:#{puma_port}"\n', { kind: 'reads-port', line: 2 }],
    ['port 3000\n', { kind: 'fixed', port: '3000', host: null }],
    ["port 3000, '127.0.0.1'\n", { kind: 'fixed', port: '3000', host: '127.0.0.1' }],
    ["bind 'tcp://127.0.0.1:9000'\n", { kind: 'fixed', port: '9000', host: '127.0.0.1' }],
    ["bind 'unix:///tmp/puma.sock'\n", { kind: 'unknown' }],
    ['port my_port\n', { kind: 'unknown' }],
    ['# port 3000\nworkers 2\n', { kind: 'none' }],
  ])('reads %j', (text, expected) => {
    expect(listen(text)).toMatchObject(expected);
  });

  it('is null without the file', () => {
    expect(pumaListen(memoryAppFiles({}), 'config/puma.rb')).toBeNull();
  });
});

describe('pumaConfigFile', () => {
  it('takes -C, else config/puma/<env>.rb, else config/puma.rb', () => {
    const files = memoryAppFiles({ 'config/puma.rb': '', 'config/puma/production.rb': '' });
    expect(pumaConfigFile(files, 'puma.rb')).toBe('puma.rb');
    expect(pumaConfigFile(files, null)).toBe('config/puma/production.rb');
    expect(pumaConfigFile(memoryAppFiles({ 'config/puma.rb': '' }), null)).toBe('config/puma.rb');
    expect(pumaConfigFile(memoryAppFiles({}), null)).toBeNull();
  });
});
