import { gradleBuild, mavenBuild } from '../../src/apps/java-build.js';
import { codeReadingPort, javaFramework, portSetting } from '../../src/apps/java-framework.js';
import { memoryAppFiles } from '../../src/engine/app-files.js';

const gradle = (dependencies: string) =>
  gradleBuild(
    memoryAppFiles({ 'settings.gradle.kts': 'rootProject.name = "app"\n', 'build.gradle.kts': `dependencies {\n${dependencies}\n}\n` }),
  )!;

describe('javaFramework', () => {
  it.each([
    ['    implementation("org.springframework.boot:spring-boot-starter-web")', 'spring-boot'],
    ['    implementation("io.quarkus:quarkus-resteasy-reactive")', 'quarkus'],
    ['    implementation("io.micronaut:micronaut-http-server-netty")', 'micronaut'],
    ['    implementation("io.ktor:ktor-server-netty-jvm:2.3.12")', 'ktor'],
    ["    implementation 'io.javalin:javalin:6.1.3'", 'javalin'],
    ['    implementation("io.dropwizard:dropwizard-core:4.0.7")', 'dropwizard'],
    ['    implementation("com.discord4j:discord4j-core:3.2.6")', 'plain'],
  ])('tells the framework from %s', (line, framework) => {
    expect(javaFramework(gradle(line))).toBe(framework);
  });

  it('reads the Spring Boot parent and plugin of a pom', () => {
    const pom =
      '<project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version></parent><artifactId>a</artifactId>' +
      '<build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>';
    expect(javaFramework(mavenBuild(memoryAppFiles({ 'pom.xml': pom }))!)).toBe('spring-boot');
  });
});

describe('portSetting', () => {
  const resources = 'src/main/resources';
  it.each([
    ['spring-boot', `${resources}/application.properties`, 'server.port=${PORT:8080}\n', { kind: 'reads-port' }],
    ['spring-boot', `${resources}/application.properties`, 'server.port = 9000\n', { kind: 'fixed', port: '9000' }],
    [
      'spring-boot',
      `${resources}/application.yml`,
      'spring:\n  application:\n    name: x\nserver:\n  port: ${PORT}\n',
      { kind: 'reads-port' },
    ],
    ['spring-boot', `${resources}/application.yml`, 'server:\n  port: [oops\n', { kind: 'unknown' }],
    ['spring-boot', `${resources}/application.properties`, 'spring.main.banner-mode=off\n', { kind: 'default' }],
    ['quarkus', `${resources}/application.properties`, 'quarkus.http.port=${PORT:8080}\n', { kind: 'reads-port' }],
    ['micronaut', `${resources}/application.yml`, 'micronaut:\n  server:\n    port: ${PORT:8080}\n', { kind: 'reads-port' }],
    [
      'ktor',
      `${resources}/application.conf`,
      'ktor {\n    deployment {\n        port = 8080\n        port = ${?PORT}\n    }\n}\n',
      { kind: 'reads-port' },
    ],
    ['ktor', `${resources}/application.conf`, 'ktor {\n  deployment {\n    port = 8080\n  }\n}\n', { kind: 'fixed', port: '8080' }],
    ['ktor', `${resources}/application.conf`, 'include "base.conf"\n', { kind: 'unknown' }],
  ] as const)('%s with %s', (framework, file, text, expected) => {
    expect(portSetting(memoryAppFiles({ [file]: text }), framework)).toMatchObject(expected);
  });

  it('finds PORT read in the code of a Javalin or plain app, and nothing in a plain app without it', () => {
    const code = {
      'src/main/java/com/example/App.java':
        'class App { void main() { Javalin.create().start(Integer.parseInt(System.getenv("PORT"))); } }',
    };
    expect(portSetting(memoryAppFiles(code), 'javalin')).toEqual({ kind: 'code-reads-port', file: 'src/main/java/com/example/App.java' });
    expect(portSetting(memoryAppFiles({ 'src/main/kotlin/Main.kt': 'fun main() = Javalin.create().start(7000)' }), 'javalin')).toEqual({
      kind: 'default',
    });
    expect(portSetting(memoryAppFiles({ 'src/main/java/Bot.java': 'class Bot {}' }), 'plain')).toEqual({ kind: 'unknown' });
  });

  it('reads the Dropwizard config the command names', () => {
    const files = memoryAppFiles({ 'config.yml': 'server:\n  applicationConnectors:\n    - type: http\n      port: ${PORT:-8080}\n' });
    expect(portSetting(files, 'dropwizard', 'config.yml')).toMatchObject({ kind: 'reads-port', file: 'config.yml' });
    expect(portSetting(files, 'dropwizard')).toEqual({ kind: 'unknown' });
  });

  it('walks a bounded number of source files', () => {
    const many = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [`src/main/java/p/F${String(i).padStart(3, '0')}.java`, 'class F {}']),
    );
    expect(codeReadingPort(memoryAppFiles({ ...many, 'src/main/java/p/Z.java': 'System.getenv("PORT")' }))).toBeNull();
    expect(codeReadingPort(memoryAppFiles({ ...many, 'src/main/java/p/A.java': 'System.getenv("PORT")' }))).toBe('src/main/java/p/A.java');
  });
});
