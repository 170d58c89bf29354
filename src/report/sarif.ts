/**
 * SARIF 2.1.0, the format GitHub code scanning reads (`github/codeql-action/upload-sarif`): every rule with its
 * description, docs page and default level on the platform checked, and every finding as a result located relative
 * to the repository root.
 */
import type { Fix, Log, ReportingDescriptor, Result, Run } from 'sarif';
import { printable } from '../engine/quote.js';
import type { EditFix, Finding, LintResult, Range, Severity } from '../engine/types.js';
import { RULE_HELP } from '../generated/rule-help.js';
import { VERSION } from '../generated/version.js';
import type { PlatformId } from '../platforms/index.js';
import type { RuleMeta } from '../rules/rule.js';
import { REPOSITORY_URL, ruleDocsUrl } from './docs.js';
import { fingerprintsOf } from './fingerprint.js';
import { jsonForLog } from './log.js';

export const SARIF_SCHEMA_URL = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const satisfies Record<Severity, Result.level>;

/** The URI base that code scanning resolves to the repository's checkout. */
export const SOURCE_ROOT = '%SRCROOT%';

export interface SarifOptions {
  /** The app root relative to the repository root (`.` for the root): it names the run (`automationDetails.id`). */
  appPath?: string;
}

/** The key of our own fingerprint in `partialFingerprints`; the version suffix changes if its recipe ever does. */
export const FINGERPRINT_KEY = 'procfileLintFinding/v1';

export function toSarif(result: LintResult, rules: readonly RuleMeta[], options: SarifOptions = {}): Log {
  return toSarifRuns([{ result, appPath: options.appPath ?? '.' }], rules);
}

/** One app's findings, with the app root it was linted at. */
export interface SarifApp {
  result: LintResult;
  appPath: string;
}

/** One run per app, each with its own `automationDetails.id`, so that code scanning keeps each app's alerts apart. */
export function toSarifRuns(apps: readonly SarifApp[], rules: readonly RuleMeta[]): Log {
  return { $schema: SARIF_SCHEMA_URL, version: '2.1.0', runs: apps.map((app) => sarifRun(app, rules)) };
}

export function formatSarifRuns(apps: readonly SarifApp[], rules: readonly RuleMeta[]): string {
  return jsonForLog(toSarifRuns(apps, rules));
}

function sarifRun({ result, appPath }: SarifApp, rules: readonly RuleMeta[]): Run {
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  const fingerprints = fingerprintsOf(result.findings);
  return {
    tool: {
      driver: {
        name: 'procfile-lint',
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: REPOSITORY_URL,
        rules: rules.map((rule) => descriptor(rule, result.platform)),
      },
    },
    automationDetails: { id: automationId(appPath) },
    // Our columns count code points, not UTF-16 code units (the SARIF default).
    columnKind: 'unicodeCodePoints',
    results: result.findings.map((finding, position) => sarifResult(finding, index.get(finding.rule), fingerprints[position] as string)),
  };
}

export function formatSarif(result: LintResult, rules: readonly RuleMeta[], options: SarifOptions = {}): string {
  return jsonForLog(toSarif(result, rules, options));
}

/**
 * `procfile-lint/<app path>/`: code scanning takes what comes before the last `/` as the analysis' category, so the
 * runs of two apps of one repository do not close each other's alerts.
 */
export function automationId(appPath: string): string {
  // Leading `./`s, then trailing slashes, cut by a scan: `/\/+$/` restarts at every slash of a run not at the end.
  let app = appPath.replace(/\\/g, '/');
  let start = 0;
  while (app.startsWith('./', start)) start += 2;
  let end = app.length;
  while (end > start && app[end - 1] === '/') end--;
  app = app.slice(start, end);
  return app === '' || app === '.' ? 'procfile-lint/' : `procfile-lint/${app}/`;
}

/** A rule with its default level on the platform checked; a rule the platform does not run is disabled. */
function descriptor(rule: RuleMeta, platform: string): ReportingDescriptor {
  const severity = rule.severity[platform as PlatformId];
  const help = RULE_HELP[rule.id];
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: help?.fullDescription || rule.description },
    help: { text: help?.markdown ?? rule.description, markdown: help?.markdown ?? rule.description },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: severity ? { level: LEVEL[severity] } : { enabled: false },
    properties: { tags: [...rule.tags] },
  };
}

function sarifResult(finding: Finding, ruleIndex: number | undefined, fingerprint: string): Result {
  return {
    ruleId: finding.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[finding.severity],
    message: { text: printable(finding.message) },
    locations: [{ physicalLocation: { artifactLocation: artifact(finding.file), region: region(finding) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(finding.fix && 'edits' in finding.fix && !finding.fix.create ? { fixes: [sarifFix(finding.fix)] } : {}),
  };
}

function artifact(file: string) {
  return { uri: relativeUri(file), uriBaseId: SOURCE_ROOT };
}

/** Our endColumn is already exclusive, as SARIF's is. */
function region(range: Range) {
  return { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn };
}

/** An edit fix as a SARIF fix; its regions are the edits' bytes, which also reach a BOM or the `\r` of a CRLF. */
function sarifFix(fix: EditFix): Fix {
  return {
    description: { text: printable(fix.description) },
    artifactChanges: [
      {
        artifactLocation: artifact(fix.file),
        replacements: fix.edits.map((edit) => ({
          deletedRegion: { byteOffset: edit.byteOffset, byteLength: edit.byteLength },
          insertedContent: { text: edit.text },
        })),
      },
    ],
  };
}

/** A `/`-separated relative path as a relative URI reference: each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
