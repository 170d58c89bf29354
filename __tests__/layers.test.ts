/**
 * The folders of src/ form layers: a module imports only from its own folder or a lower layer, so no two folders
 * import each other (CONTRIBUTING.md, "Layers"). Imports are read with TypeScript's own parser, type-only ones included.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve('src');

/** Lowest first; `.` is the files at the top of src/ (the action, the CLI, `lint()`). */
const LAYERS = [
  'generated',
  'platforms',
  'engine',
  'commands',
  'apps',
  'runtimes',
  'runner',
  'fixes',
  'rules',
  'report',
  'action',
  'cli',
  '.',
];

interface Edge {
  from: string;
  to: string;
  /** The importing file and what it imports, to name in a failure. */
  where: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

function folderOf(file: string): string {
  const relative = path.relative(SRC, file);
  return relative.includes(path.sep) ? (relative.split(path.sep)[0] as string) : '.';
}

/** Every import between two folders of src/. */
export function folderImports(files: string[]): Edge[] {
  return files.flatMap((file) => {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    return importedFiles
      .filter(({ fileName }) => fileName.startsWith('.'))
      .map(({ fileName }) => ({
        from: folderOf(file),
        to: folderOf(path.resolve(path.dirname(file), fileName)),
        where: `${path.relative(SRC, file)} imports ${fileName}`,
      }))
      .filter((edge) => edge.from !== edge.to);
  });
}

/** A cycle of folders, as the list of edges that close it, or `null`. */
export function findCycle(edges: Edge[]): Edge[] | null {
  const out = new Map<string, Edge[]>();
  for (const edge of edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const state = new Map<string, 'open' | 'done'>();
  const stack: Edge[] = [];
  const visit = (folder: string): Edge[] | null => {
    state.set(folder, 'open');
    for (const edge of out.get(folder) ?? []) {
      stack.push(edge);
      if (state.get(edge.to) === 'open') return stack.slice(stack.findIndex((e) => e.from === edge.to));
      const found = state.has(edge.to) ? null : visit(edge.to);
      if (found) return found;
      stack.pop();
    }
    state.set(folder, 'done');
    return null;
  };
  for (const folder of out.keys()) {
    const found = state.has(folder) ? null : visit(folder);
    if (found) return found;
  }
  return null;
}

describe('layers of src/', () => {
  const edges = folderImports(sourceFiles(SRC));

  it('has no import cycle between folders', () => {
    expect(findCycle(edges)?.map((edge) => edge.where) ?? null).toBeNull();
  });

  it('imports only downwards, in the documented order', () => {
    const folders = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
    expect([...folders].filter((folder) => !LAYERS.includes(folder))).toEqual([]);
    const upwards = edges.filter((edge) => LAYERS.indexOf(edge.to) > LAYERS.indexOf(edge.from));
    expect(upwards.map((edge) => edge.where)).toEqual([]);
  });

  it('is the order CONTRIBUTING.md gives', () => {
    const documented = LAYERS.map((layer) => (layer === '.' ? '`src/*.ts`' : `\`${layer}\``)).join(' <- ');
    expect(fs.readFileSync('CONTRIBUTING.md', 'utf8')).toContain(documented);
  });

  it('finds a cycle when there is one', () => {
    const cycle = findCycle([
      { from: 'engine', to: 'rules', where: 'a' },
      { from: 'rules', to: 'commands', where: 'b' },
      { from: 'commands', to: 'engine', where: 'c' },
    ]);
    expect(cycle?.map((edge) => edge.where)).toEqual(['a', 'b', 'c']);
    expect(findCycle([{ from: 'rules', to: 'engine', where: 'a' }])).toBeNull();
  });
});
