/**
 * What is left of package.json's devDependencies once a Node.js build is done: the package manager the lock file
 * names, whether the lock file says a production dependency brings a package anyway, and whether one of the app's
 * files tells the build to keep them (the platform says which file, src/platforms/*.ts `devDependencies`). And the
 * same for Ruby: the gems a bundle installed without the `development` and `test` groups leaves out.
 */
import type { PackageJson, RubyGems } from '../commands/app-facts.js';
import type { AppFiles } from '../engine/app-files.js';
import type { DevDependencyFacts, DevDependencyKeep, NodePackageManager } from '../platforms/profile.js';
import { toml } from './libraries.cjs';

/** The lock files each package manager writes, in the order they are looked for. */
const LOCKFILES: readonly { file: string; manager: NodePackageManager }[] = [
  { file: 'pnpm-lock.yaml', manager: 'pnpm' },
  { file: 'yarn.lock', manager: 'yarn' },
  { file: 'package-lock.json', manager: 'npm' },
  { file: 'npm-shrinkwrap.json', manager: 'npm' },
  { file: 'bun.lock', manager: 'bun' },
  { file: 'bun.lockb', manager: 'bun' },
];

const MAX_ENV_LINES = 1000;

export interface DevOnlyPackages {
  manager: NodePackageManager;
  lockfile: string;
  /** `name` is only in devDependencies, and the lock file does not show a production dependency that brings it. */
  isDevOnly(name: string): boolean;
}

/** `null` without a valid package.json or without a lock file: then any dependency may bring a package with it. */
export function devOnlyPackages(files: AppFiles, pkg: PackageJson | null | 'invalid'): DevOnlyPackages | null {
  if (pkg === null || pkg === 'invalid') return null;
  const found = LOCKFILES.find(({ file }) => files.exists(file));
  if (!found) return null;
  const text = files.readText(found.file);
  // An empty lock file (a placeholder, a failed install) lists nothing.
  if (text !== null && text.trim() === '') return null;
  const devFlag = found.manager === 'npm' && text !== null ? npmLockDevFlag(text) : null;
  return {
    manager: found.manager === 'yarn' && isYarnBerry(text, files) ? 'yarn-berry' : found.manager,
    lockfile: found.file,
    isDevOnly: (name) => pkg.devOnly.has(name) && (devFlag?.(name) ?? true),
  };
}

/** A Yarn 2+ lock file starts with a `__metadata:` entry; a lock file too large to read is told by `.yarnrc.yml`. */
function isYarnBerry(text: string | null, files: AppFiles): boolean {
  return text === null ? files.exists('.yarnrc.yml') : text.startsWith('__metadata:') || text.includes('\n__metadata:');
}

/**
 * npm marks a package that only devDependencies need with `"dev": true` (lockfileVersion 2 and 3 under
 * `packages["node_modules/<name>"]`, version 1 under `dependencies[<name>]`); one without it is needed in production.
 * `null` when the lock file is not JSON; a package it does not list counts as dev-only, as package.json says.
 */
function npmLockDevFlag(text: string): ((name: string) => boolean) | null {
  let lock: unknown;
  try {
    lock = JSON.parse(text);
  } catch {
    return null;
  }
  const packages = objectAt(lock, 'packages');
  const legacy = objectAt(lock, 'dependencies');
  return (name) => {
    const entry = objectAt(packages, `node_modules/${name}`) ?? objectAt(legacy, name);
    return entry === null || entry.dev === true;
  };
}

function objectAt(value: unknown, key: string): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return null;
  const found = (value as Record<string, unknown>)[key];
  return typeof found === 'object' && found !== null && !Array.isArray(found) ? (found as Record<string, unknown>) : null;
}

export interface GemsLeftOut {
  /** The groups the Gemfile declares `name` in, when they are all left out and no installed gem depends on it; else `null`. */
  groupsOf(name: string): readonly string[] | null;
  /** The bundle installs `name`: the lock file has it, and a gem the Gemfile declares outside those groups needs it. */
  installed(name: string): boolean;
}

/**
 * Bundler installs a gem when one of its groups is not left out, and every gem such a gem depends on, as the lock
 * file's `specs:` say (bundler lib/bundler/definition.rb `requested_dependencies`, spec_set.rb). `null` when that
 * cannot be told for certain: no lock file, or a Gemfile the reader does not follow to the end.
 */
export function gemsLeftOut(gems: RubyGems | null, without: readonly string[]): GemsLeftOut | null {
  const lock = gems?.lock;
  if (!gems || !lock || !gems.groupsReadable) return null;
  const leftOut = new Map<string, Set<string>>();
  const kept = new Set<string>();
  for (const { name, groups } of gems.declared) {
    if (groups === null || !groups.every((group) => without.includes(group))) kept.add(name);
    else leftOut.set(name, new Set([...(leftOut.get(name) ?? []), ...groups]));
  }
  for (const name of kept) leftOut.delete(name);
  const installed = new Set<string>();
  const queue = [...lock.dependencies, ...kept].filter((name) => !leftOut.has(name));
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (installed.has(name)) continue;
    installed.add(name);
    queue.push(...(lock.specs.get(name) ?? []));
  }
  return {
    groupsOf: (name) => {
      const groups = leftOut.get(name);
      return groups && lock.specs.has(name) && !installed.has(name) ? [...groups] : null;
    },
    installed: (name) => installed.has(name),
  };
}

/** Whether the app file the platform reads (project.toml, `.env`) tells the build to keep devDependencies (or gem groups). */
export function appFileKeepsDevDependencies(
  files: AppFiles,
  facts: Pick<DevDependencyFacts, 'keptByFile'>,
  keep: DevDependencyKeep,
): boolean {
  const setting = facts.keptByFile;
  const text = setting ? files.readText(setting.file) : null;
  if (!setting || text === null) return false;
  return setting.kind === 'toml' ? tomlValue(text, setting.key) === setting.value : envFileKeeps(text, keep);
}

function tomlValue(text: string, key: readonly string[]): unknown {
  let value: unknown;
  try {
    value = toml().parse(text);
  } catch {
    return undefined;
  }
  for (const part of key) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** `NAME=value` or `export NAME=value` lines, as herokuish reads `.env` (include/buildpack.bash `_envfile-parse`). */
function envFileKeeps(text: string, keep: DevDependencyKeep): boolean {
  return text
    .split('\n')
    .slice(0, MAX_ENV_LINES)
    .some((raw) => {
      const line = raw.trim();
      const equals = line.indexOf('=');
      if (line.startsWith('#') || equals === -1) return false;
      const name = line.slice(0, equals).replace(/^export[ \t]+/, '');
      const value = unquoted(line.slice(equals + 1));
      return keep.variables.some((variable) => variable.name === name && variable.keeps(value));
    });
}

function unquoted(value: string): string {
  const quote = value[0];
  return value.length >= 2 && (quote === '"' || quote === "'") && value.endsWith(quote) ? value.slice(1, -1) : value;
}
