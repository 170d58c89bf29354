/** The engine: files -> discovery -> parse -> readings -> rules -> result. It knows nothing of GitHub or of output formats. */
import * as path from 'node:path';
import { DEFAULT_PLATFORM, PLATFORMS, findPlatform, type PlatformProfile } from '../platforms/index.js';
import { RULES } from '../rules/index.js';
import type { ProcfileContext, RepositoryContext, Report, Rule } from '../rules/rule.js';
import { START_OF_FILE } from '../rules/rule.js';
import { diskAppFiles, memoryAppFiles, type AppFiles } from './app-files.js';
import { CONFIG_FILE, disableNextLine, type ConfigProblem, type LoadedConfig, type RuleSettings } from './config.js';
import { detect } from './detect.js';
import { quote } from './quote.js';
import { discover, type Discovery } from './discover.js';
import { isLanguage, LANGUAGES, type Language } from './languages.js';
import { parseProcfile, type ParsedProcfile } from './parse.js';
import { readAll } from './readers/index.js';
import { SEVERITIES, UsageError, type Finding, type LintResult, type Process, type Severity } from './types.js';
import { joinRelative, readFileInside, resolveAppRoot, type ReadProblem } from './workspace.js';

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

interface CommonOptions {
  /** Platform profile id. Default `codecapsules`. */
  platform?: string;
  /** The app's language, instead of detecting it (`auto` or empty: detect). */
  language?: string;
  /** Rule settings that win over `.procfile-lint.yml` (the action's `rules` input, the CLI's `--rule`). */
  rules?: RuleSettings;
}

export interface LintOptions extends CommonOptions {
  /** The directory every file access stays inside, and that paths in the result are relative to. */
  workspace: string;
  /** The app root, relative to the workspace. Default `.`. */
  path?: string;
}

export async function lint(options: LintOptions): Promise<LintResult> {
  const platform = resolvePlatform(options.platform);
  const root = resolveAppRoot(options.workspace, options.path ?? '.');
  const discovery = discover(root);
  const files = diskAppFiles(root, discovery.rootEntries);
  const read = discovery.procfile ? readFileInside(root.workspace, path.join(root.workspace, discovery.procfile)) : null;
  const config = await loadConfig(files, joinRelative(root.relative, CONFIG_FILE));
  return run({
    platform,
    files,
    discovery,
    bytes: read?.ok ? read.bytes : null,
    procfileProblem: read && !read.ok ? read.problem : null,
    settings: { ...config.rules, ...options.rules },
    configProblems: config.problems,
    language: resolveLanguage(options.language),
  });
}

async function loadConfig(files: AppFiles, path: string): Promise<LoadedConfig> {
  const text = files.readText(CONFIG_FILE);
  if (text === null) return { rules: {}, problems: [] };
  const { parseConfigFile } = await import('./config-file.js');
  return parseConfigFile(text, path, RULE_IDS);
}

export interface LintProcfileOptions extends CommonOptions {
  /** Path reported in findings. Default `Procfile`. */
  path?: string;
  /** Files of the app besides the Procfile (path -> content), for the rules that look at them. */
  files?: Readonly<Record<string, string>>;
}

/** Lints the content of a Procfile, with the app's other files given in memory (none by default). */
export function lintProcfile(bytes: Uint8Array, options: LintProcfileOptions = {}): LintResult {
  const file = options.path ?? 'Procfile';
  const files = memoryAppFiles(options.files);
  const discovery: Discovery = {
    root: { workspace: '', absolute: '', relative: path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file) },
    rootEntries: [...files.rootEntries],
    procfile: file,
    nearMisses: [],
    nested: [],
    deepFiles: new Map(),
  };
  return run({
    platform: resolvePlatform(options.platform),
    files,
    discovery,
    bytes,
    procfileProblem: null,
    settings: options.rules ?? {},
    configProblems: [],
    language: resolveLanguage(options.language),
  });
}

interface RunInput {
  platform: PlatformProfile;
  files: AppFiles;
  discovery: Discovery;
  /** The Procfile's bytes, when there is one and it could be read. */
  bytes: Uint8Array | null;
  procfileProblem: ReadProblem | null;
  settings: RuleSettings;
  configProblems: ConfigProblem[];
  language: Language | undefined;
}

function run(input: RunInput): LintResult {
  const { platform, files, discovery, bytes, settings } = input;
  const procfilePath = bytes ? discovery.procfile : null;
  const procfile = bytes ? parseProcfile(bytes) : null;
  const inline = procfile && procfilePath ? inlineDisables(procfile, procfilePath) : { disabled: new Map(), problems: [] };
  const detection = detect(discovery.rootEntries, platform, {
    hasProcfile: procfile !== null,
    language: input.language,
    deepFiles: discovery.deepFiles,
  });
  const repository: RepositoryContext = {
    platform,
    files,
    detection,
    discovery,
    procfileProblem: input.procfileProblem,
    hasProcfile: procfile !== null,
    configProblems: [...input.configProblems, ...inline.problems],
  };
  const readings = procfile ? readAll(procfile.source) : null;
  const content: ProcfileContext | null =
    procfile && readings && procfilePath
      ? { platform, files, detection, path: procfilePath, procfile, readings, reading: readings[platform.parser] }
      : null;

  const findings = RULES.flatMap((rule) => {
    const setting = settings[rule.meta.id];
    const override = setting === 'off' ? undefined : setting;
    const base = rule.meta.severity[platform.id];
    if (setting === 'off' || (base === undefined && override === undefined)) return [];
    const severity = { override, base: base ?? 'error' };
    if (rule.scope === 'repository') return toFindings(rule, rule.check(repository), procfilePath ?? '', severity);
    return content ? toFindings(rule, rule.check(content), content.path, severity) : [];
  }).filter((finding) => finding.rule === 'invalid-config' || !isDisabled(finding, procfilePath, inline.disabled));

  const processes = (content?.reading.processes ?? []).map(({ type, command, line }): Process => ({ type, command, line }));
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity]++;
  return {
    procfile: procfilePath,
    platform: platform.id,
    language: detection.language,
    languages: detection.candidates.map(({ language, evidence }) => ({ language, evidence: [...evidence] })),
    processes,
    findings: findings.sort(byPosition),
    counts,
  };
}

/** A user's setting wins over what the report says, which wins over the rule's severity on the platform. */
function toFindings(rule: Rule, reports: Iterable<Report>, file: string, severity: { override?: Severity; base: Severity }): Finding[] {
  return Array.from(reports, (report) => ({
    rule: rule.meta.id,
    severity: severity.override ?? report.severity ?? severity.base,
    message: report.message,
    file: report.file ?? file,
    ...(report.range ?? START_OF_FILE),
  }));
}

const MAX_UNKNOWN_IDS_REPORTED = 10;

/** Lines after a `# procfile-lint-disable-next-line` comment, with the rules it silences (`null`: all). */
function inlineDisables(procfile: ParsedProcfile, file: string) {
  const disabled = new Map<number, Set<string> | null>();
  const problems: ConfigProblem[] = [];
  for (const line of procfile.lines) {
    if (line.kind !== 'comment') continue;
    const list = disableNextLine(line.text);
    if (list === null) continue;
    const ids = list.split(/[\s,]+/).filter(Boolean);
    const listStart = line.text.indexOf('procfile-lint-disable-next-line') + 'procfile-lint-disable-next-line'.length;
    // A comment can list a million unknown words: the first few are reported, one finding each.
    for (const id of ids.filter((candidate) => !RULE_IDS.includes(candidate)).slice(0, MAX_UNKNOWN_IDS_REPORTED)) {
      const index = line.text.indexOf(id, listStart);
      problems.push({
        message: `Unknown rule ${quote(id)} in a procfile-lint-disable-next-line comment; the rules are listed in docs/rules.`,
        file,
        range: { line: line.number, column: index + 1, endLine: line.number, endColumn: index + 1 + id.length },
      });
    }
    disabled.set(line.number + 1, ids.length > 0 ? new Set(ids) : null);
  }
  return { disabled, problems };
}

function isDisabled(finding: Finding, procfile: string | null, disabled: Map<number, Set<string> | null>): boolean {
  if (finding.file !== procfile || !disabled.has(finding.line)) return false;
  const rules = disabled.get(finding.line);
  return rules === null || rules?.has(finding.rule) === true;
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

function byPosition(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
