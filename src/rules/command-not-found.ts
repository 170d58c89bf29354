import { checkGoBinary, type GoBinaryCheck } from '../apps/go-build.js';
import { missingProgram } from '../commands/runtime.js';
import { quote } from '../engine/quote.js';
import type { PlatformProfile } from '../platforms/profile.js';
import { listNames } from './phrases.js';
import { buildpackFindings, commandRange, everywhere, type ProcfileContext, type ProcfileRule, type Report } from './rule.js';

/**
 * A command names a program the platform's build never installs: a Go binary under a name or in a place the
 * platform's Go buildpack does not use (profile `runtime.goBuild`, read by src/apps/go-build.ts), `heroku-php-apache2`
 * where PHP is served by nginx and php-fpm (cmd/php/webconfig), helpers that only Heroku buildpacks add.
 */
export const commandNotFound: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'command-not-found',
    description: "A command starts a program that the platform's build does not install.",
    severity: everywhere('error'),
    tags: ['command'],
  },
  *check(context) {
    if (context.files.complete) yield* buildpackFindings(context, missingPrograms(context));
  },
};

function* missingPrograms(context: ProcfileContext): Generator<Report> {
  const { platform, detection, files } = context;
  const go = detection.language === 'go' && !detection.overridden;
  for (const { line, type } of context.facts.processLines()) {
    for (const invocation of context.facts.command(line).invocations) {
      const word = invocation.name;
      if (word.dynamic || invocation.cwd !== '') continue;
      const range = commandRange(line, word.start, word.end);
      const missing = missingProgram(platform, files, word.value);
      if (missing) {
        yield {
          range,
          severity: missing.certain ? 'error' : 'warning',
          message:
            `${quote(type)} runs ${quote(word.value)}, which ${platform.name}'s build does not install: ${missing.why}, so the ` +
            `process fails with "command not found". ${missing.fix}.`,
        };
        continue;
      }
      const check = go ? checkGoBinary(files, platform.runtime.goBuild, word.value) : null;
      if (check && check.kind !== 'produced')
        yield {
          range,
          severity: check.certain ? 'error' : 'warning',
          message: `${quote(type)} runs ${quote(word.value)}, ${goProblem(check, platform, word.value)}`,
        };
    }
  }
}

/** Why the Go binary is not there and what to run instead, completing "`web` runs `x`, ". */
function goProblem(check: Exclude<GoBinaryCheck, { kind: 'produced' }>, platform: PlatformProfile, word: string): string {
  const facts = platform.runtime.goBuild;
  const failure = word.includes('/') ? '"No such file or directory"' : '"command not found"';
  const where = facts.binDir === null ? 'a directory on `PATH` outside the app' : `${quote(`${facts.binDir}/`)} (on \`PATH\`)`;
  if (check.kind === 'elsewhere')
    return `but ${platform.name}'s Go build installs ${quote(check.name)} into ${where}, so the process fails with ${failure}. Write ${quote(check.instead)} instead.`;
  if (facts.fixedName !== null)
    return (
      `which ${platform.name}'s build does not install: its Go build names the binary ${quote(facts.fixedName)} whatever the ` +
      `module is called, so the process fails with ${failure}. Write ${quote(facts.fixedName)} instead.`
    );
  const built = check.built;
  const shown = built ? built.names.slice(0, 5).map((name) => quote(name)) : [];
  const names =
    built && built.names.length > 5 ? `${shown.join(', ')} and others` : shown.length > 0 ? `only ${listNames(shown)}` : 'no binary';
  const chosen = built?.from === 'install-line' ? "go.mod's `// +heroku install` line" : "the module's `main` packages";
  const unless = facts.packagesSetting ? `, unless the ${quote(facts.packagesSetting)} setting names other packages` : '';
  return (
    `but ${platform.name}'s Go build installs ${names} (from ${chosen})${unless}, so the process fails with ${failure}. ` +
    `Run the binary of a package it builds, or list the package on a \`// +heroku install\` line in go.mod.`
  );
}
