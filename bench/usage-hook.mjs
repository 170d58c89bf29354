// Preloaded with `node --import` by pathological.mjs: when the CLI exits, reports how long it ran (from the start of
// the process, module loading included), the CPU time it used, and its peak resident set size, on stderr, for the parent to read.
process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  const usage = { ms: performance.now(), cpuMs: (userCPUTime + systemCPUTime) / 1000, maxRssKiB: maxRSS };
  process.stderr.write(`\nprocfile-lint-bench ${JSON.stringify(usage)}\n`);
});
