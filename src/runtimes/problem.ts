/** What the runtime checks of every language share: the problem they report and the pins of one language. */
import type { AppFiles } from '../engine/app-files.js';
import type { Language } from '../engine/languages.js';
import type { Range, Severity } from '../engine/types.js';
import { readPins, type Pin, type PinSource } from './pins.js';

export interface RuntimeProblem {
  severity: Severity;
  /** Relative to the app root. */
  file: string;
  range: Range;
  message: string;
}

export const START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function pinsOf(files: AppFiles, language: Language): readonly Pin[] {
  return readPins(files).filter((pin) => pin.language === language);
}

/** A problem on the pin's own file and position. */
export function problemAt(pin: Pin, severity: Severity, message: string): RuntimeProblem {
  return { severity, file: pin.file, range: pin.range, message };
}

/** The file each pin source lives in (the project file of `target-framework` varies; it is never refused). */
export const SOURCE_FILES: Readonly<Record<PinSource, string>> = {
  'python-version': '.python-version',
  'runtime-txt': 'runtime.txt',
  pipfile: 'Pipfile',
  'pipfile-lock': 'Pipfile.lock',
  pyproject: 'pyproject.toml',
  'engines-node': 'package.json',
  nvmrc: '.nvmrc',
  'node-version': '.node-version',
  'ruby-version': '.ruby-version',
  gemfile: 'Gemfile',
  'gemfile-lock': 'Gemfile.lock',
  'gems-locked': 'gems.locked',
  'system-properties': 'system.properties',
  'go-mod-heroku': 'go.mod',
  'go-mod-toolchain': 'go.mod',
  'go-mod-go': 'go.mod',
  'composer-php': 'composer.json',
  'composer-lock-php': 'composer.lock',
  'global-json': 'global.json',
  'target-framework': '*.csproj',
};
