/**
 * .NET on Heroku Fir: heroku/buildpacks-dotnet turns global.json's `sdk` (version and rollForward,
 * src/dotnet/global_json.rs) or, without one, the project's TargetFramework (`net8.0` -> `^8.0`,
 * src/dotnet/target_framework_moniker.rs) into a semver requirement, and fails when no SDK of its inventory matches
 * (src/main.rs `ResolveSdkVersion`). Google Cloud resolves global.json against a list fetched at build time.
 */
import type { ParseError } from 'jsonc-parser';
import type { AppFiles } from '../engine/app-files.js';
import { quote } from '../engine/quote.js';
import type { BuilderFamily } from './families.js';
import type { Pin } from './pins.js';
import { pinsOf, problemAt, type RuntimeProblem } from './problem.js';
import { DOTNET_INVENTORY } from './tables/dotnet-inventory.js';
import { jsonc, semver } from '../apps/libraries.cjs';

/** The inventory's SDK versions, newest first; sorted on first use, which only a .NET app needs. */
let sortedSdks: readonly string[] | undefined;
const sdks = (): readonly string[] =>
  (sortedSdks ??= semver().rsort(DOTNET_INVENTORY.versions.split(' ').filter((version) => semver().valid(version) !== null)));

type Requirement = { range: string } | { invalid: string };

/** The SDK requirement the CNB derives from `pin`, or why it cannot derive one (the build then fails). */
function requirementOf(files: AppFiles, pin: Pin): Requirement {
  if (pin.source === 'target-framework') {
    const match = /^net(\d{1,4}(?:\.\d{1,4})*)$/.exec(pin.value);
    if (!match) return { invalid: 'a target framework of the form `netN.N` (no `netcoreapp`, .NET Framework or `-windows`)' };
    return { range: `^${match[1]}` };
  }
  const version = semver().valid(pin.value);
  if (!version) return { invalid: 'a full SDK version such as `8.0.100`' };
  const [major, minor, patch] = version.split(/[.-]/).map(Number) as [number, number, number];
  const band = Math.floor(patch / 100) * 100 + 100;
  const policies: Readonly<Record<string, string>> = {
    patch: `>=${pin.value} <${major}.${minor}.${band}`,
    feature: `~${major}.${minor}`,
    minor: `^${major}.${minor}`,
    major: '*',
    disable: `=${pin.value}`,
  };
  const policy =
    rollForward(files)
      .replace(/^latest/, '')
      .toLowerCase() || 'patch';
  const range = policies[policy];
  return range ? { range } : { invalid: 'a known `rollForward` policy' };
}

function rollForward(files: AppFiles): string {
  const text = files.readText('global.json');
  if (text === null) return '';
  const errors: ParseError[] = [];
  const tree = jsonc().parseTree(text, errors);
  const node = tree ? jsonc().findNodeAtLocation(tree, ['sdk', 'rollForward']) : undefined;
  return typeof node?.value === 'string' ? node.value : '';
}

/** The pin the CNB uses: global.json's `sdk.version`, else the project's TargetFramework. */
function usedPin(files: AppFiles): Pin | null {
  const pins = pinsOf(files, 'dotnet');
  return pins.find((pin) => pin.source === 'global-json') ?? pins.find((pin) => pin.source === 'target-framework') ?? null;
}

export function dotnetVersionOf(files: AppFiles, family: BuilderFamily, pin: Pin): string | null {
  if (family !== 'heroku-cnb' || usedPin(files) !== pin) return null;
  const requirement = requirementOf(files, pin);
  return 'range' in requirement ? semver().maxSatisfying([...sdks()], requirement.range) : null;
}

export function dotnetProblems(files: AppFiles, family: BuilderFamily, builder: string): RuntimeProblem[] {
  const pin = family === 'heroku-cnb' ? usedPin(files) : null;
  if (!pin) return [];
  const source = `(source: ${DOTNET_INVENTORY.source}, as of ${DOTNET_INVENTORY.checked})`;
  const requirement = requirementOf(files, pin);
  if ('invalid' in requirement || semver().validRange(requirement.range) === null) {
    const wanted = 'invalid' in requirement ? requirement.invalid : 'a version it can read';
    return [
      problemAt(
        pin,
        'error',
        `${builder} cannot turn ${quote(pin.value)} (${pin.label}) into an SDK version: it needs ${wanted}, so the build fails ${source}.`,
      ),
    ];
  }
  const chosen = semver().maxSatisfying([...sdks()], requirement.range);
  if (chosen !== null) return tooOldForTarget(files, pin, chosen, builder);
  const newest = sdks()[0] as string;
  const floor = /\d+(\.\d+){0,2}/.exec(requirement.range)?.[0] ?? '';
  const full = floor.split('.').concat(['0', '0']).slice(0, 3).join('.');
  const sameMinor = sdks().filter((sdk) => sdk.startsWith(`${full.split('.').slice(0, 2).join('.')}.`));
  if (semver().valid(full) && (sameMinor.length > 0 ? sameMinor : sdks()).every((sdk) => semver().gt(full, sdk))) {
    return [
      problemAt(
        pin,
        'notice',
        `${quote(pin.value)} (${pin.label}) asks for a .NET SDK newer than the inventory procfile-lint's table has for ${builder} (newest ${newest}, as of ${DOTNET_INVENTORY.checked}); check that the buildpack has added it.`,
      ),
    ];
  }
  return [
    problemAt(
      pin,
      'error',
      `No .NET SDK that ${builder} installs matches ${quote(pin.value)} (${pin.label}, requirement ${quote(requirement.range)}): its inventory starts at ${sdks()[sdks().length - 1] ?? '?'}, so the build fails ${source}. Target a supported .NET, such as \`net8.0\` or \`net10.0\`.`,
    ),
  ];
}

/**
 * global.json wins over the project file, and an SDK builds only target frameworks up to its own major version:
 * `dotnet publish` of a `net10.0` project with an 8.0 SDK stops with NETSDK1045 ("The current .NET SDK does not
 * support targeting .NET 10.0", dotnet/sdk Microsoft.NET.TargetFrameworkInference.targets;
 * learn.microsoft.com/dotnet/core/tools/sdk-errors/netsdk1045).
 */
function tooOldForTarget(files: AppFiles, pin: Pin, sdk: string, builder: string): RuntimeProblem[] {
  if (pin.source !== 'global-json') return [];
  const target = pinsOf(files, 'dotnet').find((other) => other.source === 'target-framework');
  const targetMajor = target ? Number(/^net(\d{1,4})\./.exec(target.value)?.[1]) : NaN;
  const sdkMajor = Number(sdk.split('.')[0]);
  if (!target || !(targetMajor > sdkMajor)) return [];
  return [
    problemAt(
      pin,
      'error',
      `${builder} installs the .NET SDK ${sdk} for ${quote(pin.value)} (${pin.label}), which cannot build ${quote(target.value)} (${target.label}): \`dotnet publish\` stops with NETSDK1045. Pin a ${targetMajor}.0 SDK in global.json, or set its \`rollForward\` to \`latestMajor\`.`,
    ),
  ];
}
