/** A repository of two gunicorn apps; `apps/web` has a space before its colon, which Code Capsules skips (an error: no `web`). */
export const MONOREPO = {
  'apps/api/Procfile': 'web: gunicorn app:app\n',
  'apps/api/app.py': '',
  'apps/api/requirements.txt': 'gunicorn\n',
  'apps/web/Procfile': 'web : gunicorn app:app\n',
  'apps/web/app.py': '',
  'apps/web/requirements.txt': 'gunicorn\n',
};
