/**
 * Read access to the app's own files for rules that check what a command refers to (`app.py`, `package.json`),
 * confined to the workspace and size-limited like the Procfile, each file read at most once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeSource, type Encoding } from './source.js';
import { isInside, listDirectoryInside, readFileInside, type AppRoot } from './workspace.js';

/** Manifests are small; larger files are treated as unreadable. */
export const MAX_APP_FILE_BYTES = 256 * 1024;
/** A directory listing stops here: rules that walk folders (src/main of a Java app) stay bounded. */
export const MAX_DIRECTORY_ENTRIES = 1000;

export interface AppFiles {
  /** Whether these are the app's real files; `false` when only a Procfile's content is linted, so rules that need the files stay quiet. */
  complete: boolean;
  /** Names of the entries of the app root. */
  rootEntries: readonly string[];
  /** Whether `relative` (to the app root, `/`-separated) exists inside the workspace, as a file or directory. */
  exists(relative: string): boolean;
  isDirectory(relative: string): boolean;
  /** The file as text (UTF-8, or UTF-16 with its byte order mark), or `null` when it is missing, outside, not a regular file or too large. */
  readText(relative: string): string | null;
  /**
   * How the file `readText` decoded was stored: its encoding and whether it starts with a byte order mark; `null`
   * when it cannot be read. Builders that read a version file as bytes fail on a BOM that readText hides.
   */
  storedAs(relative: string): StoredEncoding | null;
  /** Names in the directory `relative`, sorted, at most MAX_DIRECTORY_ENTRIES; empty when it is not a directory inside the workspace. */
  entries(relative: string): string[];
}

export interface StoredEncoding {
  encoding: Encoding;
  bom: boolean;
}

/** Plain UTF-8 without a byte order mark: what every builder reads. */
export function isPlainUtf8(stored: StoredEncoding): boolean {
  return stored.encoding === 'utf-8' && !stored.bom;
}

const BOM = '\uFEFF';

export function diskAppFiles(root: AppRoot, rootEntries: readonly string[]): AppFiles {
  const cache = new Map<string, { text: string; stored: StoredEncoding } | null>();
  const read = (relative: string) => {
    if (!cache.has(relative)) {
      const absolute = resolve(relative);
      const file = absolute ? readFileInside(root.workspace, absolute, MAX_APP_FILE_BYTES) : null;
      // Decoded as the Procfile is: pip reads a UTF-16 requirements.txt (PowerShell's `pip freeze >`) without trouble.
      const source = file?.ok ? decodeSource(file.bytes) : null;
      cache.set(relative, source ? { text: source.text, stored: { encoding: source.encoding, bom: source.bom } } : null);
    }
    return cache.get(relative) ?? null;
  };
  const resolve = (relative: string): string | null => {
    const absolute = path.resolve(root.absolute, relative);
    return isInside(root.workspace, absolute) ? absolute : null;
  };
  // Each path is looked up once per run: a rule asks for the program of every line (100 000 lines, one name).
  const stats = new Map<string, fs.Stats | null>();
  const lookUp = (relative: string): fs.Stats | null => {
    const absolute = resolve(relative);
    if (!absolute) return null;
    try {
      const real = fs.realpathSync(absolute);
      return isInside(root.workspace, real) ? fs.statSync(real) : null;
    } catch {
      return null;
    }
  };
  const stat = (relative: string): fs.Stats | null => {
    if (!stats.has(relative)) stats.set(relative, lookUp(relative));
    return stats.get(relative) ?? null;
  };
  return {
    complete: true,
    rootEntries,
    exists: (relative) => stat(relative) !== null,
    isDirectory: (relative) => stat(relative)?.isDirectory() === true,
    readText: (relative) => read(relative)?.text ?? null,
    storedAs: (relative) => read(relative)?.stored ?? null,
    entries(relative) {
      const absolute = resolve(relative);
      return absolute ? listDirectoryInside(root.workspace, absolute, MAX_DIRECTORY_ENTRIES) : [];
    },
  };
}

/**
 * An app made of the given files (path -> content; a path ending in `/` is a directory). Without `files`, the app
 * is unknown (`complete: false`), as when only a Procfile's content is linted. A content that starts with U+FEFF is
 * a UTF-8 file with a byte order mark, which readText strips as it does on disk.
 */
export function memoryAppFiles(given?: Readonly<Record<string, string>>): AppFiles {
  const files = given ?? {};
  const paths = Object.keys(files).map((file) => file.replace(/\/$/, ''));
  const directories = new Set(
    paths.flatMap((file) =>
      file
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  for (const file of Object.keys(files)) if (file.endsWith('/')) directories.add(file.slice(0, -1));
  const normalize = (relative: string) =>
    path.posix
      .normalize(relative)
      .replace(/^\.(\/|$)/, '')
      .replace(/\/$/, '');
  const fileText = (relative: string): string | null =>
    normalize(relative) in files && !directories.has(normalize(relative)) ? (files[normalize(relative)] as string) : null;
  return {
    complete: given !== undefined,
    rootEntries: [...new Set(paths.map((file) => file.split('/')[0] as string))].sort(),
    exists: (relative) => paths.includes(normalize(relative)) || directories.has(normalize(relative)),
    isDirectory: (relative) => directories.has(normalize(relative)),
    readText(relative) {
      const text = fileText(relative);
      return text?.startsWith(BOM) ? text.slice(1) : text;
    },
    storedAs(relative) {
      const text = fileText(relative);
      return text === null ? null : { encoding: 'utf-8', bom: text.startsWith(BOM) };
    },
    entries(relative) {
      const dir = normalize(relative);
      const prefix = dir === '' ? '' : `${dir}/`;
      const names = paths
        .filter((file) => file.startsWith(prefix) && file !== dir)
        .map((file) => file.slice(prefix.length).split('/')[0] as string);
      return [...new Set(names)].sort().slice(0, MAX_DIRECTORY_ENTRIES);
    },
  };
}
