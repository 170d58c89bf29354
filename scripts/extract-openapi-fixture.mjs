// Writes __tests__/fixtures/github-openapi/api.github.com.json: the part of GitHub's REST API description that the
// stand-in for the API (__tests__/helpers/github-api.ts) checks requests against. The whole description ships in
// @octokit/openapi, which unpacks to 385 MB for this one 13 MB file; the fixture keeps the operations the action calls
// (without their responses, which the stand-in does not check) and the components they refer to.
//
// Usage: node scripts/extract-openapi-fixture.mjs [api.github.com.json]
// Without an argument it fetches @octokit/openapi@VERSION with `npm pack` (the only step that needs the network) and
// also copies the package's licence beside the fixture. When the action calls a new endpoint, add its operationId to
// OPERATIONS and run this again.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '23.0.2';
const OPERATIONS = [
  'checks/create',
  'checks/update',
  'pulls/list-files',
  'pulls/list-review-comments',
  'pulls/create-review',
  'pulls/update-review-comment',
];
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '__tests__', 'fixtures', 'github-openapi');

const given = process.argv[2];
const scratch = given ? undefined : mkdtempSync(join(tmpdir(), 'procfile-lint-openapi-'));
try {
  const specFile = given ? resolve(given) : unpack(scratch);
  const fixture = extract(JSON.parse(readFileSync(specFile, 'utf8')), given ?? `@octokit/openapi@${VERSION}`);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'api.github.com.json'), `${JSON.stringify(fixture, null, 2)}\n`);
  if (scratch) copyFileSync(join(scratch, 'package', 'LICENSE'), join(out, 'LICENSE'));
  console.log(`Wrote ${Object.keys(fixture.paths).length} path(s), ${countComponents(fixture.components)} component(s) to ${out}.`);
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

/** Downloads the package with npm's own client and unpacks the description and the licence; returns the former. */
function unpack(dir) {
  const tarball = execFileSync('npm', ['pack', `@octokit/openapi@${VERSION}`, '--silent', '--pack-destination', dir], {
    encoding: 'utf8',
  }).trim();
  const spec = 'package/generated/api.github.com.json';
  execFileSync('tar', ['-xzf', join(dir, tarball.split('\n').pop()), '-C', dir, spec, 'package/LICENSE']);
  return join(dir, spec);
}

function extract(spec, source) {
  const paths = {};
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method) || !OPERATIONS.includes(operation.operationId)) continue;
      const { responses: _responses, ...kept } = operation;
      paths[template] ??= item.parameters ? { parameters: item.parameters } : {};
      paths[template][method] = kept;
    }
  }
  const missing = OPERATIONS.filter((id) => !Object.values(paths).some((item) => Object.values(item).some((op) => op.operationId === id)));
  if (missing.length > 0) throw new Error(`${source} has no operation ${missing.join(', ')}`);
  return {
    openapi: spec.openapi,
    info: spec.info,
    'x-procfile-lint': {
      source: `${source} (generated/api.github.com.json), MIT: see LICENSE`,
      extractedBy: 'scripts/extract-openapi-fixture.mjs',
      operations: OPERATIONS,
    },
    paths,
    components: referencedComponents(spec, paths),
  };
}

/** Every component `value` refers to, directly or through other components, in the description's order. */
function referencedComponents(spec, value) {
  const wanted = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/') && !wanted.has(ref)) {
      wanted.add(ref);
      visit(lookup(spec, ref));
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(value);
  const components = {};
  for (const [section, entries] of Object.entries(spec.components)) {
    for (const [name, entry] of Object.entries(entries)) {
      if (!wanted.has(`#/components/${section}/${name}`)) continue;
      components[section] ??= {};
      components[section][name] = entry;
    }
  }
  return components;
}

function lookup(spec, ref) {
  const [, , section, name] = ref.split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const found = spec.components[section]?.[name];
  if (found === undefined) throw new Error(`dangling reference ${ref}`);
  return found;
}

function countComponents(components) {
  return Object.values(components).reduce((sum, entries) => sum + Object.keys(entries).length, 0);
}
