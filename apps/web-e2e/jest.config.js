/** Browser tests: Playwright (playwright-core) drives Debian's Chromium against the built app. */
export default {
  displayName: 'web-e2e',
  rootDir: '../..',
  roots: ['<rootDir>/apps/web-e2e/src'],
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/apps/web-e2e/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.mjs',
  testTimeout: 90000,
  // One file, and one test.concurrent page (the accessibility screens), at a time: on a busy machine
  // more pages at once pass the 15 s waits. `npm test` on an idle machine passes
  // --maxWorkers=2 --maxConcurrency=2 (tools/test/run-all.mjs).
  maxWorkers: 1,
  maxConcurrency: 1,
};
