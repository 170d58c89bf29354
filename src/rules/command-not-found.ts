import { missingProgram } from '../commands/runtime.js';
import { quote } from '../engine/quote.js';
import { commandRange, type ProcfileRule } from './rule.js';

/**
 * A command names a program the platform's build never installs: the Go binary under its module's name where
 * Google's Go buildpack names it `main` (pkg/golang/golang.go), `heroku-php-apache2` where PHP is served by nginx and
 * php-fpm (cmd/php/webconfig), helpers that only Heroku buildpacks add. The facts are in each profile's `runtime`.
 */
export const commandNotFound: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'command-not-found',
    description: "A command starts a program that the platform's build does not install.",
    severity: { codecapsules: 'error' },
    tags: ['command'],
  },
  *check(context) {
    const { platform, detection, files } = context;
    for (const { line, type } of context.facts.processLines()) {
      for (const invocation of context.facts.command(line).invocations) {
        const word = invocation.name;
        if (word.dynamic || invocation.cwd !== '') continue;
        const missing = missingProgram(platform, detection, files, word.value);
        if (!missing) continue;
        yield {
          range: commandRange(line, word.start, word.end),
          severity: missing.certain ? 'error' : 'warning',
          message:
            `${quote(type)} runs ${quote(word.value)}, which ${platform.name}'s build does not install: ${missing.why}, so the ` +
            `process fails with "command not found". ${missing.fix}.`,
        };
      }
    }
  },
};
