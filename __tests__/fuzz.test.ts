/**
 * Property-based tests over arbitrary bytes and near-valid Procfiles: the engine never throws, every finding points
 * inside its file, messages stay one line of visible text, and the result is deterministic. `npm test` runs a few
 * hundred cases; `npm run fuzz` runs many more (see docs/security.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { lint, lintProcfile } from '../src/lint.js';
import { arbitraryBytes, expectWellFormed, FUZZ_TIMEOUT, fuzzParameters, nearMissName, nearValidProcfile } from './helpers/fuzz.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterEach(removeTrees);

function lintsWell(bytes: Uint8Array): void {
  const copy = Uint8Array.from(bytes);
  const result = lintProcfile(bytes);
  expectWellFormed(result, (file) => (file === 'Procfile' ? bytes : undefined));
  expect(lintProcfile(bytes)).toEqual(result);
  expect(bytes).toEqual(copy);
}

describe('lintProcfile on generated input', () => {
  it(
    'handles arbitrary bytes',
    async () => {
      fc.assert(fc.property(arbitraryBytes, lintsWell), fuzzParameters(200));
    },
    FUZZ_TIMEOUT,
  );

  it(
    'handles near-valid Procfiles',
    async () => {
      fc.assert(fc.property(nearValidProcfile, lintsWell), fuzzParameters(300));
    },
    FUZZ_TIMEOUT,
  );
});

describe('lint on generated repositories', () => {
  it(
    'handles a generated Procfile among generated near misses, the same way twice',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(nearValidProcfile, arbitraryBytes),
          fc.uniqueArray(fc.tuple(nearMissName, nearValidProcfile), { maxLength: 4, selector: ([name]) => name.toLowerCase() }),
          async (procfile, others) => {
            const files = new Map<string, Uint8Array>([['Procfile', procfile], ...others]);
            const workspace = makeTree(Object.fromEntries(files));
            try {
              const result = await lint({ workspace });
              expectWellFormed(result, (file) => files.get(file) ?? readInside(workspace, file));
              expect(await lint({ workspace })).toEqual(result);
            } finally {
              removeTrees();
            }
          },
        ),
        fuzzParameters(25, 0.1),
      );
    },
    FUZZ_TIMEOUT,
  );
});

/** A file the tree holds under another spelling (two generated names differing in case on a case-insensitive disk). */
function readInside(workspace: string, file: string): Uint8Array | undefined {
  try {
    return fs.readFileSync(path.join(workspace, file));
  } catch {
    return undefined;
  }
}
