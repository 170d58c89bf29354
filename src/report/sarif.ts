/**
 * SARIF 2.1.0, the format GitHub code scanning reads (`github/codeql-action/upload-sarif`): every rule with its
 * description, docs page and default level on the platform checked, and every finding as a result located relative
 * to the repository root.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { printable } from '../engine/quote.js';
import type { Finding, LintResult, Severity } from '../engine/types.js';
import type { PlatformId } from '../platforms/index.js';
import type { RuleMeta } from '../rules/rule.js';
import { REPOSITORY_URL, ruleDocsUrl } from './docs.js';
import { jsonForLog } from './log.js';

export const SARIF_SCHEMA_URL = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const satisfies Record<Severity, Result.level>;

/** The URI base that code scanning resolves to the repository's checkout. */
export const SOURCE_ROOT = '%SRCROOT%';

export function toSarif(result: LintResult, rules: readonly RuleMeta[]): Log {
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  return {
    $schema: SARIF_SCHEMA_URL,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'procfile-lint', informationUri: REPOSITORY_URL, rules: rules.map((rule) => descriptor(rule, result.platform)) } },
        // Our columns count code points, not UTF-16 code units (the SARIF default).
        columnKind: 'unicodeCodePoints',
        results: result.findings.map((finding) => sarifResult(finding, index.get(finding.rule))),
      },
    ],
  };
}

export function formatSarif(result: LintResult, rules: readonly RuleMeta[]): string {
  return jsonForLog(toSarif(result, rules));
}

/** A rule with its default level on the platform checked; a rule the platform does not run is disabled. */
function descriptor(rule: RuleMeta, platform: string): ReportingDescriptor {
  const severity = rule.severity[platform as PlatformId];
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: severity ? { level: LEVEL[severity] } : { enabled: false },
    properties: { tags: [...rule.tags] },
  };
}

function sarifResult(finding: Finding, ruleIndex: number | undefined): Result {
  return {
    ruleId: finding.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[finding.severity],
    message: { text: printable(finding.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(finding.file), uriBaseId: SOURCE_ROOT },
          // Our endColumn is already exclusive, as SARIF's is.
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
      },
    ],
  };
}

/** A `/`-separated relative path as a relative URI reference: each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
