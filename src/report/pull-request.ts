/**
 * The pull request section of the summary: whether the pull request touches the Procfile or the files that tell
 * the platform the app's language, since those are what change how the app starts.
 */
import * as path from 'node:path';
import { classifyName } from '../engine/discover.js';
import { LANGUAGES, type Language } from '../engine/languages.js';
import { truncate } from '../engine/quote.js';
import { code, escapeHtml, table } from './html.js';

/** Languages whose extension marks a project file (`App.csproj`, `build.sbt`), not any source file. */
const PROJECT_FILE_LANGUAGES: readonly Language[] = ['dotnet', 'scala'];
const DOCKERFILE = 'Docker: the platform builds the image and ignores the Procfile';

export const SHOWN_CHANGES = 50;

export interface ChangedFile {
  path: string;
  /** `added`, `removed`, `modified`, `renamed`, ... as the API says. */
  status: string;
  /** The path before a rename. */
  previousPath?: string;
  /** The file's diff hunks, as the API gives them (absent for binary or very large diffs). */
  patch?: string;
}

/** The files a pull request changes, or why they are not known. `complete` is false when the list was cut. */
export type ChangedFiles = { known: true; files: ChangedFile[]; complete: boolean } | { known: false; reason: string };

export interface RelevantChange extends ChangedFile {
  /** What the file is to the platform: `Procfile`, or the language it marks. */
  role: string;
}

export interface PullRequestSection {
  number: number;
  eventName: string;
  changes: ChangedFiles;
  /** The app root, relative to the repository root (`.` for the root), or each app's root. */
  appPath: string | readonly string[];
}

/** The changed files that matter: any Procfile or near miss, and the language markers at the app root (of any app given). */
export function relevantChanges(files: readonly ChangedFile[], appPath: string | readonly string[]): RelevantChange[] {
  const roots = (typeof appPath === 'string' ? [appPath] : appPath).map((each) =>
    path.posix.normalize(each.replace(/\\/g, '/')).replace(/\/$/, ''),
  );
  return files.flatMap((file) => {
    const role = roots.flatMap((root) => [file.path, file.previousPath].map((each) => each && roleOf(each, root))).find(Boolean);
    return role ? [{ ...file, role }] : [];
  });
}

function roleOf(file: string, root: string): string | undefined {
  const name = path.posix.basename(file);
  if (classifyName(name) !== null) return 'Procfile';
  const relative = root === '.' ? file : path.posix.relative(root, file);
  if (relative.startsWith('../')) return undefined;
  // A marker is a root entry: a file, or a directory such as `.mvn` or `Godeps` for a change inside it.
  const [entry = '', ...inside] = relative.split('/');
  if (entry === 'Dockerfile' && inside.length === 0) return DOCKERFILE;
  const language = LANGUAGES.find(
    (each) =>
      each.markers.includes(entry) ||
      (inside.length === 0 && PROJECT_FILE_LANGUAGES.includes(each.id) && each.extensions.includes(path.posix.extname(entry))),
  );
  return language?.name;
}

export function renderPullRequestSection(section: PullRequestSection): string {
  const heading = `### Pull request #${section.number}`;
  const target =
    section.eventName === 'pull_request_target'
      ? '\n\n<p>On <code>pull_request_target</code> the workflow runs in the base repository: the Procfile checked above is the one the workflow checked out (by default the base branch, not the pull request).</p>'
      : '';
  const { changes } = section;
  if (!changes.known) {
    return `${heading}\n\n<p>Unknown whether it changes the Procfile or the language markers: ${escapeHtml(changes.reason)}.</p>${target}`;
  }
  const relevant = relevantChanges(changes.files, section.appPath);
  const partial = changes.complete ? '' : ` (the API lists only the first ${changes.files.length} files)`;
  if (relevant.length === 0) {
    return `${heading}\n\n<p>It changes neither a Procfile nor the files that tell the platform the app's language${partial}.</p>${target}`;
  }
  const touchesProcfile = relevant.some((change) => change.role === 'Procfile');
  const lead = touchesProcfile ? 'It changes the Procfile' : 'It leaves the Procfile alone but changes what decides how the app is built';
  const shown = relevant.slice(0, SHOWN_CHANGES);
  const rows = shown.map((change) => [changedPath(change), escapeHtml(truncate(change.status, 20)), escapeHtml(change.role)]);
  const more = relevant.length > shown.length ? `\n\n<p>${relevant.length - shown.length} more not shown.</p>` : '';
  return `${heading}\n\n<p>${lead}${partial}:</p>\n\n${table(['File', 'Change', 'What it is'], rows)}${more}${target}`;
}

/** Paths are cut to this many code points: 50 rows of them stay far below the summary's 1 MiB. */
export const CHANGED_PATH_LENGTH = 100;

function changedPath(change: ChangedFile): string {
  const shown = (file: string) => code(truncate(file, CHANGED_PATH_LENGTH));
  return change.previousPath ? `${shown(change.previousPath)} → ${shown(change.path)}` : shown(change.path);
}
