import { checkJar, checkNodeFile, globMatches, nodeOutput, type NodeOutput } from '../../src/apps/build-outputs.js';
import { gradleBuild, mavenBuild } from '../../src/apps/java-build.js';
import { memoryAppFiles } from '../../src/engine/app-files.js';

describe('globMatches', () => {
  it.each([
    ['build/libs/*.jar', 'build/libs/app-1.0-all.jar', true],
    ['build/libs/*-all.jar', 'build/libs/app-1.0-all.jar', true],
    ['build/libs/*-all.jar', 'build/libs/app-1.0.jar', false],
    ['target/*.jar', 'target/sub/app.jar', false],
    ['target/app-?.jar', 'target/app-1.jar', true],
    ['target/[ab].jar', 'target/a.jar', false],
    ['target/*a*a*a*b', `target/${'a'.repeat(200)}`, false],
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(globMatches(pattern, path)).toBe(expected);
  });
});

describe('checkJar', () => {
  const ktor = gradleBuild(
    memoryAppFiles({
      'settings.gradle.kts': 'rootProject.name = "bot"\n',
      'build.gradle.kts': 'plugins {\n    id("com.github.johnrengelman.shadow") version "8.1.1"\n}\nversion = "1.0"\n',
    }),
  )!;

  it('finds the jar the build writes, and the runnable one when the thin jar is named', () => {
    expect(checkJar(ktor, 'build/libs/bot-1.0-all.jar')).toMatchObject({ kind: 'produced', jar: { kind: 'fat' } });
    expect(checkJar(ktor, './build/libs/bot-1.0.jar')).toMatchObject({ kind: 'thin', instead: { path: 'build/libs/bot-1.0-all.jar' } });
    expect(checkJar(ktor, 'build/libs/*-all.jar')).toMatchObject({ kind: 'produced' });
  });

  it('reports a glob that matches two jars and a name the build does not write', () => {
    expect(checkJar(ktor, 'build/libs/*.jar')).toMatchObject({ kind: 'ambiguous' });
    expect(checkJar(ktor, 'build/libs/bot.jar')).toMatchObject({
      kind: 'not-produced',
      instead: [{ path: 'build/libs/bot-1.0-all.jar' }, { path: 'build/libs/bot-1.0.jar' }],
    });
    expect(checkJar(ktor, 'app.jar')).toEqual({ kind: 'unknown' });
  });

  it('says nothing when the build is not fully understood', () => {
    const partial = gradleBuild(memoryAppFiles({ 'build.gradle': "apply plugin: 'java'\n" }))!;
    expect(checkJar(partial, 'build/libs/anything.jar')).toMatchObject({ kind: 'produced' });
    const maven = mavenBuild(memoryAppFiles({ 'pom.xml': '<project><artifactId>a</artifactId><version>${revision}</version></project>' }))!;
    expect(checkJar(maven, 'target/a-1.0.jar')).toEqual({ kind: 'unknown' });
  });
});

describe('nodeOutput and checkNodeFile', () => {
  const app = (files: Record<string, string>, build = 'tsc') => {
    const all = memoryAppFiles(files);
    return { files: all, output: nodeOutput(all, { build }) };
  };

  it('reads outDir and rootDir from tsconfig.json, comments and extends included', () => {
    const { files, output } = app({
      'tsconfig.base.json': '{ "compilerOptions": { "outDir": "./build" } }',
      'tsconfig.json': '{\n  // shared settings\n  "extends": "./tsconfig.base.json",\n  "compilerOptions": { "rootDir": "src", },\n}',
      'src/index.ts': '',
    });
    expect(output).toMatchObject({ tool: 'tsc', outDir: 'build', rootDir: 'src', config: 'tsconfig.json' });
    expect(checkNodeFile(files, output as NodeOutput, 'build/index.js')).toEqual({ kind: 'produced', source: 'src/index.ts' });
    expect(checkNodeFile(files, output as NodeOutput, 'dist/index.js')).toMatchObject({ kind: 'outside' });
    expect(checkNodeFile(files, output as NodeOutput, 'build/server.js')).toMatchObject({
      kind: 'no-source',
      expected: ['src/server.ts', 'src/server.tsx', 'src/server.js', 'src/server.jsx'],
    });
  });

  it('takes the root from include, and -p and --outDir from the command', () => {
    const { output } = app(
      { 'tsconfig.prod.json': '{"compilerOptions":{"outDir":"dist"},"include":["src/**/*"]}' },
      'tsc -p tsconfig.prod.json --outDir out',
    );
    expect(output).toMatchObject({ outDir: 'out', rootDir: 'src' });
  });

  it('reads nest build, esbuild and ncc', () => {
    expect(app({ 'tsconfig.build.json': '{"compilerOptions":{"outDir":"./dist"}}' }, 'nest build').output).toMatchObject({
      tool: 'nest',
      outDir: 'dist',
      rootDir: 'src',
    });
    expect(app({}, 'esbuild src/index.ts --bundle --platform=node --outfile=out/server.js').output).toMatchObject({
      outFile: 'out/server.js',
    });
    expect(app({}, 'ncc build src/index.ts -o build').output).toMatchObject({ outFile: 'build/index.js' });
  });

  it('gives up on project references, watch mode, noEmit, two compilers and a missing tsconfig', () => {
    for (const build of ['tsc -b', 'tsc --watch', 'tsc && esbuild x.ts --outfile=a.js', 'tsc -p missing.json'])
      expect(app({ 'tsconfig.json': '{"compilerOptions":{"outDir":"dist"}}' }, build).output).toBeNull();
    expect(app({ 'tsconfig.json': '{"compilerOptions":{"noEmit":true}}' }).output).toBeNull();
    expect(app({ 'tsconfig.json': '{"extends":"@tsconfig/node20/tsconfig.json"}' }).output).toBeNull();
  });
});
