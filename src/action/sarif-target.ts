/**
 * Where the `sarif-file` input may write: inside the workspace (relative, as documented), or, given as an absolute
 * path, inside the runner's temporary folder (`${{ runner.temp }}`), which holds nothing of the pull request's and is
 * emptied after each job. Either way the write is confined to that folder by `writeFileInside`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface SarifTarget {
  /** The folder the write is confined to. */
  root: string;
  /** The path relative to it (an absolute path outside any allowed folder stays as given, to be refused). */
  file: string;
}

export function sarifTarget(workspace: string, file: string, runnerTemp: string | undefined): SarifTarget {
  if (!path.isAbsolute(file) || !runnerTemp) return { root: workspace, file };
  const temp = realpathOrNull(runnerTemp);
  if (!temp) return { root: workspace, file };
  // Compared as written and as resolved: RUNNER_TEMP may itself be reached through a link (/tmp on macOS).
  for (const base of new Set([path.resolve(runnerTemp), temp])) {
    const relative = path.relative(base, path.resolve(file));
    if (relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
      return { root: temp, file: relative };
  }
  return { root: workspace, file };
}

function realpathOrNull(folder: string): string | null {
  try {
    return fs.realpathSync(folder);
  } catch {
    return null;
  }
}
