/**
 * What herokuish does to a Procfile command on a Dokku buildpack deploy: `exec $(eval echo "$cmd")`
 * (gliderlabs/herokuish@fbc485e2 include/procfile.bash procfile-exec). `eval` runs `echo <cmd>` as a shell command,
 * and `exec` runs the words echo printed, so:
 * - `a && b`, `a; b`, `a | b`: `echo a` runs, then `b` runs inside the command substitution (its output captured),
 *   and `a` is exec'd only after `b` ends: `b` runs but `a` (a migration, a build) does not run first;
 * - `cd dir && b`: `b` runs from the app root, then `exec cd dir` fails (cd is not a program);
 * - `NAME=value cmd`: `exec NAME=value cmd` fails ("NAME=value: not found");
 * - `cmd > file`: echo's output goes to the file and `exec` gets nothing: the process ends at once;
 * - a quoted argument with a space (`-c 'a b'`, `--log-format "%(h)s %(r)s"`) is split into words.
 * (issue gliderlabs/herokuish#326, closed "That is correct"; #698 open.)
 */
import { parse, type Command, type Script, type Statement, type SyntaxNode, forEachChild } from 'unbash';

export interface HerokuishProblem {
  kind: 'sequence' | 'cd' | 'assignment' | 'redirect' | 'quotes';
  /** UTF-16 offsets into the command. */
  start: number;
  end: number;
  /** The process cannot work as written: not only the part before the operator is lost. */
  certain: boolean;
}

const MAX_PROBLEMS = 3;

export function herokuishProblems(command: string): HerokuishProblem[] {
  let script: Script & { errors?: readonly unknown[] };
  try {
    script = parse(command);
  } catch {
    return [];
  }
  // A command bash refuses is shell-syntax's business.
  if ((script.errors ?? []).length > 0) return [];
  const problems: HerokuishProblem[] = [];
  const statements = script.commands as readonly Statement[];
  const simple = topLevelCommands(statements);
  const first = simple[0];
  if (statements.length > 1 || simple.length > 1 || !first) {
    const cd = first?.name?.value === 'cd';
    const second = simple[1] ?? statements[1];
    problems.push({
      kind: cd ? 'cd' : 'sequence',
      start: first && cd ? first.pos : (second?.pos ?? 0),
      end: first && cd ? first.end : (second?.end ?? command.length),
      certain: false,
    });
  }
  if (first) {
    const assignment = first.prefix.find((item) => item.type === 'Assignment');
    if (assignment) problems.push({ kind: 'assignment', start: assignment.pos, end: assignment.end, certain: simple.length === 1 });
    const redirect = [...first.prefix, ...first.suffix].find(
      (item) =>
        item.type === 'Redirect' &&
        ['>', '>>', '&>', '&>>', '>|'].includes(item.operator) &&
        (item.descriptor === undefined || (item.descriptor.type === 'FileDescriptor' && item.descriptor.value === 1)),
    );
    if (redirect && simple.length === 1) problems.push({ kind: 'redirect', start: redirect.pos, end: redirect.end, certain: true });
    const quoted = [first.name, ...first.suffix].find((item) => item?.type === 'Word' && item.text !== item.value && /\s/.test(item.value));
    if (quoted) problems.push({ kind: 'quotes', start: quoted.pos, end: quoted.end, certain: false });
  }
  return problems.slice(0, MAX_PROBLEMS);
}

/** The simple commands of the top-level lists, pipelines and and-or lists, not those inside substitutions or groups. */
function topLevelCommands(statements: readonly Statement[]): Command[] {
  const found: Command[] = [];
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'Command') {
      found.push(node);
      return;
    }
    if (node.type === 'Statement' || node.type === 'AndOr' || node.type === 'Pipeline') forEachChild(node, visit);
  };
  for (const statement of statements) visit(statement);
  return found;
}
