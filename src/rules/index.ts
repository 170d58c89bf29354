/** Every rule, in the order of the docs: discovery first, then the file's encoding, then its lines. */
import { controlCharacter } from './control-character.js';
import { crlfLineEndings } from './crlf-line-endings.js';
import { duplicateProcessType } from './duplicate-process-type.js';
import { emptyCommand } from './empty-command.js';
import { invalidConfig } from './invalid-config.js';
import { invalidEncoding } from './invalid-encoding.js';
import { invalidLine } from './invalid-line.js';
import { leadingWhitespace } from './leading-whitespace.js';
import { missingWeb } from './missing-web.js';
import { procfileEmpty } from './procfile-empty.js';
import { procfileMisnamed } from './procfile-misnamed.js';
import { procfileNotRoot } from './procfile-not-root.js';
import { procfileUnreadable } from './procfile-unreadable.js';
import { processTypeName } from './process-type-name.js';
import type { Rule } from './rule.js';
import { spaceBeforeColon } from './space-before-colon.js';
import { utf8Bom } from './utf8-bom.js';

export const RULES: readonly Rule[] = [
  procfileMisnamed,
  procfileNotRoot,
  procfileUnreadable,
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
  duplicateProcessType,
  missingWeb,
  invalidConfig,
];

export type { Rule } from './rule.js';
