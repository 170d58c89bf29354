import { findingsOf } from '../helpers/lint.js';

const withBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);

describe('utf8-bom', () => {
  it('says the first process line is lost on Code Capsules', () => {
    const [finding] = findingsOf('utf8-bom', withBom('web: gunicorn app:app\n'));
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 1 });
    expect(finding?.message).toContain('for the first line, Code Capsules skips it, as do Heroku, foreman and honcho; Heroku (Fir) and Dokku reject the whole Procfile');
  });

  it('still reports a BOM before a comment, which Heroku and dokku reject', () => {
    expect(findingsOf('utf8-bom', withBom('# processes\nweb: x\n'))[0]?.message).toContain('Heroku and Dokku reject the Procfile');
  });

  it('accepts a file without BOM, and leaves UTF-16 to invalid-encoding', () => {
    expect(findingsOf('utf8-bom', 'web: x\n')).toEqual([]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('web: x\n', 'utf16le')]);
    expect(findingsOf('utf8-bom', utf16)).toEqual([]);
  });
});
