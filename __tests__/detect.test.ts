import { detect } from '../src/engine/detect.js';
import { findPlatform, type PlatformProfile } from '../src/platforms/index.js';

const platform = (id: string) => findPlatform(id) as PlatformProfile;
const detectIn = (entries: string[], id = 'codecapsules', hasProcfile = true) => detect(entries, platform(id), { hasProcfile });

describe('detect', () => {
  it('lists every candidate with its evidence, marker files first in their own order', () => {
    const detection = detectIn(['Procfile', 'app.py', 'package.json', 'requirements.txt', 'util.py']);
    expect(detection.candidates).toEqual([
      // GoogleCloudPlatform/buildpacks cmd/python/runtime: Python opts in on a *.py, not on requirements.txt.
      { language: 'python', evidence: ['app.py', 'util.py'] },
      { language: 'node', evidence: ['package.json'] },
    ]);
    expect(detection.language).toBe('python');
  });

  it("follows each platform's order: Python before Node on Code Capsules only with a Procfile, Node first on Heroku", () => {
    const entries = ['package.json', 'requirements.txt', 'app.py'];
    expect(detectIn(entries, 'codecapsules', true).language).toBe('python');
    expect(detectIn(entries, 'codecapsules', false).language).toBe('node');
    expect(detectIn(entries, 'heroku').language).toBe('node');
    expect(detectIn(['Gemfile', 'package.json'], 'heroku').language).toBe('ruby');
    expect(detectIn(['main.go', 'go.mod', 'pom.xml'], 'codecapsules').language).toBe('go');
    // cmd/go/runtime opts in on a *.go only: go.mod alone does not make a Go build.
    expect(detectIn(['go.mod', 'pom.xml'], 'codecapsules').language).toBe('java');
  });

  it('recognises each language by its markers', () => {
    const cases: [string[], string][] = [
      [['pom.xml'], 'java'],
      [['build.gradle.kts'], 'java'],
      [['main.go'], 'go'],
      [['Gemfile'], 'ruby'],
      [['composer.json'], 'php'],
      [['App.csproj'], 'dotnet'],
      [['manage.py'], 'python'],
    ];
    for (const [entries, language] of cases) expect([entries, detectIn(entries).language]).toEqual([entries, language]);
  });

  it('caps the evidence, notes a Dockerfile, and takes an override', () => {
    const many = Array.from({ length: 20 }, (_, i) => `m${i}.py`);
    expect(detectIn(many).candidates[0]?.evidence).toHaveLength(5);
    expect(detectIn(['Dockerfile']).dockerfile).toBe(true);
    const override = detect(['package.json'], platform('codecapsules'), { hasProcfile: true, language: 'python' });
    expect(override).toMatchObject({ language: 'python', overridden: true });
  });

  it('detects nothing in an empty app, and leaves unsupported languages unpicked', () => {
    expect(detectIn([]).language).toBeNull();
    expect(detectIn(['build.sbt']).language).toBeNull();
    expect(detectIn(['build.sbt'], 'heroku').language).toBe('scala');
  });
});
