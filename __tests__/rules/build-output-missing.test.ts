import { buildOutputMissing } from '../../src/rules/build-output-missing.js';
import { onEveryPlatform, besideOtherBuilders } from '../helpers/builders.js';
import { testRule } from '../helpers/rule-tester.js';

const pom =
  '<project><artifactId>demo</artifactId><version>1.0</version><build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>';
const bootGradle = {
  'settings.gradle': "rootProject.name = 'demo'\n",
  'build.gradle': "plugins {\n  id 'org.springframework.boot' version '3.3.5'\n}\nversion = '0.1'\n",
};
const tsc = {
  'package.json': '{"scripts":{"build":"tsc","start":"node build/index.js"}}',
  'tsconfig.json': '{"compilerOptions":{"outDir":"build","rootDir":"src"}}',
  'src/index.ts': '',
};

const JAR_NOT_WRITTEN = {
  line: 1,
  column: 36,
  endLine: 1,
  endColumn: 50,
  message:
    '`web`: java runs `target/app.jar`, but `pom.xml` builds `target/demo-1.0.jar`, so java stops with "Unable to access jarfile". Run `target/demo-1.0.jar` (or a glob that matches only it).',
};

testRule(buildOutputMissing, {
  valid: [
    // The jar the build writes, a glob that matches it alone, a committed jar, and one outside the build's folder.
    { code: 'web: java -jar target/demo-1.0.jar\n', files: { 'pom.xml': pom } },
    { code: 'web: java -jar target/*.jar\n', files: { 'pom.xml': pom } },
    { code: 'web: java -jar target/app.jar\n', files: { 'pom.xml': pom, 'target/app.jar': '' } },
    { code: 'web: java -jar app.jar\n', files: { 'pom.xml': pom } },
    { code: 'web: node build/index.js\n', files: tsc },
    // A build that is not understood, and a jar named by a variable.
    {
      code: 'web: java -jar target/x.jar\n',
      files: { 'pom.xml': '<project><artifactId>a</artifactId><version>${revision}</version></project>' },
    },
    { code: 'web: java -jar build/libs/x.jar\n', files: { 'build.gradle': "apply plugin: 'java'\n" } },
    { code: 'web: java -jar $JAR\n', files: { 'pom.xml': pom } },
    // Without the app's files, nothing is known of the build.
    'web: java -jar target/app.jar\n',
  ],
  invalid: [
    {
      name: 'a jar Maven does not write: an error, at the path',
      code: 'web: java -Dserver.port=$PORT -jar target/app.jar\n',
      files: { 'pom.xml': pom },
      errors: [JAR_NOT_WRITTEN],
    },
    ...besideOtherBuilders({
      name: 'a jar Maven does not write',
      code: 'web: java -Dserver.port=$PORT -jar target/app.jar\n',
      files: { 'pom.xml': pom },
      errors: onEveryPlatform([JAR_NOT_WRITTEN]),
    }),
    {
      name: 'a glob matching the two jars of a Spring Boot Gradle build: a warning',
      code: 'web: java -jar build/libs/*.jar\n',
      files: bootGradle,
      errors: [
        {
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 32,
          severity: 'warning',
          message:
            '`web`: `build/libs/*.jar` matches `build/libs/demo-0.1.jar`, `build/libs/demo-0.1-plain.jar`: bash passes them all to java, which runs the first in sort order (which one depends on the locale) and hands it the others as arguments. Name the runnable jar (`build/libs/demo-0.1.jar`).',
        },
      ],
    },
    {
      name: 'the thin jar of a Spring Boot Gradle build: a warning',
      code: 'web: java -jar build/libs/demo-0.1-plain.jar\n',
      files: bootGradle,
      errors: [
        {
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 45,
          severity: 'warning',
          message:
            '`web`: `build/libs/demo-0.1-plain.jar` is the plain jar, with the app\'s classes only; `bootJar` also builds `build/libs/demo-0.1.jar`, which carries the dependencies, so the plain one fails with "no main manifest attribute" or NoClassDefFoundError. Run `build/libs/demo-0.1.jar`.',
        },
      ],
    },
    {
      name: 'node runs a file outside the tsc outDir: a warning',
      code: 'web: node dist/index.js\n',
      files: tsc,
      errors: [
        {
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 24,
          severity: 'warning',
          message:
            '`web`: `node dist/index.js` needs `dist/index.js`, which is not in the repository, and the `build` script\'s `tsc` writes to `build/` (`outDir` in `tsconfig.json`), so node would stop with "Cannot find module". Run the file the build writes.',
        },
      ],
    },
    {
      name: 'node runs a compiled file that has no source: a warning',
      code: 'web: node build/server.js\n',
      files: tsc,
      errors: [
        {
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 26,
          severity: 'warning',
          message:
            '`web`: `node build/server.js` needs `build/server.js`, which `tsc` would compile from `src/server.ts`, `src/server.tsx`, and there is no such source, so node would stop with "Cannot find module". Point it at the compiled entry file.',
        },
      ],
    },
  ],
});
