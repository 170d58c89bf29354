// Refreshes the runtime version tables (src/runtimes/tables/) from the builders' own sources; see
// docs/runtime-tables.md. Reads each source file from GitHub (raw.githubusercontent.com, default branch) or, with
// `--local owner/name=<git dir>`, from a local clone or mirror (`git show HEAD:<path>`).
//
//   node scripts/refresh-runtime-tables.mjs            # print what changed
//   node scripts/refresh-runtime-tables.mjs --write    # also rewrite src/runtimes/tables/node-inventory.ts
//
// The Node.js inventories are rewritten by --write; the Python and other rows are small and carry prose, so the
// script prints the values to put in them. When a source cannot be fetched it says which, and what to check by hand.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const write = args.includes('--write');
const local = new Map(args.flatMap((arg, i) => (args[i - 1] === '--local' ? [arg.split('=')] : [])).map(([repo, dir]) => [repo, dir]));

/** The file at `path` of `repo` (HEAD), with the commit and its date when read from a local clone. */
async function source(repo, path, ref = 'HEAD') {
  const dir = local.get(repo);
  if (dir) {
    const git = (...rest) => execFileSync('git', ['--git-dir', dir, ...rest], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const [commit, date] = git('log', '-1', '--format=%H %cs', ref).trim().split(' ');
    return { text: git('show', `${ref}:${path}`), commit, date };
  }
  const response = await fetch(`https://raw.githubusercontent.com/${repo}/${ref}/${path}`);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return { text: await response.text(), commit: ref, date: new Date().toISOString().slice(0, 10) };
}

/** The names in directory `path` of `repo` (HEAD), with the commit and its date when read from a local clone. */
async function listing(repo, path) {
  const dir = local.get(repo);
  if (dir) {
    const git = (...rest) => execFileSync('git', ['--git-dir', dir, ...rest], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const [commit, date] = git('log', '-1', '--format=%H %cs', 'HEAD').trim().split(' ');
    return { names: git('ls-tree', '--name-only', `HEAD:${path}`).trim().split('\n'), commit, date };
  }
  const response = await fetch(`https://api.github.com/repos/${repo}/contents/${path}`);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return { names: (await response.json()).map((entry) => entry.name), commit: 'HEAD', date: new Date().toISOString().slice(0, 10) };
}

/**
 * Rewrites the top-level fields (`  key: value,` lines) of a table file: `fields` maps each key to its new value as
 * TypeScript source. Says whether the file changed.
 */
function rewriteFields(relative, fields, changedNote = 'review the diff') {
  const file = join(root, relative);
  const before = readFileSync(file, 'utf8');
  let after = before;
  for (const [key, value] of Object.entries(fields)) after = after.replace(new RegExp(`^ {2}${key}: .*$`, 'm'), `  ${key}: ${value},`);
  writeFileSync(file, after);
  const name = relative.split('/').pop();
  console.log(after === before ? `${name} is up to date.` : `Rewrote ${relative}: ${changedNote}.`);
}

async function tryStep(name, step) {
  try {
    await step();
  } catch (error) {
    console.log(`! ${name}: could not read the source (${error.message}). Check it by hand; docs/runtime-tables.md lists the files.`);
  }
}

/** `LATEST_PYTHON_3_N`, `OLDEST/NEWEST_SUPPORTED_PYTHON_3_MINOR_VERSION` from lib/python_version.sh or src/python_version.rs. */
function pythonFacts(text) {
  const latest = Object.fromEntries(
    Array.from(
      text.matchAll(
        /LATEST_PYTHON_3_(\d+)(?:"?\s*[:=][^"(]*"?|: PythonVersion = PythonVersion::new\()"?(?:(\d+)\.(\d+)\.(\d+)|3, \d+, (\d+))/g,
      ),
      (m) => [`3.${m[1]}`, m[2] ? `${m[2]}.${m[3]}.${m[4]}` : `3.${m[1]}.${m[5]}`],
    ),
  );
  const oldest = /OLDEST_SUPPORTED_PYTHON_3_MINOR_VERSION(?::\s*u16)?\s*=\s*(\d+)/.exec(text)?.[1];
  const newest = /NEWEST_SUPPORTED_PYTHON_3_MINOR_VERSION(?::\s*u16)?\s*=\s*(\d+)/.exec(text)?.[1];
  return { oldest: Number(oldest), newest: Number(newest), latest };
}

/** Linux amd64 versions of a Heroku Node.js inventory (inventory/node.toml, inventory/nodejs.toml), newest first. */
function nodeVersions(toml) {
  const versions = new Set();
  for (const block of toml.split('[[artifacts]]')) {
    const version = /^version = "([^"]+)"/m.exec(block)?.[1];
    if (version && /^arch = "(amd64|x86_64)"/m.test(block) && /^os = "linux"/m.test(block)) versions.add(version);
  }
  const key = (v) => v.split('.').map(Number);
  return [...versions].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
  });
}

/**
 * The latest patch of each Ruby `N.N` that heroku/heroku-buildpack-ruby's CHANGELOG.md announces ("Ruby 3.4.9 is now
 * available", "Ruby versions 3.0.7, 3.1.5 and 3.2.4 are now available"), newest first; JRuby and previews left out.
 */
function rubyLatest(changelog) {
  const latest = new Map();
  for (const line of changelog.split('\n')) {
    const announced = /^[-*] Ruby (?:versions? )?(.{1,200}?) (?:is|are) now available/.exec(line)?.[1];
    if (!announced) continue;
    for (const version of announced.replace(/JRuby \S+/g, '').match(/\b\d+\.\d+\.\d+\b(?![-.][A-Za-z])/g) ?? []) {
      const [major, minor, patch] = version.split('.').map(Number);
      const key = `${major}.${minor}`;
      if ((latest.get(key) ?? -1) < patch) latest.set(key, patch);
    }
  }
  const order = (key) => key.split('.').map(Number);
  return Object.fromEntries(
    [...latest].sort(([a], [b]) => order(b)[0] - order(a)[0] || order(b)[1] - order(a)[1]).map(([key, patch]) => [key, `${key}.${patch}`]),
  );
}

const report = [];
const inventories = {};
const rubies = {};

await tryStep('heroku/heroku-buildpack-python', async () => {
  const { text, commit, date } = await source('heroku/heroku-buildpack-python', 'lib/python_version.sh');
  report.push(['heroku-classic python', commit, date, pythonFacts(text)]);
});
await tryStep('heroku/buildpacks-python', async () => {
  const { text, commit, date } = await source('heroku/buildpacks-python', 'src/python_version.rs');
  report.push(['heroku-cnb python', commit, date, pythonFacts(text)]);
});
await tryStep('gliderlabs/herokuish', async () => {
  const versions = {};
  let at;
  for (const pack of ['python', 'nodejs', 'ruby', 'go', 'php', 'java']) {
    const { text, commit, date } = await source('gliderlabs/herokuish', `buildpacks/buildpack-${pack}/buildpack-version`);
    versions[pack] = text.trim();
    at = { commit, date };
  }
  report.push(['herokuish bundled buildpacks', at.commit, at.date, versions]);
  const python = await source('heroku/heroku-buildpack-python', 'lib/python_version.sh', versions.python).catch(() => null);
  if (python)
    report.push([`herokuish python (heroku-buildpack-python ${versions.python})`, python.commit, python.date, pythonFacts(python.text)]);
  const ruby = await source('heroku/heroku-buildpack-ruby', 'CHANGELOG.md', versions.ruby).catch(() => null);
  if (ruby) rubies.herokuish = { commit: versions.ruby, date: ruby.date, latest: rubyLatest(ruby.text) };
  const node = await source('heroku/heroku-buildpack-nodejs', 'inventory/node.toml', versions.nodejs).catch(() => null);
  if (node)
    inventories.herokuish = {
      source: `heroku/heroku-buildpack-nodejs inventory/node.toml @ ${versions.nodejs}, bundled by gliderlabs/herokuish @ ${at.commit.slice(0, 12)}`,
      checked: node.date,
      versions: nodeVersions(node.text),
    };
});
await tryStep('heroku/heroku-buildpack-nodejs', async () => {
  const { text, commit, date } = await source('heroku/heroku-buildpack-nodejs', 'inventory/node.toml');
  inventories['heroku-classic'] = {
    source: `heroku/heroku-buildpack-nodejs inventory/node.toml @ ${commit.slice(0, 12)}`,
    checked: date,
    versions: nodeVersions(text),
  };
});
await tryStep('heroku/buildpacks-nodejs', async () => {
  const { text, commit, date } = await source('heroku/buildpacks-nodejs', 'inventory/nodejs.toml');
  inventories['heroku-cnb'] = {
    source: `heroku/buildpacks-nodejs inventory/nodejs.toml @ ${commit.slice(0, 12)}`,
    checked: date,
    versions: nodeVersions(text),
  };
});

await tryStep('heroku/heroku-buildpack-ruby', async () => {
  const { text, commit, date } = await source('heroku/heroku-buildpack-ruby', 'CHANGELOG.md');
  rubies['heroku-classic'] = { commit, date, latest: rubyLatest(text) };
});
for (const [family, { commit, date, latest }] of Object.entries(rubies)) report.push([`${family} ruby`, commit, date, { latest }]);

/** `go1.22.3` -> [1, 22, 3, 'rc1'?], for sorting Go release names newest first. */
function goKey(name) {
  const match = /^go(\d+)(?:\.(\d+))?(?:\.(\d+))?([a-z]+\d*)?$/.exec(name);
  return match ? [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0), match[4] ?? ''] : [0, 0, 0, ''];
}
function sortGo(names) {
  return [...new Set(names)].sort((a, b) => {
    const [x, y] = [goKey(a), goKey(b)];
    // A release sorts above its release candidates (go1.22.0 > go1.22rc1).
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || (x[3] === '' ? -1 : y[3] === '' ? 1 : y[3].localeCompare(x[3]));
  });
}
const goInventories = {};
await tryStep('heroku/heroku-buildpack-go', async () => {
  const files = await source('heroku/heroku-buildpack-go', 'files.json');
  const data = await source('heroku/heroku-buildpack-go', 'data.json');
  const names = Object.keys(JSON.parse(files.text)).flatMap((file) => /^(go[^-]+)\.linux-amd64\.tar\.gz$/.exec(file)?.[1] ?? []);
  goInventories['heroku-classic'] = {
    source: `heroku/heroku-buildpack-go files.json, data.json @ ${files.commit.slice(0, 12)}`,
    checked: files.date,
    versions: sortGo(names),
    expansion: JSON.parse(data.text).Go.VersionExpansion,
  };
});
await tryStep('heroku/buildpacks-go', async () => {
  const { text, commit, date } = await source('heroku/buildpacks-go', 'buildpacks/go/inventory.toml');
  goInventories['heroku-cnb'] = {
    source: `heroku/buildpacks-go buildpacks/go/inventory.toml @ ${commit.slice(0, 12)}`,
    checked: date,
    versions: sortGo(nodeVersions(text)),
  };
});
for (const [family, { versions, checked }] of Object.entries(goInventories)) {
  console.log(`go ${family}: ${versions.length} versions, newest ${versions[0]} (${checked})`);
}
if (write && Object.keys(goInventories).length > 0) {
  const goFile = join(root, 'src/runtimes/tables/go-inventory.ts');
  const before = readFileSync(goFile, 'utf8');
  let next = before;
  for (const [family, { source: from, checked, versions, expansion }] of Object.entries(goInventories)) {
    const lines = [`    source: '${from}',`, `    checked: '${checked}',`, `    versions: '${versions.join(' ')}',`];
    if (expansion) {
      const entries = Object.entries(expansion).map(([from, to]) => `      '${from}': '${to}',`);
      lines.push(`    expansion: {`, ...entries, `    },`);
    }
    next = next.replace(new RegExp(`  '${family}': \\{\\n[\\s\\S]*?\\n  \\},`), `  '${family}': {\n${lines.join('\n')}\n  },`);
  }
  writeFileSync(goFile, next);
  console.log(next === before ? 'go-inventory.ts is up to date.' : 'Rewrote src/runtimes/tables/go-inventory.ts: review the diff.');
}

let dotnet = null;
await tryStep('heroku/buildpacks-dotnet', async () => {
  const { text, commit, date } = await source('heroku/buildpacks-dotnet', 'buildpacks/dotnet/inventory.toml');
  // nodeVersions sorts by the numeric parts; semver order within a patch (previews) does not matter for matching.
  dotnet = { commit, date, versions: nodeVersions(text) };
  report.push(['heroku-cnb dotnet', commit, date, { versions: dotnet.versions.length, newest: dotnet.versions[0] }]);
});
if (write && dotnet) {
  rewriteFields('src/runtimes/tables/dotnet-inventory.ts', {
    source: `'heroku/buildpacks-dotnet buildpacks/dotnet/inventory.toml @ ${dotnet.commit.slice(0, 12)}'`,
    checked: `'${dotnet.date}'`,
    versions: `'${dotnet.versions.join(' ')}'`,
  });
}

let php = null;
await tryStep('heroku/heroku-buildpack-php', async () => {
  const { names, commit, date } = await listing('heroku/heroku-buildpack-php', 'support/build/packages');
  const compile = await source('heroku/heroku-buildpack-php', 'bin/compile');
  const latest = names
    .flatMap((name) => /^php-(\d+\.\d+\.\d+)$/.exec(name)?.[1] ?? [])
    .sort((a, b) => {
      const [x, y] = [a, b].map((v) => v.split('.').map(Number));
      return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
    });
  const defaultRange = /HEROKU_PHP_DEFAULT_RUNTIME_VERSION="([^"]*)"/.exec(compile.text)?.[1];
  php = { commit, date, latest, defaultRange };
  report.push(['heroku-classic php', commit, date, { latest, defaultRange }]);
});
if (write && php) {
  rewriteFields('src/runtimes/tables/php.ts', {
    source: `'heroku/heroku-buildpack-php support/build/packages, bin/compile @ ${php.commit.slice(0, 12)}'`,
    checked: `'${php.date}'`,
    latest: `'${php.latest.join(' ')}'`,
    defaultRange: `'${php.defaultRange}'`,
  });
}

let java = null;
await tryStep('heroku/heroku-buildpack-jvm-common', async () => {
  const { text, commit, date } = await source('heroku/heroku-buildpack-jvm-common', 'inventory.json');
  const inventory = JSON.parse(text);
  const stacks = new Map();
  for (const artifact of inventory.artifacts) {
    if (artifact.os !== 'linux' || artifact.arch !== 'amd64' || artifact.metadata?.distribution !== 'zulu') continue;
    const set = stacks.get(artifact.version) ?? new Set();
    for (const stack of artifact.metadata.cedar_stacks ?? []) set.add(stack.replace('heroku-', ''));
    stacks.set(artifact.version, set);
  }
  const versions = [...stacks].map(([version, set]) => `${version}:${[...set].sort().join(',')}`).join(' ');
  const aliases = Object.entries(inventory.version_aliases)
    .map(([alias, version]) => `'${alias}': '${version}'`)
    .join(', ');
  java = { commit, date, versions, aliases };
  report.push(['heroku-classic java', commit, date, { aliases: Object.keys(inventory.version_aliases).length, versions: stacks.size }]);
});

for (const [name, commit, date, facts] of report) console.log(`${name} @ ${commit.slice(0, 12)} (${date}):\n  ${JSON.stringify(facts)}`);
console.log('Compare these with src/runtimes/tables/python.ts and update the rows (source, checked, minors, latest).');
console.log("The Ruby rows go into src/runtimes/tables/ruby.ts (--write rewrites the classic row's latest, source and checked).");

const inventoryFile = join(root, 'src/runtimes/tables/node-inventory.ts');
const current = readFileSync(inventoryFile, 'utf8');
const families = ['heroku-classic', 'heroku-cnb', 'herokuish'].filter((family) => inventories[family]);
for (const family of families) {
  const { versions, checked } = inventories[family];
  console.log(`node ${family}: ${versions.length} versions, newest ${versions[0]} (${checked})`);
}
const classicRuby = rubies['heroku-classic'];
if (write && classicRuby) {
  const rubyFile = join(root, 'src/runtimes/tables/ruby.ts');
  const before = readFileSync(rubyFile, 'utf8');
  const latest = Object.entries(classicRuby.latest)
    .map(([key, version]) => `'${key}': '${version}'`)
    .join(', ');
  const head = before.indexOf('const HEROKU_CLASSIC');
  const row = before.slice(head, before.indexOf('};', head));
  const next = row
    .replace(/^ {2}source: .*$/m, `  source: 'heroku/heroku-buildpack-ruby CHANGELOG.md @ ${classicRuby.commit.slice(0, 12)}',`)
    .replace(/^ {2}checked: .*$/m, `  checked: '${classicRuby.date}',`)
    .replace(/^ {2}latest: .*$/m, `  latest: { ${latest} },`);
  const after = before.replace(row, next);
  writeFileSync(rubyFile, after);
  console.log(
    after === before
      ? 'ruby.ts is up to date.'
      : 'Rewrote the heroku-classic row of src/runtimes/tables/ruby.ts (check the CNB and herokuish rows by hand).',
  );
}
if (write && java) {
  rewriteFields(
    'src/runtimes/tables/java.ts',
    {
      source: `'heroku/heroku-buildpack-jvm-common inventory.json @ ${java.commit.slice(0, 12)}'`,
      checked: `'${java.date}'`,
      aliases: `{ ${java.aliases} } as Readonly<Record<string, string>>`,
      versions: `'${java.versions}'`,
    },
    'update the commit in its header comment too',
  );
}
if (write && families.length > 0) {
  let next = current;
  for (const family of families) {
    const { source: from, checked, versions } = inventories[family];
    const key = /^[a-z]+$/.test(family) ? family : `'${family}'`;
    const row = `  ${key}: {\n    source: '${from}',\n    checked: '${checked}',\n    versions: '${versions.join(' ')}',\n  },`;
    next = next.replace(new RegExp(`  '?${family}'?: \\{\\n[\\s\\S]*?\\n  \\},`), row);
  }
  writeFileSync(inventoryFile, next);
  console.log(
    next === current
      ? 'node-inventory.ts is up to date.'
      : 'Rewrote src/runtimes/tables/node-inventory.ts: review the diff, then npm run package && npm test.',
  );
}
