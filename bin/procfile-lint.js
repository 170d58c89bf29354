#!/usr/bin/env node
// The CLI, bundled by `npm run package` into dist/cli/ (committed, so it runs on a fresh clone without a build).
import '../dist/cli/index.js';
