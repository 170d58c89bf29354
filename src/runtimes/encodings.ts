/**
 * Version files stored with a byte order mark or as UTF-16: procfile-lint decodes them, but the builders in
 * tables/encodings.ts read their bytes and fail the build. Those files are reported here, and no other verdict is
 * given on what they hold (the builder never gets to it).
 */
import { isPlainUtf8, type AppFiles, type StoredEncoding } from '../engine/app-files.js';
import type { Language } from '../engine/languages.js';
import { quote } from '../engine/quote.js';
import type { BuilderFamily } from './families.js';
import type { Pin } from './pins.js';
import { SOURCE_FILES, START, type RuntimeProblem } from './problem.js';
import { UNREADABLE_ENCODINGS } from './tables/encodings.js';

/** The files of `language` that `family` cannot read for their encoding; `settings` can stand in for them. */
export function encodingProblems(
  files: AppFiles,
  family: BuilderFamily,
  language: Language,
  builder: string,
  settings: string | null,
): RuntimeProblem[] {
  return (UNREADABLE_ENCODINGS[family][language] ?? []).flatMap((row): RuntimeProblem[] => {
    const file = SOURCE_FILES[row.source];
    const stored = files.storedAs(file);
    if (!stored || isPlainUtf8(stored)) return [];
    const unless = settings ? ` unless ${settings} is set` : '';
    return [
      {
        severity: settings ? 'warning' : 'error',
        file,
        range: START,
        message: `${quote(file)} is saved as ${describe(stored)}, and ${builder} ${row.fails}${unless} (source: ${row.citation}). Save it as UTF-8 without a byte order mark (your editor's "Save with Encoding", "UTF-8"; not PowerShell's \`>\`, which writes UTF-16).`,
      },
    ];
  });
}

/** Whether `family` fails on the file of `pin` for its encoding, so that what the pin says does not count. */
export function unreadablePin(files: AppFiles, family: BuilderFamily, pin: Pin): boolean {
  const rows = UNREADABLE_ENCODINGS[family][pin.language] ?? [];
  const stored = files.storedAs(pin.file);
  return stored !== null && !isPlainUtf8(stored) && rows.some((row) => row.source === pin.source);
}

function describe({ encoding, bom }: StoredEncoding): string {
  if (encoding === 'utf-8') return 'UTF-8 with a byte order mark';
  const name = encoding === 'utf-16le' ? 'UTF-16 little-endian' : 'UTF-16 big-endian';
  return bom ? `${name} (with a byte order mark)` : name;
}
