/**
 * The files a build writes that a Procfile then runs: the jar of a Maven or Gradle build (java-build.ts), the
 * JavaScript a Node `build` script compiles (`tsc` and its tsconfig.json `outDir`, `nest build`, esbuild, ncc); the Go
 * binaries are go-build.ts's. Each check says "produced", "not produced" (with what is produced instead) or "unknown".
 */
import * as posixPath from 'node:path/posix';
import type { ParseError } from 'jsonc-parser';
import type { AppFiles } from '../engine/app-files.js';
import { invocationsOf } from '../commands/invocation.js';
import { analyzeShell, basename, type ShellWord } from '../commands/shell.js';
import type { Jar, JavaBuild } from './java-build.js';
import { jsonc } from './libraries.cjs';

// ---- globs ----------------------------------------------------------------------------------------------------

/**
 * Whether `path` matches the bash glob `pattern` (`*` and `?` within one path segment, `[...]` not supported: such
 * a pattern matches nothing here). Greedy with one backtrack point per segment: linear in practice, and both sides
 * are short paths.
 */
export function globMatches(pattern: string, path: string): boolean {
  const patterns = pattern.split('/');
  const parts = path.split('/');
  return patterns.length === parts.length && patterns.every((segment, i) => segmentMatches(segment, parts[i] as string));
}

function segmentMatches(pattern: string, text: string): boolean {
  if (pattern.includes('[')) return false;
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = t;
    } else if (star !== -1) {
      p = star + 1;
      t = ++resume;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Two patterns (either may hold `*` for a part not known) that could name the same file. */
export function couldBeSame(a: string, b: string): boolean {
  return globMatches(a, b) || globMatches(b, a) || (a.includes('*') && b.includes('*') && posixPath.dirname(a) === posixPath.dirname(b));
}

// ---- jars -----------------------------------------------------------------------------------------------------

export type JarCheck =
  | { kind: 'produced'; jar: Jar }
  /** A glob matches more than one jar: bash passes them all, and java runs the first as the app. */
  | { kind: 'ambiguous'; jars: Jar[] }
  /** The thin jar, without dependencies, while the build also writes a runnable one. */
  | { kind: 'thin'; jar: Jar; instead: Jar }
  | { kind: 'not-produced'; instead: Jar[] }
  | { kind: 'unknown' };

/** What the build writes at the path `java -jar` names (relative to the app root, may be a glob). */
export function checkJar(build: JavaBuild, path: string): JarCheck {
  const normalized = posixPath.normalize(path).replace(/^\.\//, '');
  const matching = build.jars.filter((jar) => couldBeSame(normalized, jar.path));
  const fat = build.jars.find((jar) => jar.kind === 'fat');
  if (matching.length > 1 && normalized.includes('*')) return { kind: 'ambiguous', jars: matching };
  const [jar] = matching;
  if (jar) return jar.kind === 'thin' && fat ? { kind: 'thin', jar, instead: fat } : { kind: 'produced', jar };
  if (!build.complete || build.jars.length === 0) return { kind: 'unknown' };
  const outputDir = build.tool === 'maven' ? 'target/' : 'build/libs/';
  // A jar elsewhere (a committed one, a copy made by a build step) is not this analysis's business.
  return normalized.startsWith(outputDir) ? { kind: 'not-produced', instead: build.jars } : { kind: 'unknown' };
}

// ---- Node -----------------------------------------------------------------------------------------------------

/** Scripts the buildpacks run to build a Node app: Heroku `heroku-postbuild` else `build`; GCP `gcp-build` else `build`. */
const BUILD_SCRIPT_NAMES = ['heroku-postbuild', 'gcp-build', 'build'];
const SOURCE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx', '.js', '.jsx'],
  '.mjs': ['.mts', '.mjs'],
  '.cjs': ['.cts', '.cjs'],
};

export interface NodeOutput {
  /** The compiler or bundler: `tsc`, `nest`, `esbuild`, `ncc`. */
  tool: string;
  /** The build script that runs it. */
  script: string;
  /** The directory it writes to, or the one file. */
  outDir: string | null;
  outFile: string | null;
  /** The directory its sources are under, when known (`rootDir`, nest's `sourceRoot`). */
  rootDir: string | null;
  /** The config file that says so, for a message. */
  config: string | null;
}

/** What the app's build script compiles, when it runs one compiler procfile-lint knows; `null` otherwise. */
export function nodeOutput(files: AppFiles, scripts: Readonly<Record<string, string>>): NodeOutput | null {
  const script = BUILD_SCRIPT_NAMES.find((name) => typeof scripts[name] === 'string');
  if (!script) return null;
  const outputs: NodeOutput[] = [];
  for (const invocation of invocationsOf(analyzeShell(scripts[script] as string))) {
    const tool = basename(invocation.name.value);
    const args = invocation.args;
    if (invocation.cwd !== '') return null;
    if (tool === 'tsc') {
      const output = tscOutput(files, args, script);
      if (!output) return null;
      outputs.push(output);
    } else if (tool === 'nest' && args[0]?.value === 'build') {
      const nest = parseJson(files.readText('nest-cli.json') ?? '{}');
      const sourceRoot = typeof nest?.sourceRoot === 'string' ? nest.sourceRoot : 'src';
      const config = files.exists('tsconfig.build.json') ? 'tsconfig.build.json' : 'tsconfig.json';
      const output = tscOutput(files, [word('-p'), word(config)], script);
      if (!output) return null;
      outputs.push({ ...output, tool: 'nest', rootDir: output.rootDir ?? sourceRoot });
    } else if (tool === 'esbuild') {
      const outFile = optionValue(args, '--outfile');
      const outDir = optionValue(args, '--outdir');
      if (!outFile && !outDir) return null;
      outputs.push({ tool, script, outDir: outDir ?? null, outFile: outFile ?? null, rootDir: null, config: null });
    } else if (tool === 'ncc' && args[0]?.value === 'build') {
      const outDir = optionValue(args, '-o') ?? optionValue(args, '--out') ?? 'dist';
      outputs.push({ tool, script, outDir, outFile: `${outDir}/index.js`, rootDir: null, config: null });
    }
  }
  return outputs.length === 1 ? (outputs[0] as NodeOutput) : null;
}

const word = (value: string): ShellWord => ({ value, text: value, start: 0, end: 0, parameters: [], dynamic: false, singleQuoted: [] });

function optionValue(args: readonly ShellWord[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const value = (args[i] as ShellWord).value;
    if (value === name) return args[i + 1]?.value;
    if (value.startsWith(`${name}=`)) return value.slice(name.length + 1);
  }
  return undefined;
}

const MAX_EXTENDS = 3;

/** `tsc [-p file]`: outDir and rootDir from the command line, else the tsconfig and the ones it extends. */
function tscOutput(files: AppFiles, args: readonly ShellWord[], script: string): NodeOutput | null {
  if (args.some((arg) => ['-b', '--build', '--noEmit', '-w', '--watch'].includes(arg.value))) return null;
  let config = optionValue(args, '-p') ?? optionValue(args, '--project') ?? 'tsconfig.json';
  if (!config.endsWith('.json')) config = posixPath.join(config, 'tsconfig.json');
  const options: Record<string, unknown> = {};
  const dirs: Record<string, string> = {};
  let include: unknown;
  let file: string | null = posixPath.normalize(config);
  for (let depth = 0; file && depth <= MAX_EXTENDS; depth++) {
    const parsed = parseJson(files.readText(file) ?? '');
    if (!parsed) return null;
    const compilerOptions =
      typeof parsed.compilerOptions === 'object' && parsed.compilerOptions !== null
        ? (parsed.compilerOptions as Record<string, unknown>)
        : {};
    for (const [key, value] of Object.entries(compilerOptions)) {
      if (!(key in options)) {
        options[key] = value;
        dirs[key] = posixPath.dirname(file);
      }
    }
    include ??= parsed.include;
    const extended: unknown = parsed.extends;
    file =
      typeof extended === 'string' && extended.startsWith('.')
        ? posixPath.normalize(posixPath.join(posixPath.dirname(file), extended.endsWith('.json') ? extended : `${extended}.json`))
        : null;
    if (extended !== undefined && file === null) return null;
  }
  if (options.noEmit === true || options.outFile !== undefined) return null;
  const relative = (key: string, value: unknown) =>
    typeof value === 'string' ? posixPath.normalize(posixPath.join(dirs[key] ?? '', value)).replace(/\/$/, '') : null;
  const outDir = optionValue(args, '--outDir') ?? relative('outDir', options.outDir);
  const rootDir = optionValue(args, '--rootDir') ?? relative('rootDir', options.rootDir) ?? includedRoot(include);
  return { tool: 'tsc', script, outDir: outDir ?? null, outFile: null, rootDir, config };
}

/** `include: ["src"]` or `["src/**\/*"]`: every input is under `src`, so tsc takes it as the root. */
function includedRoot(include: unknown): string | null {
  if (!Array.isArray(include) || include.length === 0) return null;
  const roots = include.map((entry) =>
    typeof entry === 'string'
      ? entry
          .split('/')
          .filter((part) => !/[*?]/.test(part))
          .join('/') || '.'
      : null,
  );
  const [first] = roots;
  return first && roots.every((root) => root === first) && !/\.\w+$/.test(first) ? posixPath.normalize(first) : null;
}

function parseJson(text: string): Record<string, unknown> | null {
  const errors: ParseError[] = [];
  const value: unknown = jsonc().parse(text, errors, { allowTrailingComma: true });
  return errors.length === 0 && typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

export type NodeFileCheck =
  | { kind: 'produced'; source: string | null }
  /** The file is not where the build writes (`outDir` elsewhere), or there is no source it would be compiled from. */
  | { kind: 'outside'; output: NodeOutput }
  | { kind: 'no-source'; output: NodeOutput; expected: string[] }
  | { kind: 'unknown' };

/** Whether `path` (relative to the app root) is a file the build writes. */
export function checkNodeFile(files: AppFiles, output: NodeOutput, path: string): NodeFileCheck {
  const file = posixPath.normalize(path);
  if (output.outFile)
    return file === posixPath.normalize(output.outFile)
      ? { kind: 'produced', source: null }
      : output.outDir
        ? fromDir()
        : { kind: 'outside', output };
  return fromDir();

  function fromDir(): NodeFileCheck {
    const outDir = output.outDir === null ? null : posixPath.normalize(output.outDir);
    if (outDir === null) return { kind: 'unknown' };
    if (outDir !== '.' && !file.startsWith(`${outDir}/`)) return { kind: 'outside', output };
    if (output.tool !== 'tsc' && output.tool !== 'nest') return { kind: 'produced', source: null };
    const inside = outDir === '.' ? file : file.slice(outDir.length + 1);
    const extension = posixPath.extname(inside);
    const sources = SOURCE_EXTENSIONS[extension];
    if (!sources || output.rootDir === null) return { kind: 'unknown' };
    const stem = posixPath.join(output.rootDir, inside.slice(0, inside.length - extension.length));
    const expected = sources.map((ext) => `${stem}${ext}`);
    const source = expected.find((candidate) => files.exists(candidate));
    return source ? { kind: 'produced', source } : { kind: 'no-source', output, expected };
  }
}
