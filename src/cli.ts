/** The command-line interface: the same engine and findings as the action, as text, JSON, SARIF, workflow commands or CI reports. */
import * as path from 'node:path';
import { parseCliArgs, STDIN, type CliOptions } from './cli/args.js';
import { FORMATTERS, type FormatContext, type FormatName } from './cli/formats.js';
import { writeOutput } from './cli/output.js';
import { appDirectoryOf, placeApp } from './cli/root.js';
import { FAIL_ON_VALUES, failingCount } from './engine/fail-on.js';
import { parseRuleSettings } from './engine/config.js';
import { LANGUAGES } from './engine/languages.js';
import { lint, lintProcfile } from './lint.js';
import { lintEach, mergeResults, platformsOf } from './each-platform.js';
import { UsageError, type LintResult } from './engine/types.js';
import { MAX_PROCFILE_BYTES, toPosix } from './engine/workspace.js';
import { VERSION } from './generated/version.js';
import { applySafeFixes, dryRunDiff } from './fixes/fix-command.js';
import { findPlatform, PLATFORMS } from './platforms/index.js';
import { RULE_IDS } from './rules/index.js';
import { jsonForLog, logLine } from './report/log.js';
import { formatPlanText } from './report/plan.js';
import { formatText } from './report/text.js';

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

const HELP = `Usage: procfile-lint [options] [dir | Procfile | -]

Checks the Procfile of the app in <dir> (default: the current directory). Given a file
(a Procfile, or any file of the app), its folder is the app; given -, the Procfile is read
from stdin.

Options:
  --format <format>        output format (default: text); repeatable, each with its own --output:
                           text        file:line:column: severity: message [rule]
                           json        the result object (docs/result.md)
                           sarif       SARIF 2.1.0, for code scanning (upload-sarif)
                           github      GitHub workflow commands that annotate the
                                       findings, as the action does
                           gitlab      GitLab Code Quality report
                           checkstyle  Checkstyle XML
                           junit       JUnit XML test report
  -o, --output <file>      write the --format just before it to <file> instead of stdout;
                           with every format in a file, stdout gets the text report
  --root <dir>             report paths relative to <dir> (default: the git top level
                           above the app, else the current directory)
  --stdin-filename <path>  with -, the path the Procfile on stdin is reported as
                           (default: Procfile)
  --fail-on <level>        exit 1 when a finding is at least this severe:
                           ${FAIL_ON_VALUES.join(', ')} (default: error)
  --platform <id>[,<id>]   platform(s) to check against: ${PLATFORMS.map((p) => p.id).join(', ')} (default: ${PLATFORMS[0]?.id});
                           several, comma-separated, give one plan and set of findings each
  --explain                with text output, first say what the platform will build and run
  --language <id>          the app's language instead of detecting it: auto, ${LANGUAGES.map((l) => l.id).join(', ')}
  --rule <id>=<setting>    turn a rule off or change its severity (off, error, warning, notice);
                           repeatable, and wins over .procfile-lint.yml
  --version                print the version
  --fix                    apply every safe fix in place, print what changed,
                           then report what is left (docs/result.md, "Fixes")
  --fix-dry-run            print the safe fixes as a unified diff; change nothing
  -h, --help               show this help

Exit status: 0 no finding at --fail-on, 1 findings at --fail-on, 2 usage or internal error.
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The bytes of standard input, read only for `-`. */
  stdin: () => AsyncIterable<Uint8Array>;
  cwd: string;
}

export async function runCli(args: string[], io: CliIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    // Both kinds quote what the user typed or the repository holds (a directory name, an option): escaped for a log.
    const message = logLine(error instanceof Error ? error.message : String(error));
    io.stderr(`procfile-lint: ${error instanceof UsageError ? '' : 'internal error: '}${message}\n`);
    if (!(error instanceof UsageError)) io.stderr('Please report it with the command you ran.\n');
    return EXIT.usage;
  }
}

async function run(args: string[], io: CliIo): Promise<number> {
  const options = parseCliArgs(args);
  if (options.help) {
    io.stdout(HELP);
    return EXIT.clean;
  }
  if (options.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT.clean;
  }
  if ((options.fix || options.fixDryRun) && options.target === STDIN)
    throw new UsageError('--fix and --fix-dry-run change files: they do not take a Procfile on stdin.');
  const { results, root, appPath, done } = options.target === STDIN ? await lintStdin(options, io) : await lintTarget(options, io);
  const failing = results.some((result) => failingCount(result, options.failOn) > 0);
  if (done) return failing ? EXIT.findings : EXIT.clean;
  const context: FormatContext = { failOn: options.failOn, appPath, explain: options.explain };
  for (const output of options.outputs) {
    const report = formatResults(output.format, results, context);
    if (output.file === null) io.stdout(report);
    else writeOutput(io.cwd, root, output.file, report);
  }
  return failing ? EXIT.findings : EXIT.clean;
}

interface Linted {
  /** One result per platform of `--platform`, in its order. */
  results: LintResult[];
  root: string;
  appPath: string;
  /** The output is already written (`--fix-dry-run` prints its diff instead of a report). */
  done?: boolean;
}

async function lintTarget(options: CliOptions, io: CliIo): Promise<Linted> {
  const { root, appPath } = placeApp(io.cwd, appDirectoryOf(io.cwd, options.target), options.root);
  const rules = parseRuleSettings(options.rules.join('\n'), RULE_IDS, '--rule');
  const platforms = platformsOf(options.platform);
  if (!options.fix && !options.fixDryRun) {
    const results = await lintEach({ workspace: root, path: appPath, platform: options.platform, language: options.language, rules });
    return { results, root, appPath };
  }
  if (platforms.length > 1)
    throw new UsageError('--fix and --fix-dry-run take one --platform: fixes for one platform may be wrong on another.');
  const lintOnce = (procfileContent?: Uint8Array) =>
    lint({
      workspace: root,
      path: appPath,
      platform: platforms[0],
      language: options.language,
      rules,
      procfileContent,
      findingLimit: Infinity,
    });
  if (options.fixDryRun) {
    const { diff, result } = await dryRunDiff(lintOnce, root);
    io.stdout(diff);
    return { results: [result], root, appPath, done: true };
  }
  const fixed = await applySafeFixes(lintOnce, root);
  // Text on stdout reads top to bottom; machine formats keep stdout for the result alone.
  const textOnStdout = options.outputs.some((output) => output.file === null && output.format === 'text');
  (textOnStdout ? io.stdout : io.stderr)(fixed.changes.map((change) => `fixed ${logLine(change)}\n`).join(''));
  return { results: [fixed.result], root, appPath };
}

/**
 * A Procfile on stdin (an editor's unsaved buffer, a file from another branch), reported at `--stdin-filename`.
 * Only its content is linted: the rules that read the app's other files stay quiet.
 */
async function lintStdin(options: CliOptions, io: CliIo): Promise<Linted> {
  const file = options.stdinFilename ?? 'Procfile';
  const { root, appPath } = placeApp(io.cwd, path.dirname(file), options.root);
  const bytes = await readStdin(io);
  const rules = parseRuleSettings(options.rules.join('\n'), RULE_IDS, '--rule');
  const reported = toPosix(path.join(appPath, path.basename(file)));
  const results = platformsOf(options.platform).map((platform) =>
    lintProcfile(bytes, { path: reported, platform, language: options.language, rules }),
  );
  return { results, root, appPath };
}

async function readStdin(io: CliIo): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of io.stdin()) {
    chunks.push(chunk);
    length += chunk.length;
    if (length > MAX_PROCFILE_BYTES)
      throw new UsageError(`the Procfile on stdin is over ${MAX_PROCFILE_BYTES} bytes; real ones are a few hundred.`);
  }
  return Buffer.concat(chunks);
}

const nameOf = (id: string) => findPlatform(id)?.name ?? id;

/**
 * The report of one run over one or more platforms. One platform: the result as documented. Several: JSON as
 * `{ "platforms": [...] }`, text per platform under its name, every other format one merged result.
 */
export function formatResults(format: FormatName, results: readonly LintResult[], context: FormatContext): string {
  const text = (result: LintResult) =>
    (context.explain && result.plan ? formatPlanText(result.plan, nameOf(result.platform), result.runtime) : '') + formatText(result);
  const [first] = results;
  if (!first) throw new Error('formatResults needs at least one result');
  if (results.length === 1) return format === 'text' ? text(first) : FORMATTERS[format](first, context);
  if (format === 'json') return jsonForLog({ platforms: results });
  if (format === 'text') return results.map((result) => `${nameOf(result.platform)}:\n${text(result)}`).join('\n');
  return FORMATTERS[format](mergeResults(results, nameOf), context);
}
