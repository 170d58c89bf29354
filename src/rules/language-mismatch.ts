import { languageInfo, type Language } from '../engine/languages.js';
import { quote } from '../engine/quote.js';
import { commandRange, everywhere, type ProcfileRule } from './rule.js';

export const languageMismatch: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'language-mismatch',
    description: 'A process runs a program of another language than the one the platform builds the app as, whose runtime is then missing.',
    severity: everywhere('warning'),
    tags: ['language'],
  },
  *check(context) {
    const { detection, platform } = context;
    const built = detection.language;
    if (!built) return;
    const name = (language: Language) => languageInfo(language).name;
    for (const { line, type } of context.facts.processLines()) {
      const main = context.facts.command(line).main;
      const used = main?.language;
      if (!main || !used || used === built) continue;
      const candidate = detection.candidates.find((c) => c.language === used);
      const evidence = detection.candidates.find((c) => c.language === built)?.evidence.slice(0, 2).map((file) => quote(file)).join(', ');
      const why = detection.overridden
        ? `the \`language\` setting says ${name(built)}`
        : candidate
          ? `${platform.name} builds this app as ${name(built)} (${evidence}), which it tries before ${name(used)}`
          : `this app has nothing that makes ${platform.name} install ${name(used)} (it builds it as ${name(built)}: ${evidence})`;
      yield {
        range: commandRange(line, main.name.start, main.name.end),
        message:
          `${quote(type)} runs ${quote(main.name.value)}, a ${name(used)} program, but ${why}, so the ${name(used)} runtime may not be installed. ` +
          `Use a ${name(built)} command, or ${remedy(used, candidate !== undefined, platform.extraLanguage)}.`,
      };
    }
  },
};

function remedy(used: Language, present: boolean, extraLanguage: string | null): string {
  const name = languageInfo(used).name;
  if (present) return extraLanguage ?? `make ${name} the language the app is built as`;
  const marker = quote(languageInfo(used).markers[0] ?? '');
  return `add what makes it a ${name} app (such as ${marker})${extraLanguage ? ` and ${extraLanguage}` : ''}`;
}
