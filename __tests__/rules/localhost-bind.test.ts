import { findingsOf } from '../helpers/lint.js';

describe('localhost-bind', () => {
  it.each([
    'web: flask run --host=127.0.0.1 --port=$PORT\n',
    'web: gunicorn app:app --bind localhost:$PORT\n',
    'web: uvicorn main:app --host ::1 --port $PORT\n',
    'web: python manage.py runserver 127.0.0.1:$PORT\n',
  ])('reports an explicit loopback address in %j', (procfile) => {
    const [finding] = findingsOf('localhost-bind', procfile);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('Listen on `0.0.0.0` instead');
  });

  it('reports servers whose default address is loopback', () => {
    const [finding] = findingsOf('localhost-bind', 'web: uvicorn main:app --port $PORT\n');
    expect(finding?.message).toContain('listens on 127.0.0.1 unless told otherwise');
    expect(finding?.message).toContain('Add `--host 0.0.0.0`');
    expect(findingsOf('localhost-bind', 'web: python manage.py runserver $PORT\n')[0]?.message).toContain('Add `0.0.0.0:$PORT`');
  });

  it('accepts all-interfaces addresses and gunicorn, which binds 0.0.0.0:$PORT by itself', () => {
    for (const procfile of [
      'web: gunicorn app:app\n',
      'web: gunicorn app:app -b :$PORT\n',
      'web: uvicorn main:app --host 0.0.0.0 --port $PORT\n',
      'web: FLASK_RUN_HOST=0.0.0.0 flask run\n',
    ]) {
      expect(findingsOf('localhost-bind', procfile)).toEqual([]);
    }
  });
});
