/** The action's inputs, read and validated in one place: a bad value is an error naming the input. */
import { parseFailOn, type FailOn } from '../engine/fail-on.js';
import { UsageError } from '../engine/types.js';
import { DEFAULT_PLATFORM } from '../platforms/index.js';

export interface ActionInputs {
  path: string;
  failOn: FailOn;
  annotations: boolean;
  summary: boolean;
  platform: string;
  /** Create a `Procfile` check run carrying every finding (needs `checks: write`). */
  checkRun: boolean;
  /** Token for the check run and the pull request's changed files; empty when none. */
  githubToken: string;
  /** Where to write SARIF, relative to the workspace; empty for none. */
  sarifFile: string;
}

/** Reads an input as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper-cased. */
export type InputReader = (name: string) => string;

export function readInputs(read: InputReader): ActionInputs {
  return {
    path: read('path').trim() || '.',
    failOn: parseFailOn(read('fail-on') || 'error', "Input 'fail-on'"),
    annotations: booleanInput(read, 'annotations', true),
    summary: booleanInput(read, 'summary', true),
    platform: read('platform').trim() || DEFAULT_PLATFORM,
    checkRun: booleanInput(read, 'check-run', false),
    githubToken: read('github-token').trim(),
    sarifFile: read('sarif-file').trim(),
  };
}

function booleanInput(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name).trim();
  if (value === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new UsageError(`Input '${name}' must be true or false; got '${value}'.`);
}
