/**
 * The engine's product: everything known about one app before any rule runs (where the Procfile is, its bytes parsed,
 * how every modelled parser reads it, the app's files, its language, the configuration as written). It knows nothing
 * of the rules: src/runner runs them on an Analysis.
 */
import * as path from 'node:path';
import { DEFAULT_PLATFORM, PLATFORMS, findPlatform, type PlatformProfile } from '../platforms/index.js';
import { diskAppFiles, MAX_APP_FILE_BYTES, memoryAppFiles, type AppFiles } from './app-files.js';
import { CONFIG_FILE, type ReadConfig } from './config.js';
import { detect, type Detection } from './detect.js';
import { discover, walkRequestFor, type Discovery } from './discover.js';
import { findInPaths } from './walk.js';
import { isLanguage, LANGUAGES, type Language } from './languages.js';
import { parseProcfile, type ParsedProcfile } from './parse.js';
import { readAll, type Readings } from './readers/index.js';
import { UsageError } from './types.js';
import { decodeSource } from './source.js';
import { joinRelative, readFileInside, resolveAppRoot, type AppRoot, type ReadProblem } from './workspace.js';

/** A Procfile that was found, read and parsed. */
export interface AnalyzedProcfile {
  /** Path relative to the workspace. */
  path: string;
  parsed: ParsedProcfile;
  /** How every modelled parser reads it (engine/readers). */
  readings: Readings;
}

export interface Analysis {
  platform: PlatformProfile;
  discovery: Discovery;
  files: AppFiles;
  /** The root Procfile, when there is one and it could be read. */
  procfile: AnalyzedProcfile | null;
  /** Why the root Procfile exists but could not be read. */
  procfileProblem: ReadProblem | null;
  detection: Detection;
  /** `.procfile-lint.yml` as written, when the app has one. */
  config: ReadConfig | null;
}

interface CommonOptions {
  /** Platform profile id. Default `codecapsules`. */
  platform?: string;
  /** The app's language, instead of detecting it (`auto` or empty: detect). */
  language?: string;
}

export interface AnalyzeOptions extends CommonOptions {
  /** The directory every file access stays inside, and that paths in the result are relative to. */
  workspace: string;
  /** The app root, relative to the workspace. Default `.`. */
  path?: string;
  /** Content to read as the discovered Procfile's instead of the file's (what `--fix-dry-run` would write). */
  procfileContent?: Uint8Array;
  /**
   * The other apps of the same run, relative to the workspace: a Procfile at the top of one belongs to that app, so
   * it is not one misplaced below this app's root.
   */
  otherApps?: readonly string[];
}

/** Analyses the app at `options.path` inside the workspace, reading only inside it. */
export async function analyzeWorkspace(options: AnalyzeOptions): Promise<Analysis> {
  const platform = resolvePlatform(options.platform);
  const language = resolveLanguage(options.language);
  const root = resolveAppRoot(options.workspace, options.path ?? '.');
  const discovery = withoutOtherApps(discover(root), options.otherApps ?? []);
  const files = diskAppFiles(root, discovery.rootEntries);
  const override =
    discovery.procfile && options.procfileContent ? { ok: true as const, bytes: Buffer.from(options.procfileContent) } : null;
  const read = override ?? (discovery.procfile ? readFileInside(root.workspace, path.join(root.workspace, discovery.procfile)) : null);
  const config = await readConfig(configText(root, files));
  return assemble({
    platform,
    language,
    discovery,
    files,
    bytes: read?.ok ? read.bytes : null,
    procfileProblem: read && !read.ok ? read.problem : null,
    config,
  });
}

export interface AnalyzeProcfileOptions extends CommonOptions {
  /** Path reported in findings. Default `Procfile`. */
  path?: string;
  /** Files of the app besides the Procfile (path -> content), for the rules that look at them. */
  files?: Readonly<Record<string, string>>;
}

/** Analyses the content of a Procfile, with the app's other files given in memory (none by default). */
export function analyzeProcfile(bytes: Uint8Array, options: AnalyzeProcfileOptions = {}): Analysis {
  const file = options.path ?? 'Procfile';
  const files = memoryAppFiles(options.files);
  const folder = path.posix.dirname(file);
  const discovery: Discovery = {
    root: { workspace: '', absolute: '', relative: folder === '.' ? '' : folder },
    rootEntries: [...files.rootEntries],
    procfile: file,
    nearMisses: [],
    nested: [],
    // The app's files in memory stand for its tree: what a platform looks for at any depth is found among them.
    deepFiles: findInPaths(Object.keys(options.files ?? {}), walkRequestFor(PLATFORMS)),
  };
  const platform = resolvePlatform(options.platform);
  const language = resolveLanguage(options.language);
  return assemble({ platform, language, discovery, files, bytes, procfileProblem: null, config: null });
}

interface Parts {
  platform: PlatformProfile;
  language: Language | undefined;
  discovery: Discovery;
  files: AppFiles;
  bytes: Uint8Array | null;
  procfileProblem: ReadProblem | null;
  config: ReadConfig | null;
}

function assemble({ platform, language, discovery, files, bytes, procfileProblem, config }: Parts): Analysis {
  const parsed = bytes && discovery.procfile ? parseProcfile(bytes) : null;
  const procfile = parsed && discovery.procfile ? { path: discovery.procfile, parsed, readings: readAll(parsed.source) } : null;
  const detection = detect(discovery.rootEntries, platform, {
    hasProcfile: procfile !== null,
    language,
    deepFiles: discovery.deepFiles,
    exists: (relative) => files.exists(relative),
    incomplete: discovery.walk?.limitHit === true,
  });
  return { platform, discovery, files, procfile, procfileProblem, detection, config };
}

function withoutOtherApps(discovery: Discovery, otherApps: readonly string[]): Discovery {
  if (otherApps.length === 0) return discovery;
  const apps = new Set(otherApps);
  return { ...discovery, nested: discovery.nested.filter((nested) => !apps.has(path.posix.dirname(nested))) };
}

/** `.procfile-lint.yml` at the app root, else at the workspace's (the repository root), with its path from there. */
function configText(root: AppRoot, files: AppFiles): { text: string; path: string } | null {
  const own = files.readText(CONFIG_FILE);
  if (own !== null) return { text: own, path: joinRelative(root.relative, CONFIG_FILE) };
  if (root.relative === '') return null;
  const shared = readFileInside(root.workspace, path.join(root.workspace, CONFIG_FILE), MAX_APP_FILE_BYTES);
  return shared.ok ? { text: decodeSource(shared.bytes).text, path: CONFIG_FILE } : null;
}

async function readConfig(found: { text: string; path: string } | null): Promise<ReadConfig | null> {
  if (found === null) return null;
  const { text, path } = found;
  // Loaded only when an app has the file: the YAML parser is a fifth of the CLI's start-up time.
  const { parseConfigFile } = await import('./config-file.js');
  return parseConfigFile(text, path);
}

function resolvePlatform(id: string = DEFAULT_PLATFORM): PlatformProfile {
  const platform = findPlatform(id);
  if (!platform) {
    throw new UsageError(`Unknown platform '${id}'; use one of: ${PLATFORMS.map((p) => p.id).join(', ')}.`);
  }
  return platform;
}

function resolveLanguage(value: string | undefined): Language | undefined {
  if (value === undefined || value === '' || value === 'auto') return undefined;
  if (isLanguage(value)) return value;
  throw new UsageError(`Unknown language '${value}'; use auto or one of: ${LANGUAGES.map((l) => l.id).join(', ')}.`);
}
