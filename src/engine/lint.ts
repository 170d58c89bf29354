/** The engine: files -> discovery -> parse -> rules -> result. It knows nothing of GitHub or of output formats. */
import * as path from 'node:path';
import { DEFAULT_PLATFORM, PLATFORMS, findPlatform, type PlatformProfile } from '../platforms/index.js';
import { RULES } from '../rules/index.js';
import type { ProcfileContext, RepositoryContext, Report, Rule } from '../rules/rule.js';
import { START_OF_FILE } from '../rules/rule.js';
import { discover } from './discover.js';
import { parseProcfile } from './parse.js';
import { readForeman } from './readers/foreman.js';
import { SEVERITIES, UsageError, type Finding, type LintResult, type Process, type Severity } from './types.js';
import { readFileInside, resolveAppRoot } from './workspace.js';

export interface LintOptions {
  /** The directory every file access stays inside, and that paths in the result are relative to. */
  workspace: string;
  /** The app root, relative to the workspace. Default `.`. */
  path?: string;
  /** Platform profile id. Default `codecapsules`. */
  platform?: string;
}

export function lint(options: LintOptions): LintResult {
  const platform = resolvePlatform(options.platform);
  const root = resolveAppRoot(options.workspace, options.path ?? '.');
  const discovery = discover(root);
  const read = discovery.procfile ? readFileInside(root.workspace, path.join(root.workspace, discovery.procfile)) : null;
  const repository: RepositoryContext = {
    discovery,
    platform,
    procfileProblem: read && !read.ok ? read.problem : null,
    hasProcfile: read?.ok === true,
  };
  const findings = RULES.flatMap((rule) =>
    rule.scope === 'repository' ? toFindings(rule, rule.check(repository), discovery.procfile ?? '') : [],
  );
  if (!discovery.procfile || !read?.ok) return buildResult(null, platform, [], findings);
  const content = lintProcfile(read.bytes, { path: discovery.procfile, platform: platform.id });
  return buildResult(discovery.procfile, platform, content.processes, [...findings, ...content.findings]);
}

export interface LintProcfileOptions {
  /** Path reported in findings. Default `Procfile`. */
  path?: string;
  platform?: string;
}

/** Lints the content of a Procfile alone, without looking at the files around it. */
export function lintProcfile(bytes: Uint8Array, options: LintProcfileOptions = {}): LintResult {
  const platform = resolvePlatform(options.platform);
  const file = options.path ?? 'Procfile';
  const procfile = parseProcfile(bytes);
  const reading = platform.read(procfile.source);
  const context: ProcfileContext = { path: file, procfile, platform, reading, common: readForeman(procfile.source) };
  const processes = reading.processes.map(({ type, command, line }): Process => ({ type, command, line }));
  const findings = RULES.flatMap((rule) => (rule.scope === 'procfile' ? toFindings(rule, rule.check(context), file) : []));
  return buildResult(file, platform, processes, findings);
}

function resolvePlatform(id: string = DEFAULT_PLATFORM): PlatformProfile {
  const platform = findPlatform(id);
  if (!platform) {
    throw new UsageError(`Unknown platform '${id}'; use one of: ${PLATFORMS.map((p) => p.id).join(', ')}.`);
  }
  return platform;
}

function toFindings(rule: Rule, reports: Iterable<Report>, file: string): Finding[] {
  return Array.from(reports, (report) => ({
    rule: rule.meta.id,
    severity: report.severity ?? rule.meta.severity,
    message: report.message,
    file: report.file ?? file,
    ...(report.range ?? START_OF_FILE),
  }));
}

function buildResult(procfile: string | null, platform: PlatformProfile, processes: Process[], findings: Finding[]): LintResult {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity]++;
  return { procfile, platform: platform.id, processes, findings: findings.sort(byPosition), counts };
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
