/**
 * A Gemfile's `gem` calls and the groups bundler puts each in (bundler lib/bundler/dsl.rb: `group` blocks nest and add
 * up, a `group:`/`groups:` option adds to them, a gem outside any group is in `default`), and a lock file's gems with
 * what each depends on (bundler lib/bundler/lockfile_parser.rb). A Gemfile is Ruby: it is read by one pass of a small
 * tokenizer, and one that does something the reader does not follow (a method call, a loop, `eval_gemfile`, a heredoc)
 * is marked unreadable, so that nothing is concluded from its groups.
 */

export interface GemDeclaration {
  name: string;
  file: string;
  /** 1-based line of its `gem` call. */
  line: number;
  /** The groups it is in; `null` when they are not literal names (a variable, an option procfile-lint does not read). */
  groups: readonly string[] | null;
}

export interface GemfileReading {
  gems: GemDeclaration[];
  /** Every statement is one the reader follows, so `gems` are all the Gemfile declares, with their groups. */
  readable: boolean;
}

type Token =
  | { kind: 'string' | 'symbol' | 'label' | 'word'; value: string; line: number }
  | { kind: 'words'; values: string[]; line: number }
  | { kind: 'punct'; value: string; line: number }
  /** A string with interpolation, a number, or anything else whose value does not matter here. */
  | { kind: 'other'; line: number }
  | { kind: 'newline'; line: number };

export const MAX_GEMFILE_LINES = 20_000;

/** Statements that declare nothing: the source, the Ruby version, `gemspec` (its gems are in the lock file). */
const DECLARE_NOTHING = new Set(['source', 'ruby', 'git_source', 'gemspec', 'plugin']);
/** Blocks whose gems keep the groups around them (bundler's `source`, `git`, `path`, `platforms`, `env`, `install_if`). */
const PLAIN_BLOCKS = new Set(['source', 'git', 'github', 'path', 'platforms', 'platform', 'env', 'install_if']);
/** Ruby's conditionals, whose branches are read as if each ran: a gem declared in any of them counts. */
const CONDITIONALS = new Set(['if', 'unless', 'case']);
const BRANCHES = new Set(['else', 'elsif', 'when']);
/** A line ending in one of these goes on to the next. */
const CONTINUES = new Set([',', '(', '[', '{', '=>', '&&', '||', '\\', '.', '=', '+']);

export function readGemfile(text: string, file: string): GemfileReading {
  const lines = text.split('\n');
  const tokens = tokenize(lines.slice(0, MAX_GEMFILE_LINES));
  const gems: GemDeclaration[] = [];
  let readable = lines.length <= MAX_GEMFILE_LINES && tokens.complete;
  /** The groups of each open block; `null` for a group block whose names are not literal. */
  const blocks: { groups: readonly string[] | null; conditional: boolean }[] = [];
  const current = () => (blocks.length === 0 ? [] : (blocks[blocks.length - 1] as (typeof blocks)[number]).groups);
  const { list, ended } = statements(tokens.list);
  readable &&= ended;
  /** Blocks open inside a `git_source ... do` body, which builds a URL and is skipped. */
  let skipped = 0;
  for (const statement of list) {
    const [head, second] = statement;
    if (!head) continue;
    const name = head.kind === 'word' ? head.value : '';
    if (skipped > 0) {
      if (name === 'end') skipped--;
      else if (CONDITIONALS.has(name) || statement.some((token) => isWord(token, 'do'))) skipped++;
    } else if (name === 'git_source' && blockHead(statement)) skipped = 1;
    else if (name === 'gem') {
      const declared = gemCall(statement, current());
      if (declared) gems.push({ ...declared, file });
      else readable = false;
    } else if (name === 'end') {
      if (blocks.pop() === undefined || (second && !isWord(second, 'if') && !isWord(second, 'unless'))) readable = false;
    } else if (CONDITIONALS.has(name)) blocks.push({ groups: current(), conditional: true });
    else if (BRANCHES.has(name)) readable &&= blocks.at(-1)?.conditional === true;
    else {
      const body = blockHead(statement);
      if (body && name === 'group') blocks.push({ groups: union(current(), groupNames(body)), conditional: false });
      else if (body && PLAIN_BLOCKS.has(name)) blocks.push({ groups: current(), conditional: false });
      else if (body || !DECLARE_NOTHING.has(name)) readable = false;
    }
  }
  return { gems, readable: readable && blocks.length === 0 && skipped === 0 };
}

function isWord(token: Token, value: string): boolean {
  return token.kind === 'word' && token.value === value;
}

/** The tokens between the block's name and its `do` (`group :test do`, `platforms :mri do |x|`), or `null` if it is not a block. */
function blockHead(statement: Token[]): Token[] | null {
  const at = statement.findIndex((token) => isWord(token, 'do'));
  if (at === -1) return null;
  const rest = statement.slice(at + 1);
  const parameters =
    rest.length === 0 ||
    (rest[0]?.kind === 'punct' &&
      rest[0].value === '|' &&
      rest.at(-1)?.kind === 'punct' &&
      (rest.at(-1) as { value: string }).value === '|');
  return parameters ? statement.slice(1, at) : null;
}

/** `gem "name", ..., group: :test`: its name, line and groups, or `null` when the name is not a literal. */
function gemCall(statement: Token[], around: readonly string[] | null): Omit<GemDeclaration, 'file'> | null {
  const args = statement.slice(1);
  const first = args[0]?.kind === 'punct' && args[0].value === '(' ? args[1] : args[0];
  if (first?.kind !== 'string') return null;
  let groups: readonly string[] | null = around;
  for (let index = 0; index < args.length; index++) {
    const key = groupKey(args, index);
    if (key === 0) continue;
    const value = valueNames(args, index + key);
    groups = union(groups, value.names);
    index = value.next - 1;
  }
  const line = (statement[0] as Token).line;
  return { name: first.value, line, groups: groups === null || groups.length > 0 ? groups : ['default'] };
}

/** At `index`, `group:` / `groups:` (1 token before the value) or `:group =>` (2 tokens); else 0. */
function groupKey(args: Token[], index: number): number {
  const token = args[index] as Token;
  const isGroup = (value: string) => value === 'group' || value === 'groups';
  if (token.kind === 'label' && isGroup(token.value)) return 1;
  const arrow = args[index + 1];
  const keyed = (token.kind === 'symbol' || token.kind === 'string') && isGroup(token.value);
  return keyed && arrow?.kind === 'punct' && arrow.value === '=>' ? 2 : 0;
}

/**
 * The names the option value at `at` gives: `:test`, `"test"`, `[:development, :test]`, `%i[development test]`
 * (`null` for anything else), and the index after it.
 */
function valueNames(args: Token[], at: number): { names: string[] | null; next: number } {
  const value = args[at];
  if (value?.kind === 'symbol' || value?.kind === 'string') return { names: [value.value], next: at + 1 };
  if (value?.kind === 'words') return { names: value.values, next: at + 1 };
  if (value?.kind !== 'punct' || value.value !== '[') return { names: null, next: at + 1 };
  let close = at + 1;
  while (close < args.length && !isPunct(args[close] as Token, ']')) close++;
  return { names: close === args.length ? null : names(args.slice(at + 1, close)), next: close + 1 };
}

function isPunct(token: Token, value: string): boolean {
  return token.kind === 'punct' && token.value === value;
}

/** `group :development, :test do`: the names before `do`, or `null` with an option (`optional: true`) or a variable. */
function groupNames(args: Token[]): string[] | null {
  const inner = args[0]?.kind === 'punct' && args[0].value === '(' && args.at(-1)?.kind === 'punct' ? args.slice(1, -1) : args;
  return names(inner);
}

/** Comma-separated symbols or strings, or `null` for anything else. */
function names(tokens: Token[]): string[] | null {
  const found: string[] = [];
  for (const [index, token] of tokens.entries()) {
    const comma = token.kind === 'punct' && token.value === ',';
    if (index % 2 === 1 ? !comma : token.kind !== 'symbol' && token.kind !== 'string') return null;
    if (!comma) found.push((token as { value: string }).value);
  }
  return found.length > 0 ? found : null;
}

function union(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  return a === null || b === null ? null : [...new Set([...a, ...b])];
}

/**
 * The statements: tokens up to a line break that no open bracket or trailing `,` (and the like) carries on; `ended`
 * is false when the last one is not complete.
 */
function statements(tokens: Token[]): { list: Token[][]; ended: boolean } {
  const list: Token[][] = [];
  let statement: Token[] = [];
  let depth = 0;
  const carriesOn = () => {
    const last = statement.at(-1);
    return depth > 0 || (last?.kind === 'punct' && CONTINUES.has(last.value));
  };
  for (const token of tokens) {
    if (token.kind === 'punct') {
      if ('([{'.includes(token.value)) depth++;
      else if (')]}'.includes(token.value)) depth = Math.max(0, depth - 1);
    }
    if (token.kind !== 'newline') {
      statement.push(token);
      continue;
    }
    if (carriesOn()) continue;
    if (statement.length > 0) list.push(statement);
    statement = [];
  }
  const ended = !carriesOn();
  if (statement.length > 0) list.push(statement);
  return { list, ended };
}

const isWordStart = (char: string) => (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '_';
const isWordChar = (char: string) => isWordStart(char) || (char >= '0' && char <= '9');
const isHeredocStart = (char: string) => '~-_"\''.includes(char) || (char >= 'A' && char <= 'Z');
const WHITESPACE = /\s+/;
const PERCENT_CLOSE: Readonly<Record<string, string>> = { '[': ']', '(': ')', '{': '}', '<': '>' };

/** Ruby's tokens, as far as a Gemfile needs them; `complete` is false when the text ends inside a string or holds a heredoc. */
function tokenize(lines: string[]): { list: Token[]; complete: boolean } {
  const text = lines.join('\n');
  const list: Token[] = [];
  let line = 1;
  let at = 0;
  const push = (token: Token) => list.push(token);
  while (at < text.length) {
    const char = text[at] as string;
    if (char === '\n') {
      push({ kind: 'newline', line });
      line++;
      at++;
    } else if (char === ' ' || char === '\t' || char === '\r') at++;
    else if (char === '#') {
      const end = text.indexOf('\n', at);
      at = end === -1 ? text.length : end;
    } else if (char === '"' || char === "'") {
      const read = quoted(text, at, char);
      if (read === null) return { list, complete: false };
      push(read.interpolated ? { kind: 'other', line } : { kind: 'string', value: read.value, line });
      line += read.lines;
      at = read.end;
    } else if (char === ':' && text[at + 1] === ':') {
      push({ kind: 'punct', value: '::', line });
      at += 2;
    } else if (char === ':' && isWordStart(text[at + 1] ?? '')) {
      const end = wordEnd(text, at + 1);
      push({ kind: 'symbol', value: text.slice(at + 1, end), line });
      at = end;
    } else if (char === ':' && (text[at + 1] === '"' || text[at + 1] === "'")) {
      const read = quoted(text, at + 1, text[at + 1] as string);
      if (read === null) return { list, complete: false };
      push(read.interpolated ? { kind: 'other', line } : { kind: 'symbol', value: read.value, line });
      line += read.lines;
      at = read.end;
    } else if (char === '%' && (text[at + 1] === 'w' || text[at + 1] === 'i') && PERCENT_CLOSE[text[at + 2] ?? '']) {
      const end = text.indexOf(PERCENT_CLOSE[text[at + 2] as string] as string, at + 3);
      if (end === -1) return { list, complete: false };
      const body = text.slice(at + 3, end);
      push({ kind: 'words', values: body.split(WHITESPACE).filter((word) => word !== ''), line });
      line += body.split('\n').length - 1;
      at = end + 1;
    } else if (char === '<' && text[at + 1] === '<' && isHeredocStart(text[at + 2] ?? '')) {
      // A heredoc's body runs over the next lines, which would be read as code.
      return { list, complete: false };
    } else if (isWordStart(char)) {
      let end = wordEnd(text, at);
      if (text[end] === '?' || text[end] === '!') end++;
      const value = text.slice(at, end);
      const label = text[end] === ':' && text[end + 1] !== ':';
      push({ kind: label ? 'label' : 'word', value, line });
      at = label ? end + 1 : end;
    } else if (char >= '0' && char <= '9') {
      push({ kind: 'other', line });
      while (at < text.length && (isWordChar(text[at] as string) || text[at] === '.')) at++;
    } else {
      const two = text.slice(at, at + 2);
      const value = ['=>', '&&', '||', '==', '=~', '!=', '<=', '>=', '&.'].includes(two) ? two : char;
      push({ kind: 'punct', value, line });
      at += value.length;
    }
  }
  return { list, complete: true };
}

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isWordChar(text[end] as string)) end++;
  return end;
}

/** A quoted string from `start` (its opening quote): its value, whether it interpolates, the line breaks in it, and the offset after it. */
function quoted(text: string, start: number, quote: string): { value: string; interpolated: boolean; lines: number; end: number } | null {
  let value = '';
  let interpolated = false;
  let lines = 0;
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at] as string;
    if (char === '\n') lines++;
    if (char === '\\') {
      value += text[at + 1] ?? '';
      at++;
    } else if (char === quote) return { value, interpolated, lines, end: at + 1 };
    else {
      if (quote === '"' && char === '#' && text[at + 1] === '{') interpolated = true;
      value += char;
    }
  }
  return null;
}

/** A lock file's gems (every source's `specs:`), each with the gems it depends on, and its `DEPENDENCIES`. */
export interface GemLock {
  specs: ReadonlyMap<string, readonly string[]>;
  /** The gems the Gemfile (and a gemspec) asks for, as `DEPENDENCIES` lists them. */
  dependencies: readonly string[];
}

/**
 * `    name (version)` opens a gem of a source's `specs:`, `      dependency (constraint)` lists what it depends on,
 * and `  name (constraint)` or `  name!` a top-level dependency under `DEPENDENCIES`. Other sections are skipped.
 */
export function readGemLock(text: string, maxLines: number): GemLock {
  const specs = new Map<string, string[]>();
  const dependencies: string[] = [];
  let section = '';
  let spec: string[] | null = null;
  for (const line of text.split('\n').slice(0, maxLines)) {
    const indent = line.length - line.trimStart().length;
    const name = gemName(line, indent);
    if (indent === 0 && line.trim() !== '') {
      section = line.trim();
      spec = null;
    } else if (section === 'DEPENDENCIES' && indent === 2 && name) dependencies.push(name);
    else if (section !== 'DEPENDENCIES' && indent === 4 && name) {
      spec = specs.get(name) ?? [];
      specs.set(name, spec);
    } else if (indent === 6 && name && spec) spec.push(name);
  }
  return { specs, dependencies };
}

/** The gem name at `from` (letters, digits, `_`, `.`, `-`), if the rest of the line is a version, `!` or nothing. */
function gemName(line: string, from: number): string | null {
  let end = from;
  while (end < line.length && (isWordChar(line[end] as string) || line[end] === '.' || line[end] === '-')) end++;
  const rest = line.slice(end).trimEnd();
  if (end === from || !(rest === '' || rest === '!' || rest.startsWith(' ('))) return null;
  return line.slice(from, end);
}
