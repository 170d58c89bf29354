/**
 * Which framework a `java -jar` starts, told apart by the build's dependencies, and where that framework takes its
 * port from: `java -jar` is not always Spring Boot (domain.md section 6). Config files are read with real parsers
 * (yaml, dot-properties); Ktor's HOCON `application.conf` and the app's own code get a bounded scan for `PORT`.
 */
import { parse as parseProperties } from 'dot-properties';
import type { AppFiles } from '../engine/app-files.js';
import { withoutLineComment, type JavaBuild } from './java-build.js';
import { parseYaml } from './yaml.js';

export type JavaFramework = 'spring-boot' | 'quarkus' | 'micronaut' | 'ktor' | 'javalin' | 'dropwizard' | 'plain';

/** Group or plugin prefixes that name each framework, most specific first. */
const MARKERS: readonly [JavaFramework, readonly string[]][] = [
  ['spring-boot', ['org.springframework.boot']],
  ['quarkus', ['io.quarkus']],
  ['micronaut', ['io.micronaut']],
  ['ktor', ['io.ktor']],
  ['dropwizard', ['io.dropwizard']],
  ['javalin', ['io.javalin']],
];

export function javaFramework(build: JavaBuild): JavaFramework {
  const coordinates = [...build.dependencies, ...build.plugins];
  for (const [framework, prefixes] of MARKERS) {
    if (coordinates.some((coordinate) => prefixes.some((prefix) => coordinate.startsWith(prefix)))) return framework;
  }
  return 'plain';
}

/** How a framework is told its port, with the documentation that says so. */
export interface FrameworkPort {
  label: string;
  /** The configuration key (`server.port`), also a `-D` system property. */
  property: string | null;
  /** The environment variable that sets it (relaxed binding). */
  env: string | null;
  /** Command-line arguments after the jar that set the port, each written `name=value` (`--server.port=$PORT`, `-port=$PORT`). */
  arguments: readonly string[];
  defaultPort: number | null;
  /** Config files, relative to the app root, in the order the framework reads them. */
  configFiles: readonly string[];
  source: string;
}

const RESOURCES = 'src/main/resources';

export const FRAMEWORK_PORTS: Readonly<Record<JavaFramework, FrameworkPort>> = {
  'spring-boot': {
    label: 'Spring Boot',
    property: 'server.port',
    env: 'SERVER_PORT',
    // SimpleCommandLineArgsParser: `--name=value` only.
    arguments: ['--server.port'],
    defaultPort: 8080,
    configFiles: [`${RESOURCES}/application.properties`, `${RESOURCES}/application.yml`, `${RESOURCES}/application.yaml`],
    source: 'docs.spring.io spring-boot "Externalized Configuration" and application property server.port',
  },
  quarkus: {
    label: 'Quarkus',
    property: 'quarkus.http.port',
    env: 'QUARKUS_HTTP_PORT',
    arguments: [],
    defaultPort: 8080,
    configFiles: [`${RESOURCES}/application.properties`, `${RESOURCES}/application.yml`, `${RESOURCES}/application.yaml`],
    source: 'quarkus.io/guides/http-reference "quarkus.http.port"',
  },
  micronaut: {
    label: 'Micronaut',
    property: 'micronaut.server.port',
    env: 'MICRONAUT_SERVER_PORT',
    arguments: [],
    defaultPort: 8080,
    configFiles: [`${RESOURCES}/application.yml`, `${RESOURCES}/application.yaml`, `${RESOURCES}/application.properties`],
    source: 'docs.micronaut.io "Configuring the HTTP Server" micronaut.server.port',
  },
  ktor: {
    label: 'Ktor',
    property: 'ktor.deployment.port',
    env: null,
    // EngineMain reads `-port=N` and `-P:ktor.deployment.port=N`, split at the first `=`; `-Dktor.*` system properties too.
    arguments: ['-port', '-P:ktor.deployment.port'],
    defaultPort: 8080,
    configFiles: [`${RESOURCES}/application.conf`, `${RESOURCES}/application.yaml`, `${RESOURCES}/application.yml`],
    source:
      'ktor.io docs "Configuration in a file" (ktor.deployment.port, `${?PORT}`); ktorio/ktor ktor-server/ktor-server-core/common/src/io/ktor/server/engine/CommandLine.kt (`-port=`, `-P:`), jvm/src/io/ktor/server/engine/EnvironmentUtilsJvm.kt (`ktor.` system properties)',
  },
  javalin: {
    label: 'Javalin',
    property: null,
    env: null,
    arguments: [],
    defaultPort: 8080,
    configFiles: [],
    source: 'javalin.io docs: `app.start(port)`, 8080 without one',
  },
  dropwizard: {
    label: 'Dropwizard',
    property: 'dw.server.applicationConnectors[0].port',
    env: null,
    arguments: [],
    defaultPort: 8080,
    configFiles: [],
    source: 'dropwizard.io "Configuration Reference" server.applicationConnectors, and EnvironmentVariableSubstitutor `${PORT}`',
  },
  plain: { label: 'the jar', property: null, env: null, arguments: [], defaultPort: null, configFiles: [], source: '' },
};

export type PortSetting =
  /** A config file gives the port from `PORT` (`server.port=${PORT:8080}`, `port = ${?PORT}`). */
  | { kind: 'reads-port'; file: string }
  /** A config file gives a fixed port. */
  | { kind: 'fixed'; file: string; port: string }
  /** The app's own code reads `PORT` (`System.getenv("PORT")`). */
  | { kind: 'code-reads-port'; file: string }
  /** Nothing found, so the framework's default applies. */
  | { kind: 'default' }
  /** Something procfile-lint does not follow sets it: say nothing. */
  | { kind: 'unknown' };

/** Where the framework of this build takes its port from, as the app's files say. */
export function portSetting(files: AppFiles, framework: JavaFramework, configArgument: string | null = null): PortSetting {
  const facts = FRAMEWORK_PORTS[framework];
  if (framework === 'dropwizard') return configArgument ? fileSetting(files, configArgument, 'server') : { kind: 'unknown' };
  for (const file of facts.configFiles) {
    const setting = fileSetting(files, file, facts.property ?? '');
    if (setting.kind !== 'default') return setting;
  }
  const code = codeReadingPort(files);
  return code ? { kind: 'code-reads-port', file: code } : framework === 'plain' ? { kind: 'unknown' } : { kind: 'default' };
}

function fileSetting(files: AppFiles, file: string, property: string): PortSetting {
  const text = files.readText(file);
  if (text === null) return { kind: 'default' };
  if (file.endsWith('.conf')) return hoconPort(text, file);
  const values = file.endsWith('.properties') ? propertiesValues(text) : yamlValues(text);
  if (values === null) return { kind: 'unknown' };
  const matching =
    property === 'server'
      ? values.filter(([key]) => /(^|\.)port$/.test(key) && key.startsWith('server.'))
      : values.filter(([key]) => key === property);
  const value = matching.at(-1)?.[1];
  if (value === undefined) return { kind: 'default' };
  if (/\$\{(?:PORT|\?PORT)\b/.test(value) || value.includes('$PORT')) return { kind: 'reads-port', file };
  return /^\d+$/.test(value.trim()) ? { kind: 'fixed', file, port: value.trim() } : { kind: 'unknown' };
}

/** `key=value` pairs of a .properties file (dot-properties), in order. */
function propertiesValues(text: string): [string, string][] | null {
  try {
    return Object.entries(parseProperties(text)).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  } catch {
    return null;
  }
}

/** Dotted keys and scalar values of a YAML file (`server: {port: 1}` -> `server.port`), every document. */
function yamlValues(text: string): [string, string][] | null {
  const documents = parseYaml(text);
  if (documents === null) return null;
  const out: [string, string][] = [];
  const walk = (value: unknown, prefix: string, depth: number): void => {
    if (depth > 10 || out.length > 10_000) return;
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${prefix}[${index}]`, depth + 1));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) walk(child, prefix ? `${prefix}.${key}` : key, depth + 1);
    } else if (value !== null && value !== undefined) out.push([prefix, String(value)]);
  };
  for (const document of documents) walk(document, '', 0);
  return out;
}

/**
 * Ktor's HOCON `application.conf`: `port = ${?PORT}` (optionally after `port = 8080`) inside `ktor.deployment`.
 * A bounded line scan, not a HOCON parser: a `port` key whose value is `${?PORT}` or `${PORT}` reads PORT; the last
 * literal `port = N` is the fixed port; includes and anything else make it unknown.
 */
function hoconPort(text: string, file: string): PortSetting {
  let fixed: string | null = null;
  for (const raw of text.split('\n').slice(0, 5000)) {
    const line = withoutLineComment(raw, ['#', '//']).trim();
    if (/^include\b/.test(line)) return { kind: 'unknown' };
    const value = hoconPortValue(line);
    if (value === null) continue;
    if (/^\$\{\??PORT\}$/.test(value)) return { kind: 'reads-port', file };
    if (/^\d+$/.test(value)) fixed = value;
  }
  return fixed ? { kind: 'fixed', file, port: fixed } : { kind: 'default' };
}

/**
 * The value of a trimmed `[ktor.][deployment.]port = value` (or `:`) line, or null: what
 * `/^(?:ktor\.)?(?:deployment\.)?port\s*[=:]\s*(.{1,100})$/` took (1 to 100 characters, no line terminator), as a
 * scan: that pattern's blanks and value overlap, quadratic on a long run of blanks.
 */
function hoconPortValue(line: string): string | null {
  let rest = line;
  if (rest.startsWith('ktor.')) rest = rest.slice('ktor.'.length);
  if (rest.startsWith('deployment.')) rest = rest.slice('deployment.'.length);
  if (!rest.startsWith('port')) return null;
  rest = rest.slice('port'.length).trimStart();
  if (!rest.startsWith('=') && !rest.startsWith(':')) return null;
  // `trimStart` strips exactly what `\s` matches; a value that is blanks only is impossible on a trimmed line.
  const value = rest.slice(1).trimStart();
  if (value.length < 1 || value.length > 100 || /[\n\r\u2028\u2029]/.test(value)) return null;
  return value.trim();
}

const CODE_DIRS = ['src/main/java', 'src/main/kotlin'];
const CODE_FILE = /\.(java|kt)$/;
const MAX_CODE_FILES = 300;
const MAX_CODE_DEPTH = 10;
/** `System.getenv("PORT")`, `System.getenv()["PORT"]`, `getenv().get("PORT")`, `env("PORT")`. */
const READS_PORT = /getenv\s*\(\s*"PORT"\s*\)|getenv\s*\(\s*\)\s*(?:\[\s*"PORT"|\.get\s*\(\s*"PORT")|\benv\s*\(\s*"PORT"/;

/** The first source file under src/main that reads the `PORT` variable, walking at most MAX_CODE_FILES files. */
export function codeReadingPort(files: AppFiles): string | null {
  let budget = MAX_CODE_FILES;
  const walk = (dir: string, depth: number): string | null => {
    if (depth > MAX_CODE_DEPTH) return null;
    for (const name of files.entries(dir)) {
      if (budget <= 0) return null;
      const path = `${dir}/${name}`;
      if (CODE_FILE.test(name)) {
        budget--;
        if (READS_PORT.test(files.readText(path) ?? '')) return path;
      } else if (!name.includes('.') && files.isDirectory(path)) {
        const found = walk(path, depth + 1);
        if (found) return found;
      }
    }
    return null;
  };
  for (const dir of CODE_DIRS) {
    const found = walk(dir, 0);
    if (found) return found;
  }
  return null;
}
