/** The same Procfile on each platform: what each reads and how severe each finding is there. */
import { lintProcfile } from '../src/lint.js';

const lintOn = (platform: string, text: string) => lintProcfile(Buffer.from(text), { platform });
const rules = (platform: string, text: string) => lintOn(platform, text).findings.map((finding) => `${finding.rule}:${finding.severity}`);

describe('platform profiles', () => {
  it('Code Capsules and classic Heroku skip an indented line (error); Heroku Fir corrects it (warning); Dokku reads it (portability notice)', () => {
    const text = 'web: gunicorn app:app\n  worker: celery -A app worker\n';
    expect(rules('codecapsules', text)).toEqual(['leading-whitespace:error']);
    expect(rules('heroku', text)).toEqual(['leading-whitespace:error']);
    expect(rules('heroku-fir', text)).toEqual(['leading-whitespace:warning']);
    expect(rules('dokku', text)).toEqual(['portability:notice']);
  });

  it('requires web on Code Capsules only, and says what runs without it elsewhere', () => {
    expect(rules('codecapsules', 'worker: python bot.py\n')).toEqual(['missing-web:error']);
    expect(rules('heroku', 'worker: python bot.py\n')).toEqual(['missing-web:notice']);
    expect(rules('dokku', 'worker: python bot.py\n')).toEqual(['missing-web:notice']);
  });

  it('judges process type names by each platform', () => {
    expect(rules('codecapsules', 'web: a\nmy-worker: b\n')).toEqual(['process-type-name:error']);
    expect(rules('heroku-fir', 'web: a\nmy_worker: b\n')).toEqual(['process-type-name:warning']);
    // Heroku documents `^([A-Za-z0-9_-]+):`; Dokku runs procfile-util without --strict (dokku/dokku plugins/ps).
    // Both accept `my_worker` as written (the portability notice says Heroku Fir renames it).
    expect(rules('heroku', 'web: a\nmy_worker: b\n')).toEqual(['portability:notice']);
    expect(rules('dokku', 'web: a\nmy_worker: b\n')).toEqual(['portability:notice']);
    expect(rules('dokku', 'web: a\nmy.worker: b\n')).toEqual(['process-type-name:error']);
    expect(lintOn('heroku-fir', 'web: a\nmy_worker: b\n').findings[0]?.message).toContain('Heroku (Fir) renames it to `my-worker`');
  });

  it('finds names that collide only where names are folded', () => {
    const text = 'web: a\nWeb: b\n';
    expect(rules('codecapsules', text)).toEqual(['portability:notice']);
    expect(rules('heroku-fir', text)).toContain('duplicate-process-type:error');
  });

  it('reports an empty Procfile by each platform: a failed build, or nothing to run', () => {
    expect(rules('codecapsules', '# nothing\n')).toEqual(['procfile-empty:error']);
    expect(rules('heroku', '# nothing\n')).toEqual(['procfile-empty:warning']);
  });

  it('lists the processes each platform would start', () => {
    const text = 'web: a\nweb: b\nmy_worker: c\n';
    const processes = (platform: string) => lintOn(platform, text).processes.map((p) => `${p.type}=${p.command}`);
    expect(processes('codecapsules')).toEqual(['web=a', 'my_worker=c']);
    expect(processes('heroku-fir')).toEqual(['web=b', 'my-worker=c']);
    expect(processes('heroku')).toEqual(['web=b', 'my_worker=c']);
    expect(processes('dokku')).toEqual([]);
  });
});
