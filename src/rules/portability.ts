import { analyzeShell } from '../commands/shell.js';
import { quote } from '../engine/quote.js';
import { entryReadOn, outcomeOf, type LineOutcome } from '../engine/readers/outcome.js';
import { PARSERS, type Readings } from '../engine/readers/index.js';
import type { ParsedProcfile } from '../engine/parse.js';
import type { ReadProcess, Reading } from '../engine/readers/reading.js';
import { portableLineFix } from '../fixes/line-fixes.js';
import { localRunnerNames, othersDo } from './phrases.js';
import { everywhere, processLines, rangeOf, type ProcfileRule } from './rule.js';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/u;

export const portability: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'portability',
    description: 'A line the platform reads as intended is read differently by other platforms or local runners.',
    severity: everywhere('notice'),
    tags: ['portability'],
  },
  *check({ procfile, platform, reading, readings, path }) {
    // A file that is not clean UTF-8 is rejected by some parsers as a whole; its encoding rules say so already.
    const { source } = procfile;
    if (source.encoding !== 'utf-8' || source.invalidOffsets.length > 0) return;
    let firstLineOfType: Map<string, number> | undefined; // built only once a line may be reported
    for (const line of processLines(procfile)) {
      const own = readHere(reading, line.number);
      // Control characters, swallowed lines and repeated types have rules of their own that compare parsers already.
      const hiddenByBom = source.bom && line.number === 1;
      if (!own || own.commandLine !== line.number || hiddenByBom || CONTROL.test(line.text)) continue;
      if (everyParserReadsAlike(readings, line.number, own)) continue;
      firstLineOfType ??= firstLines(procfile);
      if (firstLineOfType.get(line.type.text) !== line.number) continue;
      const differences = othersDo(platform.parser, (parser) => differenceOf(outcomeOf(readings[parser], line.number), own));
      if (!differences) continue;
      yield {
        range: rangeOf(line),
        fix: portableLineFix(procfile, path, line),
        message:
          `${platform.name} reads this line as intended, but ${differences}. ` +
          `Write it so that every parser agrees if the app may run elsewhere (locally with ${localRunnerNames('or')}, or on another platform).`,
      };
    }
  },
};

/** The entry `reading` reads on `line` as written (no rejection before it, no correction), or `undefined`. */
function readHere(reading: Reading, line: number): ReadProcess | undefined {
  const entry = entryReadOn(reading, line);
  return entry && reading.warnings.has(line) ? undefined : entry;
}

function firstLines(procfile: ParsedProcfile): Map<string, number> {
  const first = new Map<string, number>();
  for (const line of processLines(procfile)) if (!first.has(line.type.text)) first.set(line.type.text, line.number);
  return first;
}

/**
 * The common case, decided without building outcomes and phrases (which showed in profiles of 100 000-line files):
 * every parser reads this line, without a correction, as the same type and the same command, or stopped before it
 * (which `differenceOf` does not count either).
 */
function everyParserReadsAlike(readings: Readings, line: number, own: ReadProcess): boolean {
  for (const parser of PARSERS) {
    const reading = readings[parser.id];
    if (reading.failure?.line != null && reading.failure.line < line) continue;
    const entry = readHere(reading, line);
    if (entry?.type !== own.type || entry.command !== own.command) return false;
  }
  return true;
}

/** How another parser's reading differs from the platform's, as a phrase in the plural; `null` when it does not. */
function differenceOf(outcome: LineOutcome, own: ReadProcess): string | null {
  switch (outcome.kind) {
    case 'stopped-earlier':
      return null;
    case 'skips':
      return 'skip it';
    case 'rejects':
      return 'reject the whole Procfile';
    case 'takes-as-command':
      return `take it as the command of line ${outcome.ofLine}`;
    case 'reads':
    case 'corrects':
      if (outcome.entry.type !== own.type) return `rename ${quote(own.type)} to ${quote(outcome.entry.type)}`;
      if (sameForBash(outcome.entry.command.trim(), own.command.trim())) return null;
      return `run ${quote(outcome.entry.command.trim())}`;
  }
}

/**
 * Whether bash runs the same thing: Dokku cuts a trailing ` # comment` off a command, which bash ignores anyway,
 * unless the cut falls inside quotes (`echo "a #b"`), which leaves a command bash refuses. Either side may be Dokku's.
 */
function sameForBash(theirs: string, ours: string): boolean {
  if (theirs === ours) return true;
  const [cut, whole] = theirs.length < ours.length ? [theirs, ours] : [ours, theirs];
  return whole.startsWith(cut) && /^\s+#/.test(whole.slice(cut.length)) && analyzeShell(cut).errors.length === 0;
}
