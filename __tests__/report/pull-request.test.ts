import { CHANGED_PATH_LENGTH, relevantChanges, renderPullRequestSection, SHOWN_CHANGES } from '../../src/report/pull-request.js';

const files = (...paths: string[]) => paths.map((path) => ({ path, status: 'modified' }));

describe('relevantChanges', () => {
  it('keeps any Procfile or near miss, and the language markers at the app root only', () => {
    const changed = files(
      'Procfile',
      'web/procfile.txt',
      'requirements.txt',
      'api/package.json',
      'api/Gemfile',
      'api/App.csproj',
      'api/src/go.mod',
      'README.md',
    );
    expect(relevantChanges(changed, 'api').map((change) => [change.path, change.role])).toEqual([
      ['Procfile', 'Procfile'],
      ['web/procfile.txt', 'Procfile'],
      ['api/package.json', 'Node.js'],
      ['api/Gemfile', 'Ruby'],
      ['api/App.csproj', '.NET'],
    ]);
    expect(relevantChanges(changed, '.').map((change) => change.path)).toEqual(['Procfile', 'web/procfile.txt', 'requirements.txt']);
    expect(relevantChanges(changed, './api/').map((change) => change.path)).toContain('api/Gemfile');
  });

  it('counts a change inside a marker directory, and project files but not source files by extension', () => {
    const changed = files('.mvn/extensions.xml', 'build.sbt', 'Tool.scala', 'App.java', 'lib/App.csproj', 'apiary/go.mod');
    expect(relevantChanges(changed, '.').map((change) => [change.path, change.role])).toEqual([
      ['.mvn/extensions.xml', 'Java'],
      ['build.sbt', 'Scala'],
    ]);
    expect(relevantChanges(files('apiary/go.mod', 'api/go.mod'), 'api').map((change) => change.path)).toEqual(['api/go.mod']);
  });

  it('counts a rename away from a Procfile', () => {
    const renamed = [{ path: 'docs/old-procfile-notes.md', status: 'renamed', previousPath: 'Procfile' }];
    expect(relevantChanges(renamed, '.')).toEqual([{ ...renamed[0], role: 'Procfile' }]);
  });
});

describe('renderPullRequestSection', () => {
  const section = { number: 7, eventName: 'pull_request', appPath: '.' };

  it('escapes file names and the reason, which come from the pull request and the API', () => {
    const html = renderPullRequestSection({
      ...section,
      changes: { known: true, complete: true, files: files('<img src=x>/@octocat/Procfile') },
    });
    expect(html).toContain('<code>&lt;img src=x&gt;/@&#8288;octocat/Procfile</code>');
    const unknown = renderPullRequestSection({ ...section, changes: { known: false, reason: 'the API said <b>no</b>' } });
    expect(unknown).toBe(
      '### Pull request #7\n\n<p>Unknown whether it changes the Procfile or the language markers: the API said &lt;b&gt;no&lt;/b&gt;.</p>',
    );
  });

  it('says when only the files that decide the build changed, and when the list was cut', () => {
    const html = renderPullRequestSection({ ...section, changes: { known: true, complete: false, files: files('Dockerfile') } });
    expect(html).toContain(
      '<p>It leaves the Procfile alone but changes what decides how the app is built (the API lists only the first 1 files):</p>',
    );
    expect(html).toContain('<td>Docker: the platform builds the image and ignores the Procfile</td>');
  });

  it('cuts long changed-file names with an ellipsis, so 3000 of them stay far below the summary limit', () => {
    const long = (i: number) => `${'\u0001'.repeat(5000)}${i}/Procfile`;
    const changes = Array.from({ length: 3000 }, (_, i) => ({ path: long(i), status: 'renamed', previousPath: long(i) }));
    const html = renderPullRequestSection({ ...section, changes: { known: true, complete: true, files: changes } });
    expect(html).toContain(`<code>${'\\u{0001}'.repeat(CHANGED_PATH_LENGTH - 1)}…</code> → <code>`);
    expect(html).toContain('<p>2950 more not shown.</p>');
    expect(Buffer.byteLength(html)).toBeLessThan(SHOWN_CHANGES * 2 * (CHANGED_PATH_LENGTH * 9 + 30) + 1000);
  });
});
