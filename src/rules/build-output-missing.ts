import * as posixPath from 'node:path/posix';
import { checkJar, checkNodeFile, nodeOutput, type JarCheck, type NodeFileCheck } from '../apps/build-outputs.js';
import { javaBuild, type JavaBuild } from '../apps/java-build.js';
import { packageJson } from '../commands/app-facts.js';
import type { Invocation } from '../commands/invocation.js';
import type { AppFiles } from '../engine/app-files.js';
import { quote } from '../engine/quote.js';
import type { Severity } from '../engine/types.js';
import { buildpackFindings, commandRange, everywhere, type ProcfileContext, type ProcfileRule, type Report } from './rule.js';

export const buildOutputMissing: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'build-output-missing',
    description:
      'A command runs a file the build does not write: a jar Maven or Gradle names otherwise, the thin jar beside a runnable one, or JavaScript compiled elsewhere.',
    severity: everywhere('error'),
    tags: ['command'],
  },
  *check(context) {
    if (context.files.complete) yield* buildpackFindings(context, missingOutputs(context));
  },
};

function* missingOutputs(context: ProcfileContext): Generator<Report> {
  const { files } = context;
  let java: JavaBuild | null | undefined;
  for (const { line, type } of context.facts.processLines()) {
    for (const invocation of context.facts.command(line).invocations) {
      const file = invocation.file;
      // A glob (`build/libs/*.jar`) is matched against the build's jars; a variable is not known before the shell runs.
      if (!file || (file.dynamic && /[$`{]/.test(file.value)) || invocation.cwd === null || file.value.startsWith('/')) continue;
      const path = posixPath.normalize(posixPath.join(invocation.cwd, file.value));
      if (!path.includes('*') && files.exists(path)) continue;
      const problem =
        invocation.program?.id === 'java-jar'
          ? jarProblem((java ??= javaBuild(files)), path)
          : invocation.program?.id === 'node-script' && !path.includes('*')
            ? nodeProblem(files, invocation, path)
            : null;
      if (problem)
        yield {
          range: commandRange(line, file.start, file.end),
          severity: problem.severity,
          message: `${quote(type)}: ${problem.message}`,
        };
    }
  }
}

interface Problem {
  severity: Severity;
  message: string;
}

const list = (paths: string[]) => paths.map((path) => quote(path)).join(', ');

function jarProblem(build: JavaBuild | null, path: string): Problem | null {
  if (!build) return null;
  const check: JarCheck = checkJar(build, path);
  switch (check.kind) {
    case 'not-produced':
      return {
        severity: 'error',
        message:
          `java runs ${quote(path)}, but ${quote(build.file)} builds ${list(check.instead.map((jar) => jar.path))}, so java stops with ` +
          `"Unable to access jarfile". Run ${quote(check.instead[0]?.path ?? '')} (or a glob that matches only it).`,
      };
    case 'thin':
      return {
        severity: 'warning',
        message:
          `${quote(path)} is the plain jar, with the app's classes only; ${quote(check.instead.by)} also builds ${quote(check.instead.path)}, ` +
          `which carries the dependencies, so the plain one fails with "no main manifest attribute" or NoClassDefFoundError. Run ${quote(check.instead.path)}.`,
      };
    case 'ambiguous':
      return {
        severity: 'warning',
        message:
          `${quote(path)} matches ${list(check.jars.map((jar) => jar.path))}: bash passes them all to java, which runs the first in sort order ` +
          `(which one depends on the locale) and hands it the others as arguments. Name the runnable jar (${quote(check.jars.find((jar) => jar.kind === 'fat')?.path ?? check.jars[0]?.path ?? '')}).`,
      };
    default:
      return null;
  }
}

function nodeProblem(files: AppFiles, invocation: Invocation, path: string): Problem | null {
  const pkg = packageJson(files);
  if (pkg === null || pkg === 'invalid') return null;
  const output = nodeOutput(files, pkg.scripts);
  if (!output) return null;
  const check: NodeFileCheck = checkNodeFile(files, output, path);
  const run = quote(`node ${invocation.file?.value ?? path}`);
  if (check.kind === 'outside') {
    const where = output.outFile
      ? quote(output.outFile)
      : `${quote(`${output.outDir}/`)}${output.config ? ` (${quote('outDir')} in ${quote(output.config)})` : ''}`;
    return {
      severity: 'warning',
      message: `${run} needs ${quote(path)}, which is not in the repository, and the ${quote(output.script)} script's ${quote(output.tool)} writes to ${where}, so node would stop with "Cannot find module". Run the file the build writes.`,
    };
  }
  if (check.kind === 'no-source') {
    return {
      severity: 'warning',
      message: `${run} needs ${quote(path)}, which ${quote(output.tool)} would compile from ${list(check.expected.slice(0, 2))}, and there is no such source, so node would stop with "Cannot find module". Point it at the compiled entry file.`,
    };
  }
  return null;
}
