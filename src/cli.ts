/** The command-line interface: the same engine and findings as the action, as text, JSON, SARIF, workflow commands or CI reports. */
import * as path from 'node:path';
import { parseCliArgs, STDIN, type CliOptions } from './cli/args.js';
import { FORMATTERS, type FormatContext, type FormatName } from './cli/formats.js';
import { writeOutput } from './cli/output.js';
import { appDirectoryOf, placeApp } from './cli/root.js';
import { FAIL_ON_VALUES, failingCount } from './engine/fail-on.js';
import { parseRuleSettings, type RuleSettings } from './engine/config.js';
import { LANGUAGES } from './engine/languages.js';
import { lint, lintProcfile } from './lint.js';
import { lintEach, mergeResults, platformsOf } from './each-platform.js';
import { combineApps, lintApps, platformName, type AppRun } from './each-app.js';
import { selectApps } from './engine/app-paths.js';
import { isGlob } from './engine/glob.js';
import { UsageError, type LintResult } from './engine/types.js';
import { MAX_PROCFILE_BYTES, toPosix } from './engine/workspace.js';
import { VERSION } from './generated/version.js';
import { applySafeFixes, dryRunDiff } from './fixes/fix-command.js';
import { PLATFORMS } from './platforms/index.js';
import { RULE_IDS, RULES } from './rules/index.js';
import { formatSarifRuns } from './report/sarif.js';
import { jsonForLog, logLine } from './report/log.js';
import { formatPlanText } from './report/plan.js';
import { formatText } from './report/text.js';

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

const HELP = `Usage: procfile-lint [options] [dir | Procfile | glob]... | -

Checks the Procfile of the app in <dir> (default: the current directory). Given a file
(a Procfile, or any file of the app), its folder is the app; given -, the Procfile is read
from stdin. Several directories, or a quoted glob of them ('apps/*', 'services/**';
* ? and ** only, relative to the current directory), lint one app each.

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
  --apps <mode>            listed (default): each directory or glob is an app; auto: every
                           folder at or below them that holds a Procfile is one (at most 20)
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
  if ((options.fix || options.fixDryRun) && options.targets[0] === STDIN)
    throw new UsageError('--fix and --fix-dry-run change files: they do not take a Procfile on stdin.');
  const single = options.targets.length === 1 && !isGlob(options.targets[0] as string) && !options.autoApps;
  const linted =
    options.targets[0] === STDIN ? await lintStdin(options, io) : single ? await lintTarget(options, io) : await lintTargets(options, io);
  const { apps, root, done } = linted;
  const failing = apps.some((app) => failingCount(app.result, options.failOn) > 0);
  if (done) return failing ? EXIT.findings : EXIT.clean;
  for (const output of options.outputs) {
    const report = linted.single
      ? formatResults(output.format, apps[0]?.results ?? [], {
          failOn: options.failOn,
          appPath: apps[0]?.path ?? '.',
          explain: options.explain,
        })
      : formatApps(output.format, apps, { failOn: options.failOn, explain: options.explain });
    if (output.file === null) io.stdout(report);
    else writeOutput(io.cwd, root, output.file, report);
  }
  return failing ? EXIT.findings : EXIT.clean;
}

interface Linted {
  /** One entry per app, each with one result per platform of `--platform`, in its order. */
  apps: AppRun[];
  /** One app, named as before several could be: its reports keep their single-app shape. */
  single: boolean;
  root: string;
  /** The output is already written (`--fix-dry-run` prints its diff instead of a report). */
  done?: boolean;
}

const oneApp = (appPath: string, results: LintResult[]): AppRun[] => [
  { path: appPath, results, result: mergeResults(results, platformName) },
];

async function lintTarget(options: CliOptions, io: CliIo): Promise<Linted> {
  const { root, appPath } = placeApp(io.cwd, appDirectoryOf(io.cwd, options.targets[0] as string), options.root);
  const rules = parseRuleSettings(options.rules.join('\n'), RULE_IDS, '--rule');
  if (options.fix || options.fixDryRun) return fixApps(options, io, root, [appPath], rules);
  const results = await lintEach({ workspace: root, path: appPath, platform: options.platform, language: options.language, rules });
  return { apps: oneApp(appPath, results), single: true, root };
}

/**
 * `--fix` and `--fix-dry-run`, one app after the other: each app's fixes are planned from its own lint run (and
 * applied before the next app is linted), its diff or its "fixed" lines printed in turn, then the apps are reported
 * as a lint of the fixed files.
 */
async function fixApps(options: CliOptions, io: CliIo, root: string, appPaths: string[], rules: RuleSettings): Promise<Linted> {
  const platforms = platformsOf(options.platform);
  if (platforms.length > 1)
    throw new UsageError('--fix and --fix-dry-run take one --platform: fixes for one platform may be wrong on another.');
  const single = appPaths.length === 1;
  const apps: AppRun[] = [];
  // Text on stdout reads top to bottom; machine formats keep stdout for the result alone.
  const textOnStdout = options.outputs.some((output) => output.file === null && output.format === 'text');
  for (const appPath of appPaths) {
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
      apps.push(...oneApp(appPath, [result]));
    } else {
      const fixed = await applySafeFixes(lintOnce, root);
      (textOnStdout ? io.stdout : io.stderr)(fixed.changes.map((change) => `fixed ${logLine(change)}\n`).join(''));
      apps.push(...oneApp(appPath, [fixed.result]));
    }
  }
  return { apps, single, root, done: options.fixDryRun };
}

/**
 * Several directories, or globs of them (`'apps/*'`, expanded from the current folder): one lint run per app, all
 * reported from one root.
 */
async function lintTargets(options: CliOptions, io: CliIo): Promise<Linted> {
  const request = {
    paths: options.targets.map((target) => (isGlob(target) ? target : appDirectoryOf(io.cwd, target))),
    auto: options.autoApps,
    source: 'The command line',
  };
  const selection = selectApps(io.cwd, request);
  for (const note of selection.notes) io.stderr(`procfile-lint: ${logLine(note)}\n`);
  const placed = selection.paths.map((folder) => placeApp(io.cwd, folder, options.root));
  const root = placed[0]?.root ?? io.cwd;
  const elsewhere = placed.find((place) => place.root !== root);
  if (elsewhere) throw new UsageError(`The apps are in different repositories; give a --root that holds them all.`);
  const rules = parseRuleSettings(options.rules.join('\n'), RULE_IDS, '--rule');
  const appPaths = placed.map((place) => place.appPath);
  if (options.fix || options.fixDryRun) return fixApps(options, io, root, appPaths, rules);
  const { apps } = await lintApps(
    { workspace: root, platform: options.platform, language: options.language, rules },
    { ...request, paths: appPaths, auto: false }, // the apps are found already
  );
  return { apps, single: false, root };
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
  return { apps: oneApp(appPath, results), single: true, root };
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

/**
 * The report of one run over one or more platforms. One platform: the result as documented. Several: JSON as
 * `{ "platforms": [...] }`, text per platform under its name, every other format one merged result.
 */
export function formatResults(format: FormatName, results: readonly LintResult[], context: FormatContext): string {
  const text = (result: LintResult) =>
    (context.explain && result.plan ? formatPlanText(result.plan, platformName(result.platform), result.runtime) : '') + formatText(result);
  const [first] = results;
  if (!first) throw new Error('formatResults needs at least one result');
  if (results.length === 1) return format === 'text' ? text(first) : FORMATTERS[format](first, context);
  if (format === 'json') return jsonForLog({ platforms: results });
  if (format === 'text') return results.map((result) => `${platformName(result.platform)}:\n${text(result)}`).join('\n');
  return FORMATTERS[format](mergeResults(results, platformName), context);
}

/**
 * The report of a run over several apps. JSON: `{ "apps": [{ "path", "result" }] }` (`"platforms"` instead of
 * `"result"` with several platforms); SARIF: one run per app; text: each app's report in turn; every other format one
 * result with every app's findings.
 */
export function formatApps(format: FormatName, apps: readonly AppRun[], context: Omit<FormatContext, 'appPath'>): string {
  const each = (app: AppRun) => formatResults(format, app.results, { ...context, appPath: app.path });
  if (format === 'text') return apps.map(each).join('\n');
  if (format === 'json')
    return jsonForLog({
      apps: apps.map((app) => ({ path: app.path, ...(app.results.length === 1 ? { result: app.result } : { platforms: app.results }) })),
    });
  if (format === 'sarif')
    return formatSarifRuns(
      apps.map((app) => ({ result: app.result, appPath: app.path })),
      RULES.map((rule) => rule.meta),
    );
  return FORMATTERS[format](combineApps(apps), { ...context, appPath: '.' });
}
