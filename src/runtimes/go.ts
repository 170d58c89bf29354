/**
 * Go: the version heroku/heroku-buildpack-go and heroku/buildpacks-go install for a go.mod, and what they refuse.
 * The classic buildpack expands `go1.N` once through data.json and fails on a release its files.json does not list
 * (lib/common.sh `downloadFile`: "The requested file ... is unknown to the buildpack"); the CNB turns the pin into
 * a semver requirement (`go 1.22` -> `=1.22`, common/go-utils/src/vrs.rs) and fails when no release of its
 * inventory matches ("Couldn't resolve go version"). Google Cloud does not read go.mod (tables/reads.ts).
 */
import type { AppFiles } from '../engine/app-files.js';
import { quote } from '../engine/quote.js';
import type { BuilderFamily } from './families.js';
import type { Pin } from './pins.js';
import { pinsOf, problemAt, type RuntimeProblem } from './problem.js';
import { GO_INVENTORIES, type GoInventory } from './tables/go-inventory.js';
import { semver } from '../apps/libraries.cjs';

const GO_RELEASE = /^go(\d{1,6})(?:\.(\d{1,6}))?(?:\.(\d{1,6}))?([a-z]{1,10}\d{0,6})?$/;

/** herokuish bundles heroku-buildpack-go (buildpacks/buildpack-go/buildpack-version): the classic lists. */
function inventoryOf(family: BuilderFamily): GoInventory | null {
  return GO_INVENTORIES[family === 'herokuish' ? 'heroku-classic' : family] ?? null;
}

/** The pin the Heroku Go buildpacks read: `// +heroku goVersion`, else the `go` directive (lib/common.sh `determineTool`). */
function usedPin(files: AppFiles): Pin | null {
  const pins = pinsOf(files, 'go');
  return pins.find((pin) => pin.source === 'go-mod-heroku') ?? pins.find((pin) => pin.source === 'go-mod-go') ?? null;
}

/** `go1.22.3` as semver (`1.22.3`, `go1.22rc1` -> `1.22.0-rc1`), for matching requirements. */
function semverOf(release: string): string | null {
  const match = GO_RELEASE.exec(release);
  if (!match) return null;
  const [, major, minor = '0', patch = '0', pre] = match;
  return `${major}.${minor}.${patch}${pre ? `-${pre}` : ''}`;
}

/** What the classic buildpack downloads for `pin` (bin/compile `expandVer`): `1.22` -> `go1.22` -> `go1.22.12`. */
function classicRelease(pin: Pin, inventory: GoInventory): string {
  const name = pin.source === 'go-mod-go' || /^\d/.test(pin.value) ? `go${pin.value}` : pin.value;
  return inventory.expansion?.[name] ?? name;
}

/** The CNB's requirement (vrs.rs `parse_go_version_requirement`): `go1.22` -> `=1.22`; a bare `1.22` is `^1.22`. */
function cnbRequirement(pin: Pin): string {
  if (pin.source === 'go-mod-go') return `=${pin.value}`;
  if (pin.value.startsWith('go')) return `=${pin.value.slice(2)}`;
  return /^\d/.test(pin.value) ? `^${pin.value}` : pin.value;
}

/** The release the builder installs for the app's go.mod, or `null` when it cannot tell. */
export function goVersionOf(family: BuilderFamily, pin: Pin): string | null {
  const inventory = inventoryOf(family);
  if (!inventory) return null;
  const releases = inventory.versions.split(' ');
  if (family !== 'heroku-cnb') {
    const release = classicRelease(pin, inventory);
    return releases.includes(release) ? release.slice(2) : null;
  }
  return resolveCnb(releases, cnbRequirement(pin));
}

function resolveCnb(releases: readonly string[], requirement: string): string | null {
  if (semver().validRange(requirement) === null) return null;
  const versions = releases.flatMap((release) => semverOf(release) ?? []);
  return semver().maxSatisfying(versions, requirement, { includePrerelease: false });
}

export function goProblems(files: AppFiles, family: BuilderFamily, builder: string): RuntimeProblem[] {
  const inventory = inventoryOf(family);
  const pin = usedPin(files);
  if (!inventory || !pin) return [];
  const releases = inventory.versions.split(' ');
  const newest = releases[0] as string;
  const source = `(source: ${inventory.source}, as of ${inventory.checked})`;
  if (family !== 'heroku-cnb') return classicProblems(pin, inventory, builder, source).map(unlessGoversion);
  const requirement = cnbRequirement(pin);
  if (semver().validRange(requirement) === null) {
    return [
      problemAt(
        pin,
        'error',
        `${quote(pin.value)} (${pin.label}) is not a version requirement ${builder} can parse, so the build fails ${source}. Write a release such as \`1.26\`.`,
      ),
    ];
  }
  if (resolveCnb(releases, requirement) !== null) return [];
  return [unknownRelease(pin, requirement, newest, builder, source, inventory)];
}

/** lib/common.sh `determineTool`: the `GOVERSION` config var wins over go.mod, so a failure is certain only without it. */
function unlessGoversion(problem: RuntimeProblem): RuntimeProblem {
  if (problem.severity !== 'error') return problem;
  const message = problem.message.replace(
    / so the build fails| stops the build/,
    (text) => `${text} unless the \`GOVERSION\` config var is set`,
  );
  return { ...problem, severity: 'warning', message };
}

function classicProblems(pin: Pin, inventory: GoInventory, builder: string, source: string): RuntimeProblem[] {
  const releases = inventory.versions.split(' ');
  const release = classicRelease(pin, inventory);
  if (release.startsWith('devel') || releases.includes(release)) return [];
  const [major = 0, minor = 0] = (semverOf(release) ?? '').split('.').map(Number);
  if (major === 1 && minor < 11) {
    const message = `${quote(release)} (${pin.label}) does not support Go modules, and ${builder} stops the build ${source}. Set \`go 1.26\` (or a newer release) in go.mod.`;
    return [problemAt(pin, 'error', message)];
  }
  return [unknownRelease(pin, release, releases[0] as string, builder, source, inventory)];
}

function unknownRelease(pin: Pin, asked: string, newest: string, builder: string, source: string, inventory: GoInventory): RuntimeProblem {
  const askedVersion = semverOf(asked.replace(/^[=^~]/, 'go')) ?? '';
  if (askedVersion && isAfterTable(askedVersion, inventory.versions.split(' '))) {
    return problemAt(
      pin,
      'notice',
      `Go ${quote(pin.value)} (${pin.label}) is newer than the releases procfile-lint's table knows for ${builder} (newest ${newest}, as of ${inventory.checked}); check that the buildpack has added it.`,
    );
  }
  return problemAt(
    pin,
    'error',
    `${builder} has no Go release for ${quote(pin.value)} (${pin.label}: it looks for ${quote(asked)}), so the build fails ${source}. Write the release's \`1.N\` alone (\`go 1.26\`), which installs its latest patch.`,
  );
}

/** Newer than every release of its `1.N` in the table (or than them all): released after the table, perhaps. */
function isAfterTable(version: string, releases: readonly string[]): boolean {
  const minor = version.split('.').slice(0, 2).join('.');
  const known = releases.flatMap((release) => semverOf(release) ?? []);
  const sameMinor = known.filter((release) => release.startsWith(`${minor}.`));
  return (sameMinor.length > 0 ? sameMinor : known).every((release) => compare(version, release) > 0);
}

/** Numeric comparison of two `N.N.N` prefixes (pre-releases compare as their release). */
function compare(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.split('-')[0]?.split('.').map(Number) ?? []);
  for (let i = 0; i < 3; i++) {
    const difference = (x?.[i] ?? 0) - (y?.[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
