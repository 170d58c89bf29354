// Preloaded with `node --import` by pathological.mjs: when the CLI exits, reports how long it ran (from the start of
// the process, module loading included) and its peak resident set size, on stderr, for the parent to read.
process.on('exit', () => {
  const usage = { ms: performance.now(), maxRssKiB: process.resourceUsage().maxRSS };
  process.stderr.write(`\nprocfile-lint-bench ${JSON.stringify(usage)}\n`);
});
