/**
 * What a Maven or Gradle build declares: its dependencies and plugins (which framework the jar runs) and the jars it
 * writes (which path a `java -jar` must name). pom.xml is read with a real XML parser (fast-xml-parser); Gradle
 * scripts are programs (Groovy or Kotlin), so they get a bounded, documented scan of the lines that name plugins,
 * dependencies and archive names, and anything else that could rename a jar makes the result incomplete.
 */
import { XMLParser } from 'fast-xml-parser';
import type { AppFiles } from '../engine/app-files.js';

export interface JavaBuild {
  tool: 'maven' | 'gradle';
  /** The build file read: `pom.xml`, `build.gradle.kts`. */
  file: string;
  /** `group:artifact` of each dependency (Gradle: the coordinates as written, without version), and plugin ids. */
  dependencies: string[];
  plugins: string[];
  /** The jars the build writes, relative to the app root, the runnable ones first. */
  jars: Jar[];
  /** Every jar name could be worked out (no unresolved property, no submodule, no renaming procfile-lint does not follow). */
  complete: boolean;
}

export interface Jar {
  path: string;
  /** `thin`: the project's classes only, no dependencies (a plain `jar` beside a fat one); `fat`: runnable by itself. */
  kind: 'fat' | 'thin' | 'unknown';
  /** The task or plugin that writes it, for a message: `bootJar`, `shadowJar`, `spring-boot-maven-plugin`. */
  by: string;
}

/** The Maven or Gradle build at the app root, pom.xml first as Heroku's buildpack order has it. */
export function javaBuild(files: AppFiles): JavaBuild | null {
  return mavenBuild(files) ?? gradleBuild(files);
}

// ---- Maven ----------------------------------------------------------------------------------------------------

type Xml = Record<string, unknown>;

const xml = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  processEntities: false,
  isArray: (name) => ['dependency', 'plugin', 'module', 'execution', 'descriptorRef', 'profile'].includes(name),
});

const text = (value: unknown): string | null => (typeof value === 'string' ? value.trim() : null);
const node = (value: unknown): Xml => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Xml) : {});
const list = (value: unknown): Xml[] => (Array.isArray(value) ? value.map(node) : []);

/**
 * The jar Maven writes is `target/<finalName>.<packaging>`, finalName defaulting to `${artifactId}-${version}`
 * (Maven POM reference, "build"); spring-boot-maven-plugin's repackage replaces it in place unless given a
 * classifier (docs.spring.io spring-boot maven-plugin "packaging"); maven-shade-plugin likewise unless
 * `shadedArtifactAttached`; maven-assembly-plugin's jar-with-dependencies adds `-jar-with-dependencies`; Quarkus
 * writes `target/quarkus-app/quarkus-run.jar`, or `-runner.jar` as an uber-jar (quarkus.io/guides/maven-tooling).
 */
export function mavenBuild(files: AppFiles): JavaBuild | null {
  const source = files.readText('pom.xml');
  if (source === null) return null;
  let project: Xml;
  try {
    project = node(node(xml.parse(source)).project);
  } catch {
    return { tool: 'maven', file: 'pom.xml', dependencies: [], plugins: [], jars: [], complete: false };
  }
  const parent = node(project.parent);
  const properties = node(project.properties);
  const artifactId = text(project.artifactId) ?? '';
  const version = text(project.version) ?? text(parent.version) ?? '';
  const values: Record<string, string> = {
    'project.artifactId': artifactId,
    'project.version': version,
    'pom.version': version,
    'project.build.directory': 'target',
    'project.groupId': text(project.groupId) ?? text(parent.groupId) ?? '',
  };
  for (const [key, value] of Object.entries(properties)) if (typeof value === 'string') values[key] = value.trim();
  let complete = list(node(project.modules).module).length === 0 && list(node(project.profiles).profile).length === 0;
  const resolve = (raw: string): string => {
    const resolved = substitute(raw, values);
    if (resolved === null) complete = false;
    return resolved ?? raw;
  };
  const build = node(project.build);
  const finalName = resolve(text(build.finalName) ?? `${artifactId}-${version}`);
  // Without an artifactId or a version (an empty or partial pom.xml) the jar's name cannot be known.
  if (text(build.finalName) === null && (artifactId === '' || version === '')) complete = false;
  const packaging = text(project.packaging) ?? 'jar';
  // The parent counts as a dependency: spring-boot-starter-parent is how most Spring Boot poms say what they are.
  const declared = [
    parent,
    ...list(node(project.dependencies).dependency),
    ...list(node(node(project.dependencyManagement).dependencies).dependency),
  ];
  const dependencies = declared
    .filter((dep) => text(dep.artifactId))
    .map((dep) => `${text(dep.groupId) ?? ''}:${text(dep.artifactId) ?? ''}`);
  const plugins = list(node(build.plugins).plugin);
  const pluginIds = plugins.map((plugin) => `${text(plugin.groupId) ?? 'org.apache.maven.plugins'}:${text(plugin.artifactId) ?? ''}`);
  const main = `target/${finalName}.${packaging === 'war' ? 'war' : 'jar'}`;
  const jars: Jar[] = [];
  let mainKind: Jar['kind'] = 'thin';
  let mainBy = 'maven-jar-plugin';
  for (const plugin of plugins) {
    const id = text(plugin.artifactId) ?? '';
    const configuration = configurationOf(plugin);
    const classifier = text(configuration.classifier);
    if (id === 'spring-boot-maven-plugin') {
      if (classifier) jars.push({ path: `target/${finalName}-${resolve(classifier)}.jar`, kind: 'fat', by: id });
      else [mainKind, mainBy] = ['fat', id];
    } else if (id === 'maven-shade-plugin') {
      if (text(configuration.shadedArtifactAttached) === 'true') {
        jars.push({
          path: `target/${finalName}-${resolve(text(configuration.shadedClassifierName) ?? 'shaded')}.jar`,
          kind: 'fat',
          by: id,
        });
      } else [mainKind, mainBy] = ['fat', id];
    } else if (id === 'maven-assembly-plugin') {
      const refs = list(node(configuration.descriptorRefs).descriptorRef as unknown).length;
      const named =
        (text(configuration.finalName) ?? finalName) + (text(configuration.appendAssemblyId) === 'false' ? '' : '-jar-with-dependencies');
      if (refs > 0 || JSON.stringify(configuration).includes('jar-with-dependencies'))
        jars.push({ path: `target/${resolve(named)}.jar`, kind: 'fat', by: id });
      else complete = false;
    } else if (id === 'quarkus-maven-plugin') {
      jars.push(
        { path: 'target/quarkus-app/quarkus-run.jar', kind: 'fat', by: id },
        { path: `target/${finalName}-runner.jar`, kind: 'fat', by: id },
      );
    } else if (id === 'maven-jar-plugin' && (configuration.finalName !== undefined || classifier)) complete = false;
    else if (id === 'maven-dependency-plugin') mainKind = 'unknown';
  }
  jars.unshift({ path: main, kind: mainKind, by: mainBy });
  return { tool: 'maven', file: 'pom.xml', dependencies, plugins: pluginIds, jars: order(jars), complete };
}

/** A plugin's configuration, or that of its first execution. */
function configurationOf(plugin: Xml): Xml {
  const own = node(plugin.configuration);
  if (Object.keys(own).length > 0) return own;
  return node(
    list(node(plugin.executions).execution)
      .map((execution) => execution.configuration)
      .find((c) => c !== undefined),
  );
}

/** `${name}` replaced from `values`, a few levels deep; `null` when one is unknown. */
function substitute(raw: string, values: Readonly<Record<string, string>>): string | null {
  let current = raw;
  for (let round = 0; round < 5 && current.includes('${'); round++) {
    let unknown = false;
    current = current.replace(/\$\{([^}${]{1,100})\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) unknown = true;
      return value ?? '';
    });
    if (unknown) return null;
  }
  return current.includes('${') ? null : current;
}

function order(jars: Jar[]): Jar[] {
  const rank = { fat: 0, unknown: 1, thin: 2 } as const;
  return [...jars].sort((a, b) => rank[a.kind] - rank[b.kind]);
}

// ---- Gradle ---------------------------------------------------------------------------------------------------

const GRADLE_FILES = ['build.gradle.kts', 'build.gradle'];
const SETTINGS_FILES = ['settings.gradle.kts', 'settings.gradle'];
const MAX_GRADLE_LINES = 5000;

/** Plugin ids as `id("...")`, `id '...'`, `apply plugin: '...'`, and the Kotlin DSL accessors for core plugins. */
const PLUGIN_LINE =
  /^ ?(?:id ?\(? ?["']([\w.-]+)["']|apply plugin ?: ?["']([\w.-]+)["']|(application|java|war) ?$|kotlin ?\( ?"([\w.-]+)" ?\))/;
/** `implementation("group:artifact:version")`, `implementation 'group:artifact'`, `compile group: 'g', name: 'a'`. */
const DEPENDENCY_LINE =
  /^ ?(?:implementation|api|compile|runtimeOnly|compileOnly|kapt|ksp|annotationProcessor)\b ?\(? ?(?:platform ?\( ?)?["']([\w.-]+:[\w.-]+)/;
const GROUP_NAME_LINE = /^ ?(?:implementation|api|compile) ?\(? ?group ?[:=] ?["']([\w.-]+)["'] ?, ?name ?[:=] ?["']([\w.-]+)["']/;
/**
 * `name = "value"`, `name "value"`, `name.set("value")` (on a line whose blank runs are one space): only literal
 * strings; anything else is not understood.
 */
const SETTING_LINE = /^ ?([A-Za-z.]+) ?(?:= ?|\( ?)?["']([^"'$]*)["'] ?\)? ?$/;
const ARCHIVE_SETTINGS = new Set([
  'archiveBaseName',
  'archiveFileName',
  'archiveClassifier',
  'archiveVersion',
  'archiveAppendix',
  'baseName',
  'archiveName',
  'classifier',
  'destinationDirectory',
  'destinationDir',
  'libsDirName',
]);
const JAR_TASKS = new Set(['jar', 'bootJar', 'shadowJar']);

/**
 * Gradle writes `build/libs/<archiveBaseName>-<version>[-<classifier>].jar`, archiveBaseName defaulting to the
 * project name (settings' `rootProject.name`, else the directory, which on a build server is unknown) and the version
 * left out when unspecified (docs.gradle.org, Jar task `archiveFileName`). Spring Boot's plugin adds `bootJar`
 * (`<name>-<version>.jar`, fat) and since 2.5 classifies the plain jar `-plain` (docs.spring.io spring-boot
 * gradle-plugin "packaging executable"); Shadow writes `-all` (gradleup.com/shadow); Ktor's plugin runs Shadow for
 * `buildFatJar` (ktor.io docs "fatjar").
 */
export function gradleBuild(files: AppFiles): JavaBuild | null {
  const file = GRADLE_FILES.find((name) => files.exists(name));
  if (!file) return null;
  const source = files.readText(file);
  if (source === null) return { tool: 'gradle', file, dependencies: [], plugins: [], jars: [], complete: false };
  const settings = SETTINGS_FILES.map((name) => files.readText(name)).find((text) => text !== null) ?? '';
  const properties = files.readText('gradle.properties') ?? '';
  const plugins: string[] = [];
  const dependencies: string[] = [];
  const overrides = new Map<string, Map<string, string>>();
  let version: string | null = /^[ \t]*version[ \t]*=[ \t]*([^\s#]+)[ \t]*$/m.exec(properties)?.[1] ?? null;
  let complete = !/^[ \t]*include\b/m.test(settings);
  const stack: string[] = [];
  const lines = source.split('\n');
  if (lines.length > MAX_GRADLE_LINES) complete = false;
  for (const raw of lines.slice(0, MAX_GRADLE_LINES)) {
    // Blank runs made one space so the patterns above stay linear; `//` only as a comment, not in `https://`.
    const line = withoutLineComment(raw, ['//']).replace(/\s+/g, ' ');
    const plugin = PLUGIN_LINE.exec(line);
    if (plugin) plugins.push(plugin[1] ?? plugin[2] ?? plugin[3] ?? `org.jetbrains.kotlin.${plugin[4]}`);
    const dependency = DEPENDENCY_LINE.exec(line) ?? GROUP_NAME_LINE.exec(line);
    if (dependency) dependencies.push(dependency[2] ? `${dependency[1]}:${dependency[2]}` : (dependency[1] as string));
    const setting = SETTING_LINE.exec(line);
    const block = stack.at(-1) ?? '';
    const name = setting?.[1]?.replace(/^(tasks|project)\./, '').replace(/\.set$/, '') ?? '';
    if (setting && name === 'version' && stack.length === 0) version = setting[2] as string;
    else if (/^ ?version ?[=(]/.test(line) && stack.length === 0) complete = false;
    else if (ARCHIVE_SETTINGS.has(name) || /\barchive\w*\s*[=.(]|\bbaseName\b/.test(line)) {
      const task = JAR_TASKS.has(block) ? block : null;
      if (setting && task && ['archiveBaseName', 'archiveFileName', 'archiveClassifier', 'archiveVersion'].includes(name)) {
        overrides.set(task, (overrides.get(task) ?? new Map()).set(name, setting[2] as string));
      } else complete = false;
    }
    if (/\benabled ?= ?false\b/.test(line) && JAR_TASKS.has(block))
      overrides.set(block, (overrides.get(block) ?? new Map()).set('enabled', 'false'));
    for (const char of line) {
      if (char === '{') stack.push(blockName(line));
      else if (char === '}') stack.pop();
    }
  }
  const projectName = /^[ \t]*rootProject\.name[ \t]*=[ \t]*["']([^"'$\n]+)["']/m.exec(settings)?.[1] ?? null;
  if (projectName === null) complete = false;
  const has = (...ids: string[]) => ids.some((id) => plugins.includes(id));
  const springBoot = has('org.springframework.boot');
  const shadow = has('com.github.johnrengelman.shadow', 'com.gradleup.shadow', 'io.ktor.plugin');
  const jarPath = (task: string, classifier: string): string | null => {
    const set = overrides.get(task);
    if (set?.get('enabled') === 'false') return null;
    const fileName = set?.get('archiveFileName');
    if (fileName) return `build/libs/${fileName}`;
    const base = set?.get('archiveBaseName') ?? projectName ?? '*';
    const taskVersion = set?.get('archiveVersion') ?? version;
    const suffix = set?.get('archiveClassifier') ?? classifier;
    return `build/libs/${[base, taskVersion, suffix].filter((part) => part).join('-')}.jar`;
  };
  const jars: Jar[] = [];
  const add = (task: string, classifier: string, kind: Jar['kind']) => {
    const path = jarPath(task, classifier);
    if (path) jars.push({ path, kind, by: task });
  };
  if (springBoot) add('bootJar', '', 'fat');
  if (shadow) add('shadowJar', 'all', 'fat');
  // `from(configurations.runtimeClasspath.map { zipTree(it) })` in the jar task makes the plain jar a fat one.
  const plainKind = /\bzipTree\b/.test(source) ? 'unknown' : springBoot || shadow ? 'thin' : 'unknown';
  add('jar', springBoot ? 'plain' : '', plainKind);
  return { tool: 'gradle', file, dependencies, plugins, jars: order(jars), complete };
}

/**
 * `line` without its comment: the first of `markers` at the start or after a blank (`\s`), with that blank, to the
 * end. Exactly what `line.replace(/(^|\s)(?:#|\/\/).*$/, '')` did (no comment is cut when a line terminator, which
 * `.` does not match, follows it), as a scan: that pattern restarts at every marker and rescans the rest, quadratic
 * on ` // // // ...` before a CR. `accept` may refuse a marker at an index (puma's `#{...}` interpolation).
 */
export function withoutLineComment(line: string, markers: readonly string[], accept: (at: number) => boolean = () => true): string {
  // `.*$` must reach the end without a line terminator: only a marker after the last one can start a comment.
  const from = Math.max(...['\n', '\r', '\u2028', '\u2029'].map((terminator) => line.lastIndexOf(terminator))) + 1;
  for (let at = from; at < line.length; at++) {
    if (at > 0 && (line[at - 1] as string).trim() !== '') continue;
    if (markers.some((marker) => line.startsWith(marker, at)) && accept(at)) return line.slice(0, at === 0 ? 0 : at - 1);
  }
  return line;
}

/** The name of the block a `{` opens: `shadowJar {`, `tasks.shadowJar {`, `tasks.named<Jar>("jar") {`, `tasks.withType<Jar> {`. */
function blockName(line: string): string {
  // The last 200 characters are enough for a task's name and keep the scan short on absurd lines.
  let before = line.slice(0, line.indexOf('{')).trim().slice(-200);
  const quoted = /["']([\w-]+)["'] ?\)? ?$/.exec(before);
  if (quoted) return quoted[1] as string;
  if (/withType ?[<(] ?(?:org\.gradle\.api\.tasks\.bundling\.)?Jar\b/.test(before)) return 'jar';
  if (before.endsWith(')')) before = before.slice(0, before.lastIndexOf('(')).trimEnd();
  let start = before.length;
  while (start > 0 && /[\w]/.test(before[start - 1] as string)) start--;
  return before.slice(start);
}
