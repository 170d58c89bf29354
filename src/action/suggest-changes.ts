/** `suggestions: true`: the fixable findings on the lines the pull request touches, as one review of suggested changes. */
import * as core from '@actions/core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintResult } from '../engine/types.js';
import { readFileInside } from '../engine/workspace.js';
import { suggestionComments, touchedLines } from '../report/suggestions.js';
import { listChangedFiles } from './changed-files.js';
import type { ActionEvent } from './event.js';
import type { ActionInputs } from './inputs.js';
import { publishSuggestions } from './suggestions.js';

type Emit = Record<'notice' | 'warning', (message: string) => void>;

export async function suggestChanges(
  result: LintResult,
  event: ActionEvent,
  inputs: ActionInputs,
  workspace: string,
  emit: Emit,
): Promise<void> {
  if (!event.pullRequest) return;
  const changes = await listChangedFiles(event, inputs.githubToken);
  if (!changes.known) {
    emit.warning(
      `procfile-lint: no suggested changes: the pull request's diff is unknown (${changes.reason}). The findings are annotated instead.`,
    );
    return;
  }
  const root = fs.realpathSync(workspace);
  const read = (file: string) => {
    const outcome = readFileInside(root, path.join(root, file));
    return outcome.ok ? outcome.bytes : null;
  };
  const comments = suggestionComments(result, read, touchedLines(changes.files));
  const outcome = await publishSuggestions(comments, event, inputs.githubToken);
  if (!outcome.ok) emit[outcome.level](outcome.message);
  else core.info(`procfile-lint: suggested changes: ${outcome.created} new, ${outcome.updated} updated, ${outcome.resolved} resolved.`);
}
