// The action's entry for ncc (scripts/bundle.mjs): here so that ncc uses the tsconfig.json beside it.
import '../../src/index.js';
