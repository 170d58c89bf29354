/**
 * PHP: what Heroku's PHP buildpacks (classic and CNB, and herokuish's bundled classic one) do with the PHP an app
 * requires. They read composer.lock's `platform` requirement and need the lock whenever composer.json requires
 * anything; the versions are resolved against a repository fetched at build time, so a requirement outside the
 * table is a warning (older) or a notice (newer), never an error. Google Cloud's list is not in its source either.
 */
import type { ParseError } from 'jsonc-parser';
import type { AppFiles } from '../engine/app-files.js';
import { quote } from '../engine/quote.js';
import type { BuilderFamily } from './families.js';
import { pinsOf, problemAt, START, type RuntimeProblem } from './problem.js';
import { PHP_TABLE } from './tables/php.js';
import { jsonc, semver } from '../apps/libraries.cjs';

/** Every `8.N.P` up to each minor's latest patch: the repository keeps the earlier patches. */
const VERSIONS: readonly string[] = PHP_TABLE.latest.split(' ').flatMap((latest) => {
  const [major, minor, patch] = latest.split('.').map(Number) as [number, number, number];
  return Array.from({ length: patch + 1 }, (_, p) => `${major}.${minor}.${p}`);
});

/**
 * A Composer constraint as a semver range: `,` is AND, `|` is OR, `~8.1` is `>=8.1 <9` (npm's `^8.1`), and
 * stability flags (`@RC`) are dropped; `null` when semver cannot read the result.
 */
export function composerRange(constraint: string): string | null {
  const alternatives = constraint
    .split('|')
    .map((alternative) => alternative.split(',').join(' ').split(' ').filter(Boolean).map(composerTerm).join(' '))
    .filter(Boolean);
  return semver().validRange(alternatives.join(' || '));
}

function composerTerm(term: string): string {
  const bare = term.includes('@') ? term.slice(0, term.indexOf('@')) : term;
  return /^~\d+\.\d+$/.test(bare) ? `^${bare.slice(1)}` : bare;
}

/** The newest PHP of the table the requirement allows (what the buildpack installs), or `null`. */
export function phpVersionOf(constraint: string): string | null {
  const range = composerRange(constraint);
  return range ? semver().maxSatisfying([...VERSIONS], range) : null;
}

export function phpProblems(files: AppFiles, family: BuilderFamily, builder: string): RuntimeProblem[] {
  if (family === 'gcp') return [];
  const missing = missingLock(files, builder);
  if (missing) return [missing];
  const pin = pinsOf(files, 'php').find((candidate) => candidate.source === 'composer-lock-php');
  const range = pin ? composerRange(pin.value) : null;
  if (!pin || !range || VERSIONS.some((version) => semver().satisfies(version, range))) return [];
  const minors = PHP_TABLE.latest.split(' ');
  const newest = minors[0] as string;
  const minor = (version: string) => version.split('.').slice(0, 2).join('.');
  const known = `PHP ${minor(minors[minors.length - 1] as string)} to ${minor(newest)}`;
  if (semver().intersects(range, `>${newest}`)) {
    return [
      problemAt(
        pin,
        'notice',
        `${quote(pin.value)} in ${pin.label} allows only PHP newer than the versions procfile-lint's table knows for ${builder} (${known}, newest ${newest}, as of ${PHP_TABLE.checked}); check that Heroku has released it.`,
      ),
    ];
  }
  return [
    problemAt(
      pin,
      'warning',
      `${quote(pin.value)} in ${pin.label} allows no PHP that ${builder} builds for the current stacks (${known}, source: ${PHP_TABLE.source}), so the build fails unless an older stack still has it (unverified). Require a supported PHP in composer.json (such as \`"php": "^8.3"\`) and run \`composer update\`.`,
    ),
  ];
}

/** bin/compile (and buildpacks-php src/errors.rs): composer.json with a non-empty `require` and no composer.lock fails. */
function missingLock(files: AppFiles, builder: string): RuntimeProblem | null {
  const text = files.exists('composer.lock') ? null : files.readText('composer.json');
  if (text === null) return null;
  const errors: ParseError[] = [];
  const tree = jsonc().parseTree(text, errors, { disallowComments: true });
  const require = tree && errors.length === 0 ? jsonc().findNodeAtLocation(tree, ['require']) : undefined;
  if (require?.type !== 'object' || (require.children ?? []).length === 0) return null;
  return {
    severity: 'error',
    file: 'composer.json',
    range: START,
    message: `composer.json requires packages but there is no composer.lock, and ${builder} stops the build ("No 'composer.lock' found!", source: ${PHP_TABLE.source.replace(/ support\/build\/packages,/, '')}). Run \`composer update\` and commit composer.lock.`,
  };
}
