/**
 * SARIF as GitHub code scanning ingests it: every example's log passes Microsoft's SARIF Multitool with its GitHub
 * rules with no error and no warning, and meets the requirements GitHub documents for uploaded SARIF.
 */
import { lintProcfile } from '../../src/lint.js';
import { RULES } from '../../src/rules/index.js';
import { formatSarif } from '../../src/report/sarif.js';
import { EXAMPLES, runCli } from '../helpers/processes.js';
import { multitool, multitoolProblems } from '../helpers/sarif-multitool.js';
import { removeTrees } from '../helpers/tree.js';

afterAll(removeTrees);

const tool = multitool();
const describeWithTool = 'path' in tool ? describe : describe.skip;
if ('missing' in tool) console.log(`Skipping the SARIF Multitool checks: ${tool.missing}.`);

describeWithTool("Microsoft's SARIF Multitool (GitHub and SARIF rules)", () => {
  const executable = 'path' in tool ? tool.path : '';

  /** A log GitHub would refuse: a rule without its descriptions, a result at an absolute file URI. */
  function refusedLog(): string {
    const log = JSON.parse(
      formatSarif(
        lintProcfile(Buffer.from('web : x\n')),
        RULES.map((rule) => rule.meta),
      ),
    );
    delete log.runs[0].tool.driver.rules[0].fullDescription;
    delete log.runs[0].tool.driver.rules[0].help;
    log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'file:///home/runner/work/Procfile';
    return JSON.stringify(log);
  }

  // The .NET tool takes seconds to start and about half a second per file: one run validates the log of every example
  // (the CLI's log of several apps: one run per app, as a monorepo uploads it) and the refused one, and each test reads
  // the problems of its own file.
  let problems: string[] = [];
  let examplesLog: { runs: { automationDetails: { id: string } }[] } = { runs: [] };
  beforeAll(() => {
    const examples = runCli(['--format', 'sarif', ...EXAMPLES.map((example) => `examples/${example}`)]).stdout;
    examplesLog = JSON.parse(examples);
    problems = multitoolProblems(executable, { 'examples.sarif': examples, 'refused.sarif': refusedLog() });
  }, 180_000);
  const problemsOf = (file: string) => problems.filter((line) => line.startsWith(`${file}(`));

  it('finds no error and no warning in the SARIF of any example', () => {
    expect(examplesLog.runs.map((run) => run.automationDetails.id)).toEqual(
      EXAMPLES.map((example) => `procfile-lint/examples/${example}/`),
    );
    expect(problemsOf('examples.sarif')).toEqual([]);
    expect(problems.filter((line) => !line.startsWith('examples.sarif(') && !line.startsWith('refused.sarif('))).toEqual([]);
  });

  it('reports what GitHub would refuse, so the check above can fail', () => {
    expect(problemsOf('refused.sarif').some((line) => / error GH\d+: .*fullDescription/.test(line))).toBe(true);
    expect(problemsOf('refused.sarif').length).toBeGreaterThanOrEqual(2);
  });
});
