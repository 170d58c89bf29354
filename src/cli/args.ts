/**
 * The CLI's command line, parsed and checked in one place. `--format` and `--output` pair up in order: each
 * `--output FILE` writes the format of the `--format` just before it; a `--format` without one goes to stdout; with
 * no `--format` for stdout, stdout gets the text report.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { parseFailOn, type FailOn } from '../engine/fail-on.js';
import { UsageError } from '../engine/types.js';
import { FORMATS, isFormat, type FormatName } from './formats.js';

/** Where a report goes: a file (as given on the command line), or `null` for stdout. */
export interface OutputTarget {
  format: FormatName;
  file: string | null;
}

export interface CliOptions {
  help: boolean;
  version: boolean;
  /** Apply every safe fix in place before reporting. */
  fix: boolean;
  /** Print the safe fixes as a unified diff, changing nothing. */
  fixDryRun: boolean;
  outputs: OutputTarget[];
  failOn: FailOn;
  platform: string | undefined;
  language: string | undefined;
  rules: string[];
  /** `--explain`: the text report starts with what the platform will build and run. */
  explain: boolean;
  /** `--root`: the folder paths are reported relative to; undefined for the default (the git top level). */
  root: string | undefined;
  /** The apps to lint: directories, files in them (their Procfiles), globs of directories (`apps/*`), or `-` alone for a Procfile on stdin. */
  targets: string[];
  /** With `-`: the path the Procfile on stdin is reported as. */
  stdinFilename: string | undefined;
  /** `--apps auto`: every folder at or below the targets that holds a Procfile is an app, as the action's `apps` input. */
  autoApps: boolean;
}

export const STDIN = '-';

const OPTIONS = {
  format: { type: 'string', multiple: true },
  output: { type: 'string', short: 'o', multiple: true },
  'fail-on': { type: 'string' },
  platform: { type: 'string' },
  language: { type: 'string' },
  rule: { type: 'string', multiple: true },
  explain: { type: 'boolean' },
  root: { type: 'string' },
  'stdin-filename': { type: 'string' },
  apps: { type: 'string' },
  version: { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCliArgs(args: string[]): CliOptions {
  const { values, positionals, tokens } = parseTokens(args);
  const targets = positionals.length > 0 ? positionals : ['.'];
  if (targets.length > 1 && targets.includes(STDIN)) throw new UsageError(`'-' (a Procfile on stdin) goes alone, without directories.`);
  const stdinFilename = values['stdin-filename'];
  if (stdinFilename !== undefined && targets[0] !== STDIN) throw new UsageError(`--stdin-filename goes with '-' (the Procfile on stdin).`);
  const apps = values.apps ?? 'listed';
  if (apps !== 'listed' && apps !== 'auto') throw new UsageError(`--apps must be listed or auto; got '${apps}'.`);
  if (apps === 'auto' && targets.includes(STDIN)) throw new UsageError(`--apps auto looks for Procfiles in folders, not on stdin ('-').`);
  return {
    help: values.help === true,
    version: values.version === true,
    fix: values.fix === true,
    fixDryRun: values['fix-dry-run'] === true,
    outputs: pairOutputs(tokens),
    failOn: parseFailOn(values['fail-on'] ?? 'error', '--fail-on'),
    platform: values.platform,
    language: values.language,
    rules: values.rule ?? [],
    explain: values.explain === true,
    root: values.root,
    targets,
    stdinFilename,
    autoApps: apps === 'auto',
  };
}

function parseTokens(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, tokens: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nRun procfile-lint --help for usage.`);
  }
}

type Token = ReturnType<typeof parseTokens>['tokens'][number];

/** The `--format`/`--output` pairs, in the order given; checked so that no two reports land in one place. */
function pairOutputs(tokens: readonly Token[]): OutputTarget[] {
  const outputs: OutputTarget[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (token.name === 'format') outputs.push({ format: checkedFormat(token.value), file: null });
    if (token.name === 'output') {
      const last = outputs.at(-1);
      if (!last || last.file !== null) {
        throw new UsageError(
          `--output ${token.value} must follow the --format it writes, as in: --format sarif --output procfile-lint.sarif.`,
        );
      }
      last.file = token.value === STDIN ? null : token.value;
    }
  }
  const toStdout = outputs.filter((output) => output.file === null);
  if (toStdout.length > 1) {
    throw new UsageError(
      `only one --format can go to stdout; got ${toStdout.map((output) => output.format).join(', ')}. Give the others an --output FILE.`,
    );
  }
  const files = outputs.flatMap((output) => (output.file === null ? [] : [output.file]));
  const normalized = files.map((file) => path.normalize(file));
  const repeated = files.find((_, index) => normalized.indexOf(normalized[index] as string) !== index);
  if (repeated !== undefined) throw new UsageError(`--output ${repeated} is given twice; give each format its own file.`);
  return toStdout.length === 0 ? [...outputs, { format: 'text', file: null }] : outputs;
}

function checkedFormat(format: string): FormatName {
  if (!isFormat(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${format}'.`);
  return format;
}
