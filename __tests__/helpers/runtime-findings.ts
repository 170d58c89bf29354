/**
 * Expected findings of the runtime rules for the RuleTester: always on an app file (never the Procfile), with
 * messages written once for every platform. Where a platform says something else, its list says so.
 */
import type { Severity } from '../../src/engine/types.js';
import type { PlatformId, PlatformProfile } from '../../src/platforms/index.js';
import type { ExpectedFinding } from './rule-tester.js';

const PLACEHOLDER = /\{(Python|Node\.js|Ruby|Go|PHP|\.NET|Java|date)\}|…/g;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The whole message as a RegExp: `{Python}` (or another language) is the platform's buildpack for it ("Heroku
 * (Fir)'s Python buildpack"), `{date}` the date `dates` gives for the platform, and `…` any text (a source citation).
 */
export function says(template: string, dates: Partial<Record<PlatformId, string>> = {}): (platform: PlatformProfile) => RegExp {
  return (platform) => {
    let pattern = '';
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      pattern += escaped(template.slice(last, match.index));
      const [whole, name] = match;
      if (whole === '…') pattern += '.+';
      else if (name === 'date') pattern += escaped(dateOn(dates, platform.id));
      else pattern += escaped(`${platform.name}'s ${name} buildpack`);
      last = match.index + whole.length;
    }
    return new RegExp(`^${pattern}${escaped(template.slice(last))}$`);
  };
}

function dateOn(dates: Partial<Record<PlatformId, string>>, platform: PlatformId): string {
  const date = dates[platform];
  if (date === undefined) throw new Error(`no table date given for ${platform}`);
  return date;
}

/** A finding on one line of `file`, from `column` to `endColumn`. */
export function finding(
  severity: Severity,
  file: string,
  [line, column, endColumn]: [number, number, number],
  message: ExpectedFinding['message'],
): ExpectedFinding {
  return { severity, file, line, column, endLine: line, endColumn, message };
}

/** The findings on each platform; a platform left out passes. Spread a whole map below first, then the exceptions. */
export function perPlatform(findings: Partial<Record<PlatformId, ExpectedFinding[]>>): Record<PlatformId, ExpectedFinding[]> {
  return { codecapsules: [], heroku: [], 'heroku-fir': [], dokku: [], ...findings };
}

/** The same findings where Heroku's buildpacks build (Heroku, Heroku Fir, Dokku), none on Code Capsules. */
export function onHerokuFamily(...findings: ExpectedFinding[]): Record<PlatformId, ExpectedFinding[]> {
  return perPlatform({ heroku: findings, 'heroku-fir': findings, dokku: findings });
}

/** The same findings on Heroku's classic buildpacks (Heroku and Dokku's herokuish), none elsewhere. */
export function onClassicHeroku(...findings: ExpectedFinding[]): Record<PlatformId, ExpectedFinding[]> {
  return perPlatform({ heroku: findings, dokku: findings });
}
