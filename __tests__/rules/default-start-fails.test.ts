import { defaultStartFails } from '../../src/rules/default-start-fails.js';
import { testRule } from '../helpers/rule-tester.js';

const startOf = (file: string) => ({ file, line: 1, column: 1, endLine: 1, endColumn: 1 });

/** GCP's Node default when package.json has no start script, main or server.js: pkg/nodejs/npm.go DefaultStartCommand. */
const gcpNodeIndex =
  'There is no Procfile, so Code Capsules starts `node index.js` (its default, because package.json has no "start" script or "main", and there is no server.js), but there is no `index.js` and no build script creates one, so node exits with "Cannot find module". Add a "start" script to package.json or `Procfile` with the command that starts the app.';
/** heroku/heroku-buildpack-nodejs bin/release declares `web: npm start` whatever package.json says (herokuish on Dokku too). */
const npmStart = (platform: string) =>
  `There is no Procfile, so ${platform} starts \`npm start\` (its default, because the Node.js buildpack declares it), but package.json has no "start" script and there is no server.js, so npm fails with "Missing script: start". Add a "start" script or \`Procfile\`.`;
const onHerokuAndDokku = {
  heroku: [{ ...startOf('package.json'), message: npmStart('Heroku') }],
  dokku: [{ ...startOf('package.json'), message: npmStart('Dokku') }],
};

testRule(defaultStartFails, {
  valid: [
    { tree: { Procfile: 'web: node server.js\n', 'package.json': '{"dependencies":{"express":"4"}}' } },
    { tree: { 'package.json': '{"scripts":{"start":"node index.js"}}', 'index.js': '' } },
    { tree: { 'package.json': '{}', 'server.js': '' } },
  ],
  invalid: [
    {
      name: 'a Node app with neither a start script nor index.js',
      tree: { 'package.json': '{"dependencies":{"express":"4"}}' },
      errors: { codecapsules: [{ ...startOf('package.json'), message: gcpNodeIndex }], ...onHerokuAndDokku },
    },
    {
      name: "index.js is GCP's default, not npm's",
      tree: { 'package.json': '{}', 'index.js': '' },
      errors: { codecapsules: [], ...onHerokuAndDokku },
    },
    {
      name: 'a build script may write the index.js GCP starts, not the start script npm needs',
      tree: { 'package.json': '{"scripts":{"build":"tsc"}}' },
      errors: { codecapsules: [], ...onHerokuAndDokku },
    },
    {
      name: 'GCP starts "main", npm does not',
      tree: { 'package.json': '{"main":"app.js"}', 'app.js': '' },
      errors: { codecapsules: [], ...onHerokuAndDokku },
    },
    {
      // cmd/python/missing_entrypoint; Heroku's Python buildpack declares no default at all (procfile-missing says so).
      name: "GCP's Python default listens on 8080, not the Network Port: a warning",
      tree: { 'main.py': '', 'requirements.txt': 'flask\n' },
      errors: {
        codecapsules: [
          {
            ...startOf('main.py'),
            severity: 'warning',
            message:
              "There is no Procfile, so Code Capsules starts `gunicorn -b :8080 main:app` (its default, because main.py is at the app root (Python 3.13 and later may pick uvicorn, streamlit or gradio instead, on the same port)), which listens on port 8080: Code Capsules sends the app's traffic to `$PORT` (3000 by default), so it works only if the Network Port setting of the capsule is set to 8080. Add `Procfile` with a command that listens on `$PORT`, or change the setting.",
          },
        ],
        heroku: [],
        dokku: [],
      },
    },
  ],
});
