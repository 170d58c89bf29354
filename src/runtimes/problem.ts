/** What the runtime checks of every language share: the problem they report and the pins of one language. */
import type { AppFiles } from '../engine/app-files.js';
import type { Language } from '../engine/languages.js';
import type { Range, Severity } from '../engine/types.js';
import { readPins, type Pin } from './pins.js';

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
