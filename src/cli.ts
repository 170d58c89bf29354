/** The command-line interface: the same engine and findings as the action, as text, JSON, SARIF or workflow commands. */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { FAIL_ON_VALUES, failingCount, parseFailOn } from './engine/fail-on.js';
import { parseRuleSettings } from './engine/config.js';
import { LANGUAGES } from './engine/languages.js';
import { lintEach, mergeResults } from './each-platform.js';
import { UsageError, type LintResult } from './engine/types.js';
import { isInside } from './engine/workspace.js';
import { findPlatform, PLATFORMS } from './platforms/index.js';
import { RULE_IDS, RULES } from './rules/index.js';
import { formatGithub } from './report/github.js';
import { formatJson, formatJsonObject } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { formatText } from './report/text.js';
import { formatPlanText } from './report/plan.js';

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

const FORMATTERS = {
  text: formatText,
  json: formatJson,
  sarif: (result) => formatSarif(result, RULES.map((rule) => rule.meta)),
  github: formatGithub,
} satisfies Record<string, (result: LintResult) => string>;

const FORMATS = Object.keys(FORMATTERS) as (keyof typeof FORMATTERS)[];

const HELP = `Usage: procfile-lint [options] [dir]

Checks the Procfile of the app in <dir> (default: the current directory).

Options:
  --format <format>        output format (default: text):
                           text    file:line:column: severity: message [rule]
                           json    the result object (docs/result.md)
                           sarif   SARIF 2.1.0, for code scanning (upload-sarif)
                           github  GitHub workflow commands that annotate the
                                   findings, as the action does
  --fail-on <level>        exit 1 when a finding is at least this severe:
                           ${FAIL_ON_VALUES.join(', ')} (default: error)
  --platform <id>[,<id>]   platform(s) to check against: ${PLATFORMS.map((p) => p.id).join(', ')} (default: ${PLATFORMS[0]?.id});
                           several, comma-separated, give one plan and set of findings each
  --explain                with text output, first say what the platform will build and run
  --language <id>          the app's language instead of detecting it: auto, ${LANGUAGES.map((l) => l.id).join(', ')}
  --rule <id>=<setting>    turn a rule off or change its severity (off, error, warning, notice);
                           repeatable, and wins over .procfile-lint.yml
  -h, --help               show this help

Exit status: 0 no finding at --fail-on, 1 findings at --fail-on, 2 usage or internal error.
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export async function runCli(args: string[], io: CliIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`procfile-lint: ${error instanceof UsageError ? '' : 'internal error: '}${message}\n`);
    if (!(error instanceof UsageError)) io.stderr('Please report it with the command you ran.\n');
    return EXIT.usage;
  }
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args);
  if (values.help) {
    io.stdout(HELP);
    return EXIT.clean;
  }
  const format = values.format ?? 'text';
  if (!isFormat(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${format}'.`);
  const failOn = parseFailOn(values['fail-on'] ?? 'error', '--fail-on');
  if (positionals.length > 1) throw new UsageError(`expected at most one directory, got ${positionals.length}.`);
  const target = path.resolve(io.cwd, positionals[0] ?? '.');
  // Paths in the output are relative to the current directory when the app is inside it, as the user typed them.
  const workspace = isInside(io.cwd, target) ? io.cwd : target;
  const rules = parseRuleSettings((values.rule ?? []).join('\n'), RULE_IDS, '--rule');
  const appPath = path.relative(workspace, target) || '.';
  const results = await lintEach({ workspace, path: appPath, platform: values.platform, language: values.language, rules });
  io.stdout(formatAll(format, results, values.explain === true));
  return results.some((result) => failingCount(result, failOn) > 0) ? EXIT.findings : EXIT.clean;
}

const nameOf = (id: string) => findPlatform(id)?.name ?? id;

/** One platform: the result as documented. Several: JSON as `{ "platforms": [...] }`, text per platform, the rest merged. */
function formatAll(format: keyof typeof FORMATTERS, results: LintResult[], explain: boolean): string {
  const text = (result: LintResult) => (explain && result.plan ? formatPlanText(result.plan, nameOf(result.platform)) : '') + formatText(result);
  if (results.length === 1) return format === 'text' ? text(results[0] as LintResult) : FORMATTERS[format](results[0] as LintResult);
  if (format === 'json') return formatJsonObject({ platforms: results });
  if (format === 'text') return results.map((result) => `${nameOf(result.platform)}:\n${text(result)}`).join('\n');
  return FORMATTERS[format](mergeResults(results, nameOf));
}

function isFormat(format: string): format is keyof typeof FORMATTERS {
  return Object.hasOwn(FORMATTERS, format);
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        platform: { type: 'string' },
        language: { type: 'string' },
        rule: { type: 'string', multiple: true },
        explain: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nRun procfile-lint --help for usage.`);
  }
}
