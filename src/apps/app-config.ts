/**
 * Where a server's own config says it listens, for the programs whose record names a config reader: puma's
 * `config/puma.rb` (or `-C file`), and the framework config of a `java -jar` (application.properties / .yml /
 * .conf, or a PORT read in the code). Files are read through AppFiles only.
 */
import * as posixPath from 'node:path/posix';
import type { Invocation } from '../commands/invocation.js';
import type { Listen } from '../commands/listen.js';
import type { ShellWord } from '../commands/shell.js';
import type { AppFiles } from '../engine/app-files.js';
import { javaBuild } from './java-build.js';
import { FRAMEWORK_PORTS, javaFramework, portSetting, type FrameworkPort, type PortSetting } from './java-framework.js';
import { pumaConfigFile, pumaListen, type ConfigListen } from './server-config.js';

export interface AppConfig {
  listen: ConfigListen;
  /** For a `java -jar`: the framework and how it is told its port, for the message and the fix. */
  framework?: FrameworkPort;
  /**
   * For a `java -jar` whose framework takes its port on the command line: the port it is given there (`-port=$PORT`
   * after the jar for Ktor, `-Dserver.port=$PORT` before `-jar`), or `null` when none is. It replaces what the
   * java-jar record's Spring options say, which another framework ignores.
   */
  commandLinePort?: Listen['port'];
}

/** What the program's own config says, or `null` when its record names no reader or the app's files are unknown. */
export function appConfig(invocation: Invocation, files: AppFiles): AppConfig | null {
  const reader = invocation.program?.configReader;
  if (!reader || !files.complete || invocation.cwd === null) return null;
  if (reader === 'puma') {
    const option = optionValue(invocation.args, ['-C', '--config']);
    if (option?.dynamic) return { listen: { kind: 'unknown', file: option.value } };
    const file = pumaConfigFile(files, option ? posixPath.join(invocation.cwd, option.value) : null);
    if (!file) return null;
    return { listen: pumaListen(files, file) ?? { kind: 'unknown', file } };
  }
  const build = javaBuild(files);
  if (!build) return null;
  const framework = javaFramework(build);
  // Dropwizard is started as `java -jar app.jar server config.yml`.
  const configArgument =
    framework === 'dropwizard' ? (invocation.args.find((word, i) => i > 0 && /\.ya?ml$/.test(word.value))?.value ?? null) : null;
  const setting = portSetting(files, framework, configArgument);
  const facts = FRAMEWORK_PORTS[framework];
  const commandLinePort = facts.property || facts.arguments.length > 0 ? frameworkPortWord(invocation, facts) : undefined;
  const config = javaConfig(files, build.file, setting, facts);
  return commandLinePort === undefined ? config : { ...config, commandLinePort };
}

/** The port a framework is given on the `java` command line: a `-D<property>=` before `-jar`, or one of its arguments after the jar. */
function frameworkPortWord(invocation: Invocation, facts: FrameworkPort): Listen['port'] {
  const property = facts.property === null ? [] : [`-D${facts.property}`];
  const given = [...optionWords(invocation.interpreterArgs, property), ...optionWords(invocation.args, facts.arguments)].at(-1);
  return given ? { ...given, usesPort: given.word.parameters.some((parameter) => parameter.name === 'PORT') } : null;
}

/** `name=value` words whose name is one of `names`, with their values. */
function optionWords(words: readonly ShellWord[], names: readonly string[]): { value: string; word: ShellWord }[] {
  return words.flatMap((word) => {
    const equals = word.value.indexOf('=');
    return equals !== -1 && names.includes(word.value.slice(0, equals)) ? [{ value: word.value.slice(equals + 1), word }] : [];
  });
}

function javaConfig(files: AppFiles, buildFile: string, setting: PortSetting, facts: FrameworkPort): AppConfig {
  switch (setting.kind) {
    case 'reads-port':
      return {
        framework: facts,
        listen: { kind: 'reads-port', file: setting.file, line: lineOf(files, setting.file, 'port'), host: null },
      };
    case 'code-reads-port':
      return {
        framework: facts,
        listen: { kind: 'reads-port', file: setting.file, line: lineOf(files, setting.file, '"PORT"'), host: null },
      };
    case 'fixed':
      return {
        framework: facts,
        listen: { kind: 'fixed', file: setting.file, line: lineOf(files, setting.file, 'port'), port: setting.port, host: null },
      };
    case 'default':
      return { framework: facts, listen: { kind: 'none', file: buildFile } };
    case 'unknown':
      return { framework: facts, listen: { kind: 'unknown', file: buildFile } };
  }
}

function optionValue(args: readonly ShellWord[], names: readonly string[]): ShellWord | null {
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as ShellWord;
    if (names.includes(word.value)) return args[i + 1] ?? null;
    const name = names.find((candidate) => candidate.startsWith('--') && word.value.startsWith(`${candidate}=`));
    if (name) return { ...word, value: word.value.slice(name.length + 1) };
  }
  return null;
}

/** The last line of `file` that mentions `needle` (1-based), or 1. */
function lineOf(files: AppFiles, file: string, needle: string): number {
  const lines = (files.readText(file) ?? '').split('\n');
  for (let i = lines.length - 1; i >= 0; i--) if ((lines[i] as string).includes(needle)) return i + 1;
  return 1;
}
