/**
 * What a rule module needs: the contract with the runner (src/runner/rule.ts) and helpers to place reports. See
 * CONTRIBUTING.md, "Add a rule".
 */
import type { AppFiles } from '../engine/app-files.js';
import type { Discovery } from '../engine/discover.js';
import type { ParsedProcfile, ProcessLine, Token } from '../engine/parse.js';
import { columnAt, type SourceLine } from '../engine/source.js';
import type { Range, Severity } from '../engine/types.js';
import type { OtherBuilder } from '../platforms/profile.js';
import type { WebServer } from '../runner/facts.js';
import type { Report, RepositoryContext, SeverityByPlatform } from '../runner/rule.js';

export type {
  ProcfileContext,
  ProcfileRule,
  Report,
  RepositoryContext,
  RepositoryRule,
  Rule,
  RuleMeta,
  RuleTag,
  SeverityByPlatform,
} from '../runner/rule.js';
export { START_OF_FILE } from '../runner/rule.js';

export function everywhere(severity: Severity): SeverityByPlatform {
  return { codecapsules: severity, heroku: severity, 'heroku-fir': severity, dokku: severity };
}

/** `file` at the app root, as a path from the top of the repository (where findings' files are). */
export function inAppRoot(discovery: Discovery, file: string): string {
  return discovery.root.relative === '' ? file : `${discovery.root.relative}/${file}`;
}

/**
 * The reports of a rule whose verdict rests on the buildpack build (what the buildpacks install, build, refuse or
 * run), as the platform's `otherBuilders` make them: none when a file at the app root makes the platform build the
 * app otherwise (that builder decides, and `reports` is not even read); each as it is when nothing does; and where a
 * setting the repository does not show would build it otherwise, each as a warning that names the setting (a notice
 * stays a notice, so a rule whose default on a platform is a notice must not rely on it).
 */
export function* buildpackFindings(context: RepositoryContext, reports: Iterable<Report>): Generator<Report> {
  const other = otherBuilder(context);
  if (other === 'certain') return;
  if (!other) return yield* reports;
  for (const report of reports)
    yield {
      ...report,
      severity: report.severity === 'notice' ? 'notice' : 'warning',
      message: `${report.message} (Unless ${other.setting}: then ${other.instead} instead.)`,
    };
}

/** The builder other than the buildpacks the app's root files bring in: for certain, one a setting picks, or none. */
function otherBuilder({ platform, files }: RepositoryContext): 'certain' | { setting: string; instead: string } | null {
  let bySetting: { setting: string; instead: string } | null = null;
  for (const builder of platform.otherBuilders) {
    if (!builder.files.some((file) => files.exists(file)) || buildpacksAsked(builder, files)) continue;
    if (builder.setting === null) return 'certain';
    bySetting ??= { setting: builder.setting, instead: builder.instead };
  }
  return bySetting;
}

/** A file of the app asks for the buildpacks anyway (Dokku's `.buildpacks`, or BUILDPACK_URL anywhere in `.env`). */
function buildpacksAsked({ unless }: OtherBuilder, files: AppFiles): boolean {
  if (unless.files.some((file) => files.exists(file))) return true;
  return unless.dotenv !== null && (files.readText('.env') ?? '').includes(unless.dotenv);
}

/** The range of `token` on `line`, or of the line's whole content. */
export function rangeOf(line: SourceLine, token?: Token): Range {
  if (token) return { line: line.number, column: token.column, endLine: line.number, endColumn: token.endColumn };
  return { line: line.number, column: 1, endLine: line.number, endColumn: columnAt(line.text, line.text.length) };
}

/** The range of UTF-16 offsets [start, end) within the command of `line`, kept inside the command. */
export function commandRange(line: ProcessLine, start: number, end: number): Range {
  const length = line.command.text.length;
  const from = Math.max(0, Math.min(start, length - 1));
  const to = Math.max(from + 1, Math.min(end, length));
  return {
    line: line.number,
    column: columnAt(line.text, line.command.index + from),
    endLine: line.number,
    endColumn: columnAt(line.text, line.command.index + to),
  };
}

/** Every process line as written, whatever the platform makes of it (`context.facts.processLines()` gives those it reads). */
export function processLines(procfile: ParsedProcfile): readonly ProcessLine[] {
  let lines = processLinesOf.get(procfile);
  if (!lines) processLinesOf.set(procfile, (lines = procfile.lines.filter((line): line is ProcessLine => line.kind === 'process')));
  return lines;
}

/** Computed once per file: most rules walk the process lines, and a file may hold 100 000. */
const processLinesOf = new WeakMap<ParsedProcfile, readonly ProcessLine[]>();

/** Where [start, end) of the web server's command is: in the script it is written in, or on its Procfile line. */
export function serverSpot(server: WebServer, start: number, end: number): { file?: string; range: Range } {
  return server.inScript(start, end) ?? { range: commandRange(server.line, start, end) };
}
