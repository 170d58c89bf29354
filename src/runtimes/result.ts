/** The runtime the platform would install, as the result object shows it (docs/result.md, `runtime`). */
import type { AppFiles } from '../engine/app-files.js';
import type { Language } from '../engine/languages.js';
import type { RuntimeResult } from '../engine/types.js';
import { joinRelative } from '../engine/workspace.js';
import { familyOf } from './families.js';
import { chooseRuntime } from './runtime.js';

export function runtimeResult(files: AppFiles, platformId: string, language: Language | null, rootRelative: string): RuntimeResult | null {
  const family = familyOf(platformId);
  const choice = family && language && files.complete ? chooseRuntime(files, family, language) : null;
  if (!choice) return null;
  const { pin } = choice;
  return {
    language: choice.language,
    version: choice.version,
    requested: pin?.value ?? null,
    source: pin ? { file: joinRelative(rootRelative, pin.file), line: pin.range.line } : null,
    fallback: pin ? null : choice.fallback,
    table: choice.table,
  };
}
