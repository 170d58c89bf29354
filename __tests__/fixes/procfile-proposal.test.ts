/**
 * The Procfile procfile-missing proposes: built only from what the app's files show, never naming a module or a
 * server that is not there, and clean on its platform (a property over generated apps, and every example).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { EditFix, LintResult } from '../../src/engine/types.js';
import { lint } from '../../src/lint.js';
import { EXAMPLES, REPO } from '../helpers/processes.js';
import { makeTree, removeTrees, type Tree } from '../helpers/tree.js';

afterEach(removeTrees);

const PLATFORMS = ['codecapsules', 'heroku', 'dokku'] as const;

/** The Procfile offered where one is missing: by procfile-missing, or by default-start-fails where the default would not serve. */
async function proposalIn(workspace: string, platform: string): Promise<EditFix | undefined> {
  const result = await lint({ workspace, path: '.', platform });
  const fix = result.findings.find((finding) => finding.rule === 'procfile-missing' || finding.rule === 'default-start-fails')?.fix;
  if (fix && 'rename' in fix) throw new Error('procfile-missing offers a rename');
  return fix;
}

/** The findings once the proposed Procfile is written, notices aside (they say what works here but not elsewhere). */
async function afterWriting(workspace: string, fix: EditFix, platform: string): Promise<LintResult['findings']> {
  fs.writeFileSync(path.join(workspace, fix.file), fix.edits[0]?.text ?? '');
  return (await lint({ workspace, path: '.', platform })).findings.filter((finding) => finding.severity !== 'notice');
}

const app = fc.record({
  framework: fc.constantFrom('flask', 'fastapi', 'django', 'bot', 'none'),
  module: fc.constantFrom('app', 'main', 'server', 'wsgi'),
  object: fc.constantFrom('app', 'application', 'api'),
  project: fc.constantFrom('mysite', 'shop', 'config'),
  serverDeclared: fc.boolean(),
  platform: fc.constantFrom(...PLATFORMS),
});

type App = typeof app extends fc.Arbitrary<infer T> ? T : never;

function filesOf({ framework, module, object, project, serverDeclared }: App): Tree {
  switch (framework) {
    case 'flask':
      return {
        'requirements.txt': `Flask\n${serverDeclared ? 'gunicorn\n' : ''}`,
        [`${module}.py`]: `from flask import Flask\n${object} = Flask(__name__)\n`,
      };
    case 'fastapi':
      return {
        'requirements.txt': `fastapi\n${serverDeclared ? 'uvicorn\n' : ''}`,
        [`${module}.py`]: `from fastapi import FastAPI\n${object} = FastAPI()\n`,
      };
    case 'django':
      return {
        'requirements.txt': `Django\n${serverDeclared ? 'gunicorn\n' : ''}`,
        'manage.py': '',
        [`${project}/__init__.py`]: '',
        [`${project}/settings.py`]: '',
        [`${project}/wsgi.py`]: '',
      };
    case 'bot':
      return { 'requirements.txt': 'discord.py\n', 'bot.py': 'import discord\n' };
    case 'none':
      return { 'requirements.txt': 'requests\n', [`${module}.py`]: 'print(1)\n' };
  }
}

describe('the Procfile procfile-missing proposes', () => {
  it('lints clean on its platform, and names only what the files show', async () => {
    await fc.assert(
      fc.asyncProperty(app, async (generated) => {
        const workspace = makeTree(filesOf(generated));
        const fix = await proposalIn(workspace, generated.platform);
        const web = generated.framework !== 'bot' && generated.framework !== 'none';
        if (web && !generated.serverDeclared) expect(fix).toBeUndefined();
        if (generated.framework === 'none') expect(fix).toBeUndefined();
        if (web && generated.serverDeclared) expect(fix).toMatchObject({ file: 'Procfile', create: true, safe: true });
        if (!fix) return;
        const text = fix.edits[0]?.text ?? '';
        if (generated.framework === 'django') expect(text).toBe(`web: gunicorn ${generated.project}.wsgi --bind 0.0.0.0:$PORT\n`);
        if (generated.framework === 'flask')
          expect(text).toBe(`web: gunicorn ${generated.module}:${generated.object} --bind 0.0.0.0:$PORT\n`);
        if (generated.framework === 'fastapi')
          expect(text).toBe(`web: uvicorn ${generated.module}:${generated.object} --host 0.0.0.0 --port $PORT\n`);
        if (generated.framework === 'bot') expect(text).toBe('worker: python bot.py\n');
        expect(await afterWriting(workspace, fix, generated.platform)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("offers nothing when two modules hold an app object: which one serves is the author's call", async () => {
    const workspace = makeTree({
      'requirements.txt': 'Flask\ngunicorn\n',
      'app.py': 'app = Flask(__name__)\n',
      'main.py': 'app = Flask(__name__)\n',
    });
    expect(await proposalIn(workspace, 'codecapsules')).toBeUndefined();
  });

  it.each(EXAMPLES)('for example %s without its Procfile, lints clean', async (example) => {
    const source = path.join(REPO, 'examples', example);
    for (const platform of PLATFORMS) {
      const workspace = makeTree();
      fs.cpSync(source, workspace, { recursive: true });
      for (const name of ['Procfile', 'Procfile.txt']) fs.rmSync(path.join(workspace, name), { force: true });
      const fix = await proposalIn(workspace, platform);
      if (['django-app', 'ruby-rails-app'].includes(example) && platform === 'codecapsules') expect(fix).toBeDefined();
      if (fix) expect(await afterWriting(workspace, fix, platform)).toEqual([]);
    }
  });
});
