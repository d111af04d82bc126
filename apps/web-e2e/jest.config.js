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
  // The accessibility screens (the smallest file, the longest run) start first, not last and alone.
  testSequencer: '<rootDir>/tools/test/longest-first.mjs',
  testTimeout: 90000,
  // One file at a time; `npm test` passes --maxWorkers=3 when the machine is idle (tools/test/run-all.mjs).
  maxWorkers: 1,
};
