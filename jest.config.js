/** Jest runs the TypeScript sources as ES modules (the @actions packages are ESM-only). */
export default {
  testEnvironment: 'node',
  // Jest otherwise looks for a watchman binary to crawl the files; there is none here, and the crawl is small.
  watchman: false,
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // Many tests run the action or the CLI as processes, each killed after 20 s; on a busy machine a test can take far
  // longer than jest's default 5 s without anything being wrong (the tests that bound speed measure CPU time).
  testTimeout: 120_000,
  // Jest's default is one worker fewer than there are cores: on two cores, one. npm test runs the static checks beside
  // jest, and most tests wait on a process they started, so use every core.
  maxWorkers: '100%',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: { isolatedModules: true } }],
  },
};
