/** The suggested changes built from fixes: on touched lines only, exact lines, escaped message, a fence that holds. */
import { lintProcfile } from '../../src/lint.js';
import { resolvedBody, suggestionComments, suggestionKey, touchedLines } from '../../src/report/suggestions.js';

const commentsFor = (content: string, patchLines: number[], files: Record<string, string> = {}) => {
  const bytes = Buffer.from(content);
  const result = lintProcfile(bytes, { files });
  const touched = new Map([['Procfile', new Set(patchLines)]]);
  return suggestionComments(result, (file) => (file === 'Procfile' ? bytes : null), touched);
};

describe('suggestion comments', () => {
  it('replace the fixed line with its fixed text, only on lines the pull request touches', () => {
    const content = 'web: gunicorn app:app\nworker : python w.py\n';
    const [comment, ...others] = commentsFor(content, [2], { 'requirements.txt': 'gunicorn\n', 'app.py': '', 'w.py': '' });
    expect(others).toEqual([]);
    expect(comment).toMatchObject({ path: 'Procfile', line: 2, key: 'space-before-colon:Procfile:2' });
    expect(comment?.body).toContain('```suggestion\nworker: python w.py\n```\n');
    expect(suggestionKey(comment?.body ?? '')).toBe('space-before-colon:Procfile:2');
    expect(commentsFor(content, [1], { 'requirements.txt': 'gunicorn\n', 'app.py': '', 'w.py': '' })).toEqual([]);
  });

  it('escape the message and use a fence longer than any backtick run in the line', () => {
    const content = 'web : echo "```<img src=x>@team" --port %PORT%\n';
    const comments = commentsFor(content, [1]);
    expect(comments.length).toBeGreaterThan(0);
    for (const comment of comments) {
      const prose = comment.body.slice(0, comment.body.indexOf('````suggestion'));
      expect(prose).not.toContain('<img');
      expect(prose).not.toContain('@team');
      expect(comment.body).toContain('````suggestion\n');
    }
  });

  it('skip what a suggestion cannot show: a BOM, CRLF', () => {
    expect(commentsFor('\uFEFFweb: node a.js\n', [1])).toEqual([]);
    expect(commentsFor('web: node a.js\r\n', [1])).toEqual([]);
  });

  it('read the new-side lines of a patch', () => {
    const patch = '@@ -1,2 +1,3 @@\n web: a\n-worker: b\n+worker : b\n+clock: c\n@@ -10 +11 @@\n-x\n+y';
    expect([...(touchedLines([{ path: 'Procfile', patch }]).get('Procfile') ?? [])]).toEqual([1, 2, 3, 11]);
  });

  it('mark a resolved comment with the same key', () => {
    expect(suggestionKey(resolvedBody('a:b:1'))).toBe('a:b:1');
    expect(suggestionKey('someone else: <!-- procfile-lint suggestion x -->')).toBeNull();
  });
});
