/** The CLI's output formats: each turns one lint result into the text of a report. */
import type { FailOn } from '../engine/fail-on.js';
import type { LintResult } from '../engine/types.js';
import { RULES } from '../rules/index.js';
import { formatCheckstyle } from '../report/checkstyle.js';
import { formatGithub } from '../report/github.js';
import { formatGitlab } from '../report/gitlab.js';
import { formatJson } from '../report/json.js';
import { formatJunit } from '../report/junit.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';

export interface FormatContext {
  failOn: FailOn;
  /** The app root relative to the root paths are reported from (`.` for the root itself). */
  appPath: string;
  /** `--explain`: the text report starts with each platform's plan. */
  explain: boolean;
}

export const FORMATTERS = {
  text: (result) => formatText(result),
  json: (result) => formatJson(result),
  sarif: (result, context) =>
    formatSarif(
      result,
      RULES.map((rule) => rule.meta),
      { appPath: context.appPath },
    ),
  github: (result) => formatGithub(result),
  gitlab: (result) => formatGitlab(result),
  checkstyle: (result) => formatCheckstyle(result),
  junit: (result, context) => formatJunit(result, context.failOn),
} satisfies Record<string, (result: LintResult, context: FormatContext) => string>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMATS = Object.keys(FORMATTERS) as FormatName[];

export function isFormat(format: string): format is FormatName {
  return Object.hasOwn(FORMATTERS, format);
}
