/** Every rule, in the order of the docs: the files, their encoding, the lines, the commands, the rest. */
import { appTargetMissing } from './app-target-missing.js';
import { badPortVar } from './bad-port-var.js';
import { controlCharacter } from './control-character.js';
import { commandNotFound } from './command-not-found.js';
import { commentCommand } from './comment-command.js';
import { crlfLineEndings } from './crlf-line-endings.js';
import { defaultStartFails } from './default-start-fails.js';
import { devServer } from './dev-server.js';
import { dockerfilePresent } from './dockerfile-present.js';
import { duplicateProcessType } from './duplicate-process-type.js';
import { emptyCommand } from './empty-command.js';
import { hardcodedPort } from './hardcoded-port.js';
import { invalidConfig } from './invalid-config.js';
import { invalidEncoding } from './invalid-encoding.js';
import { invalidLine } from './invalid-line.js';
import { languageMismatch } from './language-mismatch.js';
import { leadingWhitespace } from './leading-whitespace.js';
import { localhostBind } from './localhost-bind.js';
import { missingWeb } from './missing-web.js';
import { nodeEntryMissing } from './node-entry-missing.js';
import { npmStartNoScript } from './npm-start-no-script.js';
import { portability } from './portability.js';
import { procfileEmpty } from './procfile-empty.js';
import { procfileMisnamed } from './procfile-misnamed.js';
import { procfileMissing } from './procfile-missing.js';
import { procfileNotRoot } from './procfile-not-root.js';
import { procfileUnreadable } from './procfile-unreadable.js';
import { releaseNotRun } from './release-not-run.js';
import { runnerShellSyntax } from './runner-shell-syntax.js';
import { processTypeName } from './process-type-name.js';
import type { Rule } from './rule.js';
import { serverUndeclared } from './server-undeclared.js';
import { shellSyntax } from './shell-syntax.js';
import { spaceBeforeColon } from './space-before-colon.js';
import { utf8Bom } from './utf8-bom.js';
import { webNotListening } from './web-not-listening.js';
import { webPortUnbound } from './web-port-unbound.js';

export const RULES: readonly Rule[] = [
  procfileMissing,
  defaultStartFails,
  procfileMisnamed,
  procfileNotRoot,
  procfileUnreadable,
  dockerfilePresent,
  procfileEmpty,
  invalidEncoding,
  utf8Bom,
  crlfLineEndings,
  controlCharacter,
  invalidLine,
  leadingWhitespace,
  spaceBeforeColon,
  processTypeName,
  emptyCommand,
  commentCommand,
  duplicateProcessType,
  missingWeb,
  shellSyntax,
  runnerShellSyntax,
  webPortUnbound,
  webNotListening,
  hardcodedPort,
  localhostBind,
  badPortVar,
  devServer,
  appTargetMissing,
  nodeEntryMissing,
  npmStartNoScript,
  serverUndeclared,
  languageMismatch,
  commandNotFound,
  releaseNotRun,
  portability,
  invalidConfig,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export type { Rule } from './rule.js';
