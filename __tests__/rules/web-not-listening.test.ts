import { findingsIn } from '../helpers/lint.js';

const bot = 'import os\nimport discord\n\nclient = discord.Client(intents=discord.Intents.default())\nclient.run(os.environ["TOKEN"])\n';
const heroku = (procfile: string, files: Record<string, string> = {}) =>
  findingsIn('web-not-listening', procfile, files, { platform: 'heroku' });

describe('web-not-listening', () => {
  it('is an error on Heroku for a worker program in web, at its name', () => {
    const [finding] = heroku('web: celery -A proj worker --loglevel=info\n');
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 6, endColumn: 12 });
    expect(finding?.message).toContain('R10');
    expect(heroku('web: bundle exec sidekiq\n')[0]?.message).toContain('takes jobs from Redis');
    expect(heroku('web: rq worker\n')).toHaveLength(1);
  });

  it('is an error on Heroku for a bot script, at the file, and a notice on Code Capsules and Dokku', () => {
    expect(heroku('web: python bot.py\n', { 'bot.py': bot })[0]).toMatchObject({ severity: 'error', column: 13, endColumn: 19 });
    expect(findingsIn('web-not-listening', 'web: python bot.py\n', { 'bot.py': bot })[0]?.severity).toBe('notice');
    expect(findingsIn('web-not-listening', 'web: python bot.py\n', { 'bot.py': bot }, { platform: 'dokku' })[0]?.severity).toBe('notice');
  });

  it('leaves servers, flower, workers in worker, and bots that also serve alone', () => {
    expect(heroku('web: celery -A proj flower --port=$PORT\n')).toEqual([]);
    expect(heroku('worker: celery -A proj worker\nweb: gunicorn app:app\n')).toEqual([]);
    expect(heroku('web: python bot.py\n', { 'bot.py': `${bot}from flask import Flask\n` })).toEqual([]);
    expect(heroku('web: celery -A proj worker & gunicorn app:app\n')).toEqual([]);
    expect(heroku('web: python bot.py\n')).toEqual([]);
  });

  it('is an error on both Heroku generations (R10) and a notice where the platform keeps it running', () => {
    const severities = ['codecapsules', 'heroku', 'heroku-fir', 'dokku'].map(
      (platform) => findingsIn('web-not-listening', 'web: celery -A app worker\n', {}, { platform })[0]?.severity,
    );
    expect(severities).toEqual(['notice', 'error', 'error', 'notice']);
    const [fir] = findingsIn('web-not-listening', 'web: celery -A app worker\n', {}, { platform: 'heroku-fir' });
    expect(fir?.message).toContain('R10');
    expect(fir?.message).toContain('Heroku (Fir)');
  });
});
