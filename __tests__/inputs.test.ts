import { readInputs } from '../src/action/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readInputs', () => {
  it('applies the defaults of action.yml when inputs are empty', () => {
    expect(readInputs(reader({}))).toEqual({
      paths: ['.'],
      apps: 'listed',
      platform: 'codecapsules',
      language: 'auto',
      rules: {},
      failOn: 'error',
      failScope: 'all',
      annotations: true,
      summary: true,
      checkRun: false,
      suggestions: false,
      githubToken: '',
      sarifFile: '',
    });
  });

  it('reads every input', () => {
    const inputs = readInputs(
      reader({
        path: 'api\n  apps/* \r\n\n',
        apps: 'Auto',
        'fail-on': 'Warning',
        annotations: 'false',
        summary: 'FALSE',
        'check-run': 'true',
        'github-token': ' ghs_x ',
        'sarif-file': 'out/procfile.sarif',
      }),
    );
    expect(inputs).toMatchObject({
      paths: ['api', 'apps/*'],
      apps: 'auto',
      failOn: 'warning',
      annotations: false,
      summary: false,
      checkRun: true,
      githubToken: 'ghs_x',
      sarifFile: 'out/procfile.sarif',
    });
  });

  it('names the input and the allowed values when a value is wrong', () => {
    expect(() => readInputs(reader({ 'fail-on': 'errors' }))).toThrow(
      "Input 'fail-on' must be one of error, warning, notice, never; got 'errors'.",
    );
    expect(() => readInputs(reader({ annotations: 'maybe' }))).toThrow("Input 'annotations' must be true or false; got 'maybe'.");
    expect(() => readInputs(reader({ 'check-run': 'checks' }))).toThrow("Input 'check-run' must be true or false; got 'checks'.");
    expect(() => readInputs(reader({ platform: 'render' }))).toThrow(
      "Input 'platform' must be one or more of codecapsules, heroku, heroku-fir, dokku, separated by commas; got 'render'.",
    );
    expect(() => readInputs(reader({ language: 'cobol' }))).toThrow(/^Input 'language' must be one of auto, python, node/);
    expect(() => readInputs(reader({ rules: 'crlf: off' }))).toThrow(/^Input 'rules': Unknown rule `crlf`/);
  });

  it('reads the platform, language and rule settings', () => {
    const inputs = readInputs(reader({ platform: 'Heroku', language: 'ruby', rules: 'procfile-missing: off\nportability: error' }));
    expect(inputs).toMatchObject({ platform: 'heroku', language: 'ruby', rules: { 'procfile-missing': 'off', portability: 'error' } });
  });
});
