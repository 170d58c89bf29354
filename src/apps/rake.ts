/**
 * The command a rake task runs (`web: bundle exec rake web`, with `task :web do sh "puma -C config/puma.rb" end`), so
 * the command rules can check that one. No Ruby parser on npm fits a synchronous engine: @ruby/prism is WebAssembly
 * loaded asynchronously through node:wasi (experimental on Node 20, with a warning on stderr), tree-sitter-ruby needs
 * web-tree-sitter's WebAssembly too, and there is no @lezer/ruby. So this is a bounded line scan of the Rakefile and
 * lib/tasks/*.rake (rake's rakelib default is `rakelib/`, Rails loads lib/tasks/*.rake): `namespace :x do` and
 * `task :name do` blocks, tracked by their `do` / `end` lines, and in the task the last `sh`, `system` or `exec` call
 * whose argument is one literal string without escapes or interpolation. Anything else is not followed.
 */
import * as posixPath from 'node:path/posix';
import type { AppFiles } from '../engine/app-files.js';

/** rake's default Rakefile names (ruby/rake lib/rake/application.rb DEFAULT_RAKEFILES), then the task folders. */
const RAKEFILES = ['rakefile', 'Rakefile', 'rakefile.rb', 'Rakefile.rb'];
const TASK_DIRS = ['lib/tasks', 'rakelib'];
const MAX_RAKE_FILES = 30;
const MAX_LINES = 5000;

export interface RakeCommand {
  file: string;
  fileText: string;
  /** The shell command the task runs, and where it starts in the file. */
  text: string;
  offset: number;
}

/** The literal shell command the rake task `name` (`web`, `assets:serve`) runs last, or `null`. */
export function rakeTaskCommand(files: AppFiles, cwd: string, name: string): RakeCommand | null {
  const rakefile = RAKEFILES.map((file) => posixPath.join(cwd, file)).find((file) => files.exists(file));
  if (!rakefile) return null;
  const taskFiles = TASK_DIRS.flatMap((dir) =>
    files
      .entries(posixPath.join(cwd, dir))
      .filter((entry) => entry.endsWith('.rake'))
      .map((entry) => posixPath.join(cwd, dir, entry)),
  );
  for (const file of [rakefile, ...taskFiles].slice(0, MAX_RAKE_FILES)) {
    const fileText = files.readText(file);
    const found = fileText === null ? null : taskCommand(fileText, name);
    if (found) return { file, fileText: fileText as string, ...found };
  }
  return null;
}

interface Block {
  /** The namespace or task this block opens, or `null` for any other `do` / keyword block. */
  namespace?: string;
  task?: string;
}

/** `namespace :x do`, `namespace "x" do`. */
const NAMESPACE = /^namespace[ \t(]+(?::([A-Za-z_][\w]*)|["']([\w:-]+)["'])[ \t)]*do\b/;
/** `task :web do`, `task web: :environment do`, `task :web => [:env] do`, `task "web" do |t|`. */
const TASK = /^task[ \t(]+(?::([A-Za-z_]\w*)|["']([\w:-]+)["']|([A-Za-z_]\w*):(?!:))/;
/** Keywords that open a block at the start of a line. */
const KEYWORD_BLOCK = /^(?:if|unless|while|until|case|def|begin|class|module|for)\b/;
/** `sh "..."`, `sh('...')`, `system "..."`, `exec "..."`: the call and its opening quote. */
const RUNS = /^(?:sh|system|exec|Kernel\.exec|Kernel\.system)[ \t(]+(["'])/;

function taskCommand(text: string, wanted: string): { text: string; offset: number } | null {
  const stack: Block[] = [];
  let offset = 0;
  let found: { text: string; offset: number } | null = null;
  for (const raw of text.split('\n').slice(0, MAX_LINES)) {
    const lineStart = offset;
    offset += raw.length + 1;
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim().replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    if (line === 'end' || line.startsWith('end ') || line.startsWith('end.') || line === 'end)') {
      const closed = stack.pop();
      if (closed?.task === wanted && found) return found;
      continue;
    }
    const inTask = stack.some((block) => block.task === wanted);
    const call = inTask ? RUNS.exec(line) : null;
    if (call) {
      // A call inside a nested block (`Dir.chdir("web") do`, `if`) runs elsewhere or not at all: not followed.
      if (stack.at(-1)?.task !== wanted) return null;
      const literal = stringLiteral(line, call[0].length - 1);
      found = literal ? { text: literal.value, offset: lineStart + indent + literal.start } : null;
      continue;
    }
    if (!opensBlock(line)) continue;
    const prefix = stack.flatMap((block) => (block.namespace ? [block.namespace] : []));
    const namespace = NAMESPACE.exec(line);
    const task = TASK.exec(line);
    const taskName = task ? [...prefix, (task[1] ?? task[2] ?? task[3]) as string].join(':') : undefined;
    stack.push(namespace ? { namespace: (namespace[1] ?? namespace[2]) as string } : taskName ? { task: taskName } : {});
    if (stack.length > 50) return null;
  }
  return null;
}

/** The line opens a block that a later `end` line closes: it ends in `do` (or `do |args|`), or starts with a keyword and does not end in `end`. */
function opensBlock(line: string): boolean {
  if (KEYWORD_BLOCK.test(line)) return !/(?:^|[ \t;])end$/.test(line);
  let head = line;
  if (head.endsWith('|')) {
    const bar = head.lastIndexOf('|', head.length - 2);
    if (bar === -1) return false;
    head = head.slice(0, bar).trimEnd();
  }
  return head === 'do' || head.endsWith(' do') || head.endsWith('\tdo') || head.endsWith(')do');
}

/** The string literal at `quote` in `line` (its content and where that starts) when it holds no escape or interpolation. */
function stringLiteral(line: string, quote: number): { value: string; start: number } | null {
  const mark = line[quote] as string;
  const end = line.indexOf(mark, quote + 1);
  if (end === -1) return null;
  const value = line.slice(quote + 1, end);
  if (value.includes('\\') || (mark === '"' && value.includes('#{'))) return null;
  // Only the command: `sh "x", verbose: false` is fine, `sh "x" + y` is not a literal.
  const rest = line.slice(end + 1).trim();
  if (rest !== '' && rest !== ')' && !rest.startsWith(',') && !rest.startsWith('#')) return null;
  return { value, start: quote + 1 };
}
