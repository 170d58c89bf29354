/** The action's inputs, read and validated in one place: a bad value is an error naming the input. */
import { parseRuleSettings, type RuleSettings } from '../engine/config.js';
import { parseFailOn, type FailOn } from '../engine/fail-on.js';
import { LANGUAGES } from '../engine/languages.js';
import { RULE_IDS } from '../rules/index.js';
import { UsageError } from '../engine/types.js';
import { FAIL_SCOPES, type FailScope } from './fail-scope.js';
import { PLATFORMS, platformList } from '../platforms/index.js';

export const APP_MODES = ['listed', 'auto'] as const;

export interface ActionInputs {
  /** The lines of `path`: app folders and globs (`apps/*`), relative to the workspace. */
  paths: string[];
  /** `auto`: every folder at or below `paths` that holds a Procfile is an app; `listed`: the folders `paths` name. */
  apps: (typeof APP_MODES)[number];
  platform: string;
  language: string;
  rules: RuleSettings;
  failOn: FailOn;
  /** `changed`: on a pull request, only findings about the files it changes fail the step. */
  failScope: FailScope;
  annotations: boolean;
  summary: boolean;
  /** Create a `Procfile` check run carrying every finding (needs `checks: write`). */
  checkRun: boolean;
  /** Suggest each fix as a GitHub suggested change in a pull-request review (needs `pull-requests: write`). */
  suggestions: boolean;
  /** Token for the check run and the pull request's changed files; empty when none. */
  githubToken: string;
  /** Where to write SARIF, relative to the workspace; empty for none. */
  sarifFile: string;
}

/** Reads an input as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper-cased. */
export type InputReader = (name: string) => string;

export function readInputs(read: InputReader): ActionInputs {
  return {
    paths: pathLines(read('path')),
    apps: oneOf(read, 'apps', APP_MODES, 'listed') as ActionInputs['apps'],
    platform: platformInput(read),
    language: oneOf(read, 'language', ['auto', ...LANGUAGES.map((language) => language.id)], 'auto'),
    rules: parseRuleSettings(read('rules'), RULE_IDS, "Input 'rules'"),
    failOn: parseFailOn(read('fail-on') || 'error', "Input 'fail-on'"),
    failScope: oneOf(read, 'fail-scope', FAIL_SCOPES, 'all') as FailScope,
    annotations: booleanInput(read, 'annotations', true),
    summary: booleanInput(read, 'summary', true),
    checkRun: booleanInput(read, 'check-run', false),
    suggestions: booleanInput(read, 'suggestions', false),
    githubToken: read('github-token').trim(),
    sarifFile: read('sarif-file').trim(),
  };
}

/** One folder or glob per line; blank lines are left out, and none at all is the repository root. */
function pathLines(value: string): string[] {
  const lines = value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length > 0 ? lines : ['.'];
}

/** One platform id or several separated by commas (`codecapsules,heroku`). */
function platformInput(read: InputReader): string {
  const { ids, unknown } = platformList(read('platform').toLowerCase());
  if (unknown)
    throw new UsageError(
      `Input 'platform' must be one or more of ${PLATFORMS.map((p) => p.id).join(', ')}, separated by commas; got '${read('platform').trim()}'.`,
    );
  return ids.join(',');
}

export function oneOf(read: InputReader, name: string, allowed: readonly string[], fallback: string): string {
  const value = read(name).trim().toLowerCase() || fallback;
  if (!allowed.includes(value)) throw new UsageError(`Input '${name}' must be one of ${allowed.join(', ')}; got '${read(name).trim()}'.`);
  return value;
}

function booleanInput(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name).trim();
  if (value === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new UsageError(`Input '${name}' must be true or false; got '${value}'.`);
}
