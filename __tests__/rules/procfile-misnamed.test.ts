import { findingsInTree } from '../helpers/lint.js';
import { removeTrees } from '../helpers/tree.js';

afterEach(removeTrees);

const misnamed = (files: Record<string, string>, appPath?: string) => findingsInTree('procfile-misnamed', files, appPath);

describe('procfile-misnamed', () => {
  it('is an error, with the rename, when the near miss stands in for a missing Procfile', async () => {
    const [finding, ...rest] = await misnamed({ procfile: 'web: x\n' });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', file: 'procfile', line: 1, column: 1 });
    expect(finding?.message).toContain('only in letter case');
    expect(finding?.message).toContain('`git mv procfile Procfile`');
  });

  it('explains extensions and spaces, quoting odd names for the shell', async () => {
    const findings = await misnamed({ 'Procfile.txt': '', 'Procfile ': '' });
    expect(findings.map((finding) => [finding.file, finding.severity])).toEqual([
      ['Procfile ', 'error'],
      ['Procfile.txt', 'error'],
    ]);
    expect(findings[0]?.message).toContain("`git mv 'Procfile ' Procfile`");
    expect(findings[1]?.message).toContain('has an extension');
  });

  it('is a warning next to a real Procfile, and says to delete or merge it', async () => {
    const [finding] = await misnamed({ Procfile: 'web: x\n', 'Procfile.yml': '' });
    expect(finding).toMatchObject({ severity: 'warning', file: 'Procfile.yml' });
    expect(finding?.message).toContain('Delete it');
  });

  it('leaves deliberate variants alone beside a Procfile and only notes them without one', async () => {
    expect(await misnamed({ Procfile: 'web: x\n', 'Procfile.dev': '' })).toEqual([]);
    expect(await misnamed({ 'Procfile.dev': '' })).toMatchObject([{ severity: 'notice', file: 'Procfile.dev' }]);
  });

  it('names paths from the workspace root when the app is in a subdirectory', async () => {
    const [finding] = await misnamed({ 'api/ProcFile': '' }, 'api');
    expect(finding).toMatchObject({ file: 'api/ProcFile' });
    expect(finding?.message).toContain('`git mv api/ProcFile api/Procfile`');
  });

  it('makes hostile file names visible instead of passing them on', async () => {
    const [finding] = await misnamed({ 'procfile\n::error::x': '' });
    expect(finding).toBeUndefined(); // not one edit away: not a near miss at all
    const [typo] = await misnamed({ 'Procfil\u001b': '' });
    expect(typo?.message).toContain('\\u{001B}');
    expect(typo?.message).not.toContain('\u001b');
  });
});

describe('procfile-misnamed beside an unreadable Procfile', () => {
  it('treats a directory named Procfile as no Procfile at all', async () => {
    expect(await misnamed({ 'Procfile/': '', 'Procfile.txt': 'web: x\n' })).toMatchObject([{ severity: 'error', file: 'Procfile.txt' }]);
    expect(await misnamed({ 'Procfile/': '', 'Procfile.dev': '' })).toMatchObject([{ severity: 'notice' }]);
  });
});
