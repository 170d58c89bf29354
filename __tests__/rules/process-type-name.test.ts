import { findingsOf } from '../helpers/lint.js';

describe('process-type-name', () => {
  it('reports a hyphen, which Code Capsules does not accept, with a rename', () => {
    const [finding] = findingsOf('process-type-name', 'web: x\nmy-worker: celery\n');
    expect(finding).toMatchObject({ severity: 'error', line: 2, column: 1, endColumn: 10 });
    expect(finding?.message).toContain('`my_worker`');
  });

  it('reports non-ASCII letters and punctuation', () => {
    expect(findingsOf('process-type-name', 'wéb: x\nweb.1: y\n').map((finding) => finding.line)).toEqual([1, 2]);
  });

  it('accepts letters, digits and underscores in any case', () => {
    expect(findingsOf('process-type-name', 'web: x\nWorker_2: y\n')).toEqual([]);
  });
});
