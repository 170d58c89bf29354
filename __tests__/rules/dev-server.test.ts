import { findingsOf } from '../helpers/lint.js';

describe('dev-server', () => {
  it.each([
    ['web: python3 -m flask run --host=0.0.0.0 --port=$PORT\n', "Flask's development server"],
    ['web: python manage.py runserver 0.0.0.0:$PORT\n', "Django's development server"],
    ['web: nodemon server.js\n', 'restarts the app when files change'],
    ['web: npm run dev\n', 'usually starts a development server'],
    ['web: npx next dev -p $PORT\n', 'next build'],
  ])('warns about %j', (procfile, why) => {
    const [finding] = findingsOf('dev-server', procfile);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain(why);
  });

  it('only looks at the web process', () => {
    expect(findingsOf('dev-server', 'web: gunicorn app:app\nworker: flask run\n')).toEqual([]);
  });
});
