import { gradleBuild, mavenBuild } from '../../src/apps/java-build.js';
import { memoryAppFiles } from '../../src/engine/app-files.js';

const pom = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n${body}\n</project>\n`;
const springParent =
  '<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version></parent>';
const bootPlugin =
  '<build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>';

describe('mavenBuild', () => {
  it('names the jar from artifactId and version, and marks a repackaged one runnable', () => {
    const build = mavenBuild(
      memoryAppFiles({
        'pom.xml': pom(`${springParent}<artifactId>demo</artifactId><version>0.0.1-SNAPSHOT</version>
      <dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies>${bootPlugin}`),
      }),
    );
    expect(build).toMatchObject({
      tool: 'maven',
      complete: true,
      jars: [{ path: 'target/demo-0.0.1-SNAPSHOT.jar', kind: 'fat', by: 'spring-boot-maven-plugin' }],
    });
    expect(build?.dependencies).toEqual([
      'org.springframework.boot:spring-boot-starter-parent',
      'org.springframework.boot:spring-boot-starter-web',
    ]);
  });

  it('inherits the version, resolves finalName properties and reads the war packaging', () => {
    const build = mavenBuild(
      memoryAppFiles({
        'pom.xml': pom(`${springParent}<artifactId>shop</artifactId><packaging>war</packaging>
      <properties><app.name>shop-app</app.name></properties><build><finalName>\${app.name}-\${project.version}</finalName></build>`),
      }),
    );
    expect(build?.jars).toEqual([{ path: 'target/shop-app-3.3.0.war', kind: 'thin', by: 'maven-jar-plugin' }]);
    expect(build?.complete).toBe(true);
  });

  it('adds the classified, shaded and assembled jars', () => {
    const plugins = `<build><plugins>
      <plugin><artifactId>maven-shade-plugin</artifactId><configuration><shadedArtifactAttached>true</shadedArtifactAttached></configuration></plugin>
      <plugin><artifactId>maven-assembly-plugin</artifactId><configuration><descriptorRefs><descriptorRef>jar-with-dependencies</descriptorRef></descriptorRefs></configuration></plugin>
    </plugins></build>`;
    const build = mavenBuild(
      memoryAppFiles({ 'pom.xml': pom(`<groupId>x</groupId><artifactId>bot</artifactId><version>1.0</version>${plugins}`) }),
    );
    expect(build?.jars.map((jar) => jar.path)).toEqual([
      'target/bot-1.0-shaded.jar',
      'target/bot-1.0-jar-with-dependencies.jar',
      'target/bot-1.0.jar',
    ]);
  });

  it('is incomplete with modules or a property it cannot resolve, and survives a broken pom', () => {
    expect(mavenBuild(memoryAppFiles({ 'pom.xml': pom('<artifactId>p</artifactId><version>${revision}</version>') }))?.complete).toBe(
      false,
    );
    expect(
      mavenBuild(
        memoryAppFiles({ 'pom.xml': pom('<artifactId>p</artifactId><version>1</version><modules><module>api</module></modules>') }),
      )?.complete,
    ).toBe(false);
    expect(mavenBuild(memoryAppFiles({ 'pom.xml': '<project><artifactId>p</artifact' }))).toMatchObject({ complete: false, jars: [] });
    expect(mavenBuild(memoryAppFiles({ 'build.gradle': '' }))).toBeNull();
  });

  it('does not guess the jar name of an empty or partial pom (no artifactId or version)', () => {
    expect(mavenBuild(memoryAppFiles({ 'pom.xml': '' }))?.complete).toBe(false);
    expect(mavenBuild(memoryAppFiles({ 'pom.xml': pom('<artifactId>p</artifactId>') }))?.complete).toBe(false);
    expect(mavenBuild(memoryAppFiles({ 'pom.xml': pom('<version>1</version>') }))?.complete).toBe(false);
    expect(
      mavenBuild(memoryAppFiles({ 'pom.xml': pom('<version>1</version><build><finalName>app</finalName></build>') }))?.jars[0]?.path,
    ).toBe('target/app.jar');
  });
});

describe('gradleBuild', () => {
  const settings = { 'settings.gradle.kts': 'rootProject.name = "ktor-app"\n' };

  it('writes the -all jar beside the thin one with Shadow or the Ktor plugin', () => {
    const kts =
      'plugins {\n    kotlin("jvm") version "2.0.0"\n    id("io.ktor.plugin") version "2.3.12"\n}\n\ngroup = "com.example"\nversion = "0.0.1"\n\ndependencies {\n    implementation("io.ktor:ktor-server-netty-jvm")\n}\n';
    const build = gradleBuild(memoryAppFiles({ ...settings, 'build.gradle.kts': kts }));
    expect(build).toMatchObject({
      complete: true,
      jars: [
        { path: 'build/libs/ktor-app-0.0.1-all.jar', kind: 'fat', by: 'shadowJar' },
        { path: 'build/libs/ktor-app-0.0.1.jar', kind: 'thin', by: 'jar' },
      ],
    });
    expect(build?.dependencies).toEqual(['io.ktor:ktor-server-netty-jvm']);
    expect(build?.plugins).toContain('io.ktor.plugin');
  });

  it('classifies the plain jar of Spring Boot and follows archive settings in the task blocks', () => {
    const groovy =
      "plugins {\n  id 'org.springframework.boot' version '3.3.0'\n  id 'java'\n}\nversion = '1.2'\nbootJar {\n  archiveFileName = 'app.jar'\n}\njar {\n  enabled = false\n}\n";
    expect(gradleBuild(memoryAppFiles({ 'settings.gradle': "rootProject.name = 'demo'\n", 'build.gradle': groovy }))?.jars).toEqual([
      { path: 'build/libs/app.jar', kind: 'fat', by: 'bootJar' },
    ]);
    const shadow =
      'plugins {\n  id("com.gradleup.shadow") version "8.3.0"\n}\ntasks.shadowJar {\n  archiveClassifier.set("")\n  archiveBaseName.set("bot")\n}\n';
    expect(gradleBuild(memoryAppFiles({ ...settings, 'build.gradle.kts': shadow }))?.jars.map((jar) => jar.path)).toEqual([
      'build/libs/bot.jar',
      'build/libs/ktor-app.jar',
    ]);
  });

  it('is incomplete without a project name, with subprojects or with a computed archive name', () => {
    expect(gradleBuild(memoryAppFiles({ 'build.gradle': "apply plugin: 'java'\n" }))).toMatchObject({
      complete: false,
      jars: [{ path: 'build/libs/*.jar' }],
    });
    expect(
      gradleBuild(memoryAppFiles({ 'settings.gradle': "rootProject.name = 'a'\ninclude 'api'\n", 'build.gradle': '' }))?.complete,
    ).toBe(false);
    expect(
      gradleBuild(memoryAppFiles({ ...settings, 'build.gradle.kts': 'tasks.jar {\n  archiveBaseName.set(project.name + "-x")\n}\n' }))
        ?.complete,
    ).toBe(false);
    expect(gradleBuild(memoryAppFiles({ ...settings, 'build.gradle.kts': 'version = computeVersion()\n' }))?.complete).toBe(false);
  });
});
