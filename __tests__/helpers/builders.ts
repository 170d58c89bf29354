/**
 * The root files that make a platform build an app otherwise than with its buildpacks (the profiles'
 * `otherBuilders`), and what the rules about the buildpack build then say: nothing on Dokku, a warning that names the
 * setting on Code Capsules (beside a Dockerfile) and Heroku (beside heroku.yml).
 */
import { PLATFORMS, type PlatformId, type PlatformProfile } from '../../src/platforms/index.js';
import type { ExpectedFinding, InvalidCase, ProcfileCase, TreeCase } from './rule-tester.js';

export const DOCKERFILE = { Dockerfile: 'FROM python:3.13-slim\nCOPY . /app\n' };
/** A `.buildpacks` file makes Dokku run the buildpacks beside a Dockerfile (plugins/builder-herokuish/builder-detect). */
export const BUILDPACKS_FILE = { '.buildpacks': 'https://github.com/heroku/heroku-buildpack-python.git\n' };
export const HEROKU_YML = { 'heroku.yml': 'build:\n  docker:\n    web: Dockerfile\n' };

export const DOCKER_CAPSULE = ' (Unless the app is deployed as a Docker Capsule: then Code Capsules builds the Dockerfile instead.)';
export const CONTAINER_STACK =
  ' (Unless the app is on the container stack (`heroku stack:set container`): then `heroku.yml` builds the Dockerfile instead.)';

/** `finding` as a warning (a notice stays one) whose message ends with `suffix`, the setting that would build the app otherwise. */
export function unlessSetting(finding: ExpectedFinding, suffix: string): ExpectedFinding {
  const { message } = finding;
  const severity = finding.severity === 'notice' ? 'notice' : 'warning';
  const withSuffix = (text: string | RegExp) => {
    if (typeof text === 'string') return text + suffix;
    // A pattern of the whole message must end right before the suffix; one of a part of it, anywhere before.
    const whole = text.source.endsWith('$') && !text.source.endsWith('\\$');
    const head = whole ? text.source.slice(0, -1) : `${text.source}[\\s\\S]*`;
    return new RegExp(`(?:${head})${escapeRegExp(suffix)}$`, text.flags);
  };
  return {
    ...finding,
    severity,
    message: typeof message === 'function' ? (platform: PlatformProfile) => withSuffix(message(platform)) : withSuffix(message),
  };
}

type PerPlatform = Partial<Record<PlatformId, ExpectedFinding[]>>;

/** The same findings on every platform, for a rule that runs on all of them. */
export function onEveryPlatform(findings: ExpectedFinding[]): PerPlatform {
  return Object.fromEntries(PLATFORMS.map(({ id }) => [id, findings]));
}

/** `findings` (per platform, as they are without another builder) beside a root Dockerfile: silent on Dokku, demoted on Code Capsules. */
export function besideDockerfile(findings: PerPlatform): PerPlatform {
  const beside = besideDockerfileAndBuildpacks(findings);
  return 'dokku' in beside ? { ...beside, dokku: [] } : beside;
}

/** The same with a `.buildpacks` file as well: Dokku runs the buildpacks after all, Code Capsules' capsule type still decides. */
export function besideDockerfileAndBuildpacks(findings: PerPlatform): PerPlatform {
  return demoted(findings, ['codecapsules'], DOCKER_CAPSULE);
}

/** `findings` beside heroku.yml: warnings on Heroku and Fir, unchanged elsewhere. */
export function besideHerokuYml(findings: PerPlatform): PerPlatform {
  return demoted(findings, ['heroku', 'heroku-fir'], CONTAINER_STACK);
}

function demoted(findings: PerPlatform, platforms: readonly PlatformId[], suffix: string): PerPlatform {
  const result: PerPlatform = { ...findings };
  for (const platform of platforms) {
    const list = findings[platform];
    if (list) result[platform] = list.map((finding) => unlessSetting(finding, suffix));
  }
  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Case = (ProcfileCase | TreeCase) & { errors: PerPlatform };

/**
 * `base` (its `errors` what the rule finds when the buildpacks build the app) beside a root Dockerfile, beside a
 * Dockerfile and `extra` (a `.buildpacks` file by default: anything that makes Dokku run the buildpacks), and beside
 * heroku.yml, each with the findings it must then give.
 */
export function besideOtherBuilders(base: Case, extra: Record<string, string> = BUILDPACKS_FILE): InvalidCase[] {
  const beside = (what: string, added: Record<string, string>, errors: PerPlatform): InvalidCase => {
    const name = `${base.name ?? 'the app'}, beside ${what}`;
    return 'tree' in base
      ? { ...base, name, tree: { ...base.tree, ...added }, errors }
      : { ...base, name, files: { ...base.files, ...added }, errors };
  };
  return [
    beside('a root Dockerfile', DOCKERFILE, besideDockerfile(base.errors)),
    beside(
      `a root Dockerfile and ${Object.keys(extra).join(', ')}`,
      { ...DOCKERFILE, ...extra },
      besideDockerfileAndBuildpacks(base.errors),
    ),
    beside('heroku.yml', HEROKU_YML, besideHerokuYml(base.errors)),
  ];
}
