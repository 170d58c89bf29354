import { findingsIn } from '../helpers/lint.js';

const pom =
  '<project><artifactId>demo</artifactId><version>1.0</version><build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>';
const missing = (procfile: string, files: Record<string, string>) => findingsIn('build-output-missing', procfile, files);

describe('build-output-missing', () => {
  it('is an error for a jar Maven does not write, at the path', () => {
    const [finding] = missing('web: java -Dserver.port=$PORT -jar target/app.jar\n', { 'pom.xml': pom });
    expect(finding).toMatchObject({ severity: 'error', line: 1, column: 36, endColumn: 50 });
    expect(finding?.message).toContain('builds `target/demo-1.0.jar`');
    expect(finding?.message).toContain('Unable to access jarfile');
  });

  it('accepts the jar the build writes, a glob that matches it alone, and a committed jar', () => {
    expect(missing('web: java -jar target/demo-1.0.jar\n', { 'pom.xml': pom })).toEqual([]);
    expect(missing('web: java -jar target/*.jar\n', { 'pom.xml': pom })).toEqual([]);
    expect(missing('web: java -jar target/app.jar\n', { 'pom.xml': pom, 'target/app.jar': '' })).toEqual([]);
    expect(missing('web: java -jar app.jar\n', { 'pom.xml': pom })).toEqual([]);
  });

  it('warns about a glob matching two jars and the thin jar of a Spring Boot Gradle build', () => {
    const gradle = {
      'settings.gradle': "rootProject.name = 'demo'\n",
      'build.gradle': "plugins {\n  id 'org.springframework.boot' version '3.3.5'\n}\nversion = '0.1'\n",
    };
    expect(missing('web: java -jar build/libs/*.jar\n', gradle)[0]).toMatchObject({ severity: 'warning' });
    expect(missing('web: java -jar build/libs/*.jar\n', gradle)[0]?.message).toContain(
      '`build/libs/demo-0.1.jar`, `build/libs/demo-0.1-plain.jar`',
    );
    expect(missing('web: java -jar build/libs/demo-0.1-plain.jar\n', gradle)[0]?.message).toContain('Run `build/libs/demo-0.1.jar`');
  });

  it('warns when node runs a file outside the tsc outDir', () => {
    const files = {
      'package.json': '{"scripts":{"build":"tsc","start":"node build/index.js"}}',
      'tsconfig.json': '{"compilerOptions":{"outDir":"build","rootDir":"src"}}',
      'src/index.ts': '',
    };
    expect(missing('web: node dist/index.js\n', files)[0]).toMatchObject({ severity: 'warning', column: 11 });
    expect(missing('web: node build/index.js\n', files)).toEqual([]);
    expect(missing('web: node build/server.js\n', files)[0]?.message).toContain('`src/server.ts`');
  });

  it('says nothing when the build is not understood', () => {
    expect(
      missing('web: java -jar target/x.jar\n', {
        'pom.xml': '<project><artifactId>a</artifactId><version>${revision}</version></project>',
      }),
    ).toEqual([]);
    expect(missing('web: java -jar build/libs/x.jar\n', { 'build.gradle': "apply plugin: 'java'\n" })).toEqual([]);
    expect(missing('web: java -jar $JAR\n', { 'pom.xml': pom })).toEqual([]);
  });
});
