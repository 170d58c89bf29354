/**
 * Whether a Python module defines the attribute a server imports (`gunicorn main:app` needs `app` in main.py), read
 * with a real Python parser (@lezer/python) and never run. The answer is "missing" only when the module parses and
 * nothing in it could bind the name: star imports, `globals()`, `setattr`, a module `__getattr__`, a `global`
 * statement or any other mention at module level make it "unknown".
 */
import * as posixPath from 'node:path/posix';
import type { SyntaxNode, Tree } from '@lezer/common';
import type { AppFiles } from '../engine/app-files.js';
import { python } from './libraries.cjs';

export type AttributeVerdict =
  | { kind: 'defined' }
  /** `bound`: the names the module does bind at top level, in order, for a suggestion. */
  | { kind: 'missing'; bound: string[] }
  | { kind: 'unknown' };

/** Names whose use makes the module's globals impossible to know without running it. */
const DYNAMIC_NAMES = new Set(['globals', 'vars', 'locals', 'exec', 'eval', 'setattr', '__getattr__', '__dict__', '__import__']);
/** Statements whose bodies run at import time, so what they bind is (perhaps) a module attribute. */
const COMPOUND = new Set([
  'IfStatement',
  'TryStatement',
  'ForStatement',
  'WhileStatement',
  'WithStatement',
  'MatchStatement',
  'MatchBody',
  'MatchClause',
  'Body',
]);
/** Nodes whose names are local to themselves. */
const SCOPES = new Set([
  'FunctionDefinition',
  'ClassDefinition',
  'LambdaExpression',
  'ArrayComprehensionExpression',
  'DictionaryComprehensionExpression',
  'SetComprehensionExpression',
  'ComprehensionExpression',
]);

/** What `source` (a whole module) says about the module attribute `name`. */
export function moduleAttribute(source: string, name: string): AttributeVerdict {
  let tree: Tree;
  try {
    tree = python().parser.parse(source);
  } catch {
    return { kind: 'unknown' };
  }
  // An empty module (a placeholder, a test fixture) says nothing of what the app will be: no verdict.
  if (tree.topNode.firstChild === null || hasErrors(tree) || isDynamic(tree, source)) return { kind: 'unknown' };
  const bound: string[] = [];
  for (let statement: SyntaxNode | null = tree.topNode.firstChild; statement; statement = statement.nextSibling)
    collectBindings(statement, source, bound);
  if (bound.includes(name)) return { kind: 'defined' };
  if (mentionedAtModuleLevel(tree, source, name) || inGlobalStatement(tree, source, name)) return { kind: 'unknown' };
  return { kind: 'missing', bound: [...new Set(bound)] };
}

function hasErrors(tree: Tree): boolean {
  let error = false;
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) error = true;
      return !error;
    },
  });
  return error;
}

/** A star import, a dynamic builtin, or `sys.modules[...]`, anywhere in the module. */
function isDynamic(tree: Tree, source: string): boolean {
  let dynamic = false;
  tree.iterate({
    enter: (node) => {
      if (dynamic) return false;
      if (node.name === 'ImportStatement' && /\*/.test(source.slice(node.from, node.to))) dynamic = true;
      else if ((node.name === 'VariableName' || node.name === 'PropertyName') && DYNAMIC_NAMES.has(source.slice(node.from, node.to)))
        dynamic = true;
      else if (node.name === 'PropertyName' && source.slice(node.from, node.to) === 'modules') dynamic = true;
      return !dynamic;
    },
  });
  return dynamic;
}

/** Adds the names `statement` binds in the module's namespace. */
function collectBindings(statement: SyntaxNode, source: string, bound: string[]): void {
  const text = (node: SyntaxNode) => source.slice(node.from, node.to);
  switch (statement.name) {
    case 'ImportStatement':
      bound.push(...importedNames(statement, source));
      return;
    case 'AssignStatement': {
      // Every target before the last `=` binds (`a = b = value`); `x.y = ...` and `x[i] = ...` bind nothing new.
      const operators = statement.getChildren('AssignOp');
      const last = operators.at(-1);
      if (!last) return;
      for (let child = statement.firstChild; child && child.from < last.from; child = child.nextSibling) targetNames(child, source, bound);
      return;
    }
    case 'FunctionDefinition':
    case 'ClassDefinition': {
      const nameNode = statement.getChild('VariableName');
      if (nameNode) bound.push(text(nameNode));
      return;
    }
    case 'DecoratedStatement':
      for (let child = statement.firstChild; child; child = child.nextSibling) collectBindings(child, source, bound);
      return;
    case 'ForStatement':
      // `for app in ...` binds the loop variable: the names between `for` and `in`.
      for (let child = statement.firstChild?.nextSibling; child && child.name !== 'in'; child = child.nextSibling)
        targetNames(child, source, bound);
      break;
    case 'WithStatement':
      for (let child = statement.firstChild; child; child = child.nextSibling) {
        if (child.name === 'as' && child.nextSibling) targetNames(child.nextSibling, source, bound);
      }
      break;
  }
  if (COMPOUND.has(statement.name)) {
    for (let child = statement.firstChild; child; child = child.nextSibling) collectBindings(child, source, bound);
  }
}

/** `import a.b` binds `a`; `import a.b as c` and `from x import y as c` bind `c`; `from x import y` binds `y`. */
function importedNames(statement: SyntaxNode, source: string): string[] {
  const names: string[] = [];
  const children: SyntaxNode[] = [];
  for (let child = statement.firstChild; child; child = child.nextSibling) children.push(child);
  const isFrom = children[0]?.name === 'from';
  const start = isFrom ? children.findIndex((child) => child.name === 'import') + 1 : 1;
  let first: string | null = null;
  let last: string | null = null;
  let afterDot = false;
  const flush = () => {
    const name = isFrom ? last : first;
    if (name) names.push(name);
    first = last = null;
  };
  for (let i = start; i < children.length; i++) {
    const child = children[i] as SyntaxNode;
    if (child.name === ',') flush();
    else if (child.name === 'as') {
      const alias = children[i + 1];
      if (alias) {
        names.push(source.slice(alias.from, alias.to));
        i++;
      }
      first = last = null;
    } else if (child.name === '.') afterDot = true;
    else if (child.name === 'VariableName') {
      const name = source.slice(child.from, child.to);
      if (!afterDot || first === null) first = first ?? name;
      last = name;
      afterDot = false;
    }
  }
  flush();
  return names;
}

/** The names an assignment target binds: plain names, and those in tuple and list unpacking. */
function targetNames(node: SyntaxNode, source: string, bound: string[]): void {
  if (node.name === 'VariableName') bound.push(source.slice(node.from, node.to));
  else if (['TupleExpression', 'ArrayExpression', 'ParenthesizedExpression', 'ListExpression'].includes(node.name)) {
    for (let child = node.firstChild; child; child = child.nextSibling) targetNames(child, source, bound);
  }
}

/** `name` appears somewhere at module level (outside function and class bodies), in a form not recognised above. */
function mentionedAtModuleLevel(tree: Tree, source: string, name: string): boolean {
  let found = false;
  tree.iterate({
    enter: (node) => {
      if (found || SCOPES.has(node.name)) return false;
      if (node.name === 'VariableName' && source.slice(node.from, node.to) === name) found = true;
      return !found;
    },
  });
  return found;
}

/** A function declares `global name`, so calling it may create the attribute. */
function inGlobalStatement(tree: Tree, source: string, name: string): boolean {
  let found = false;
  tree.iterate({
    enter: (node) => {
      if (found) return false;
      if (node.name === 'ScopeStatement' && /^global\b/.test(source.slice(node.from, node.to))) {
        for (let child = node.node.firstChild; child; child = child.nextSibling) {
          if (child.name === 'VariableName' && source.slice(child.from, child.to) === name) found = true;
        }
      }
      return !found;
    },
  });
  return found;
}

export interface AppTarget {
  module: string;
  /** The attribute looked up, first component only (`app` of `app.server`). */
  attribute: string;
  /** The attribute was defaulted by the server (`gunicorn mysite.wsgi` looks up `application`). */
  defaulted: boolean;
  /** gunicorn's `module:create_app()` calls a factory. */
  call: boolean;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `module:attr` as the server reads it. gunicorn (benoitc/gunicorn gunicorn/util.py `import_app`) defaults the
 * attribute to `application` and accepts a call `create_app()` or `create_app('x')`; hypercorn
 * (pgjones/hypercorn src/hypercorn/utils.py `import_app`) defaults it to `app`; uvicorn (encode/uvicorn
 * uvicorn/importer.py `import_from_string`) requires `module:attr`. `defaultAttribute` null: no default, skip.
 */
export function parseAppTarget(value: string, defaultAttribute: string | null): AppTarget | null {
  const colon = value.indexOf(':');
  const module = colon === -1 ? value : value.slice(0, colon);
  if (!module.split('.').every((part) => IDENTIFIER.test(part))) return null;
  if (colon === -1) return defaultAttribute ? { module, attribute: defaultAttribute, defaulted: true, call: false } : null;
  const expression = value.slice(colon + 1);
  const paren = expression.indexOf('(');
  const reference = paren === -1 ? expression : expression.slice(0, paren);
  if (paren !== -1 && !expression.endsWith(')')) return null;
  const attribute = reference.split('.')[0] ?? '';
  return IDENTIFIER.test(attribute) ? { module, attribute, defaulted: false, call: paren !== -1 } : null;
}

export interface ModuleSource {
  /** The file read, relative to the app root. */
  path: string;
  text: string;
  /** `pkg/__init__.py`: a submodule of the same name may also answer the lookup. */
  isPackage: boolean;
}

/** The source of `module` importable from one of `dirs`, the first found, or `null` (also for a namespace package). */
export function moduleSource(files: AppFiles, dirs: readonly string[], module: string): ModuleSource | null {
  for (const dir of dirs) {
    const base = posixPath.join(dir, ...module.split('.'));
    const file = `${base}.py`;
    if (files.exists(file)) {
      const text = files.readText(file);
      return text === null ? null : { path: file, text, isPackage: false };
    }
    if (files.isDirectory(base)) {
      const init = `${base}/__init__.py`;
      const text = files.exists(init) ? files.readText(init) : null;
      return text === null ? null : { path: init, text, isPackage: true };
    }
  }
  return null;
}

/**
 * The verdict for a server's target in the app's files: "unknown" when the module is not found (app-target-missing
 * reports that), cannot be read, or is a package with a submodule of the attribute's name.
 */
export function targetAttribute(files: AppFiles, dirs: readonly string[], target: AppTarget): AttributeVerdict & { source?: ModuleSource } {
  const source = moduleSource(files, dirs, target.module);
  if (!source) return { kind: 'unknown' };
  if (source.isPackage) {
    const dir = posixPath.dirname(source.path);
    if (files.exists(`${dir}/${target.attribute}.py`) || files.isDirectory(`${dir}/${target.attribute}`)) return { kind: 'unknown' };
  }
  return { ...moduleAttribute(source.text, target.attribute), source };
}
