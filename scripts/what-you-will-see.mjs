// Generates the README's "What you will see" section from a real run of the built action (dist/index.js) and CLI
// (bin/procfile-lint.js) on a broken example, so the section shows exactly what users get.
// Usage: node scripts/what-you-will-see.mjs                    print the section
//        node scripts/what-you-will-see.mjs --write [file]     replace it in README.md (or file), between the markers
//        node scripts/what-you-will-see.mjs --check [file]     exit 1 when the section is not what a run gives now
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = 'examples/broken-duplicate-web';
const START = '<!-- what-you-will-see:start -->';
const END = '<!-- what-you-will-see:end -->';

const [mode, file = join(root, 'README.md')] = process.argv.slice(2);
if (mode !== undefined && mode !== '--write' && mode !== '--check') {
  console.error(`Unknown option ${mode}: use --write, --check or nothing.`);
  process.exit(2);
}
const name = relative(process.cwd(), file) || file;

const section = render(runAction(), runCli());
if (mode === undefined) {
  process.stdout.write(section);
} else {
  const readme = readFileSync(file, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    console.error(`${name} has no ${START} ... ${END} markers.`);
    process.exit(1);
  }
  const updated = readme.slice(0, start) + section + readme.slice(end + END.length);
  if (mode === '--write') {
    writeFileSync(file, updated);
    console.log(updated === readme ? `${name} is up to date.` : `${name} updated.`);
  } else if (updated !== readme) {
    console.error(`${name}: "What you will see" is not what the action and the CLI print now.`);
    console.error('Run `npm run package && node scripts/what-you-will-see.mjs --write` and commit README.md.');
    process.exitCode = 1;
  } else {
    console.log(`${name}: "What you will see" is up to date.`);
  }
}

/** Runs dist/index.js as the runner does: inputs from action.yml's defaults, the workspace at the repository root. */
function runAction() {
  const dir = mkdtempSync(join(tmpdir(), 'procfile-lint-readme-'));
  try {
    const summaryFile = join(dir, 'summary.md');
    const outputFile = join(dir, 'output.txt');
    writeFileSync(summaryFile, '');
    writeFileSync(outputFile, '');
    const { inputs } = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8'));
    const env = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: root, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile };
    for (const [name, input] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = input.default ?? '';
    env.INPUT_PATH = EXAMPLE;
    const run = spawnSync(process.execPath, [join(root, 'dist', 'index.js')], { cwd: root, env, encoding: 'utf8' });
    if (run.status !== 1) throw new Error(`expected the action to fail on ${EXAMPLE}, got status ${run.status}:\n${run.stderr}`);
    return {
      // Workflow commands that GitHub turns into annotations: the findings, then the step's failure.
      annotations: run.stdout.split('\n').filter((line) => /^::(error|warning|notice)[ :]/.test(line)),
      summary: readFileSync(summaryFile, 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runCli() {
  const args = ['bin/procfile-lint.js', EXAMPLE];
  const run = spawnSync(process.execPath, args, { cwd: root, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
  if (run.status !== 1) throw new Error(`expected the CLI to exit with 1 on ${EXAMPLE}, got ${run.status}:\n${run.stderr}`);
  return { command: `node ${args.join(' ')}`, output: run.stdout, status: run.status };
}

/** A fence longer than any run of backticks in `text`, so the text cannot close it. */
function fenced(language, text) {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

function render(action, cli) {
  return `${START}
<!-- Generated from a run of dist/index.js and bin/procfile-lint.js by \`node scripts/what-you-will-see.mjs --write\`;
     a test fails when it is stale. Do not edit by hand. -->

On [\`${EXAMPLE}\`](${EXAMPLE}/Procfile), whose Procfile declares \`web\` twice, the step fails. Its log
carries these workflow commands, which GitHub turns into annotations, shown on the pull request's diff at the line
they name and in the run's list of annotations:

${fenced('text', action.annotations.join('\n'))}

The job summary, written as Markdown and HTML to \`$GITHUB_STEP_SUMMARY\` and rendered by GitHub on the run's page:

<details>
<summary>Source of the job summary</summary>

${fenced('markdown', action.summary)}

</details>

The step's log shows the text report, the same as the CLI prints; the CLI then exits with ${cli.status}:

${fenced('console', `$ ${cli.command}\n${cli.output}`)}
${END}`;
}
