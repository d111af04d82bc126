/** API tests: ESM TypeScript through swc, against a real PostgreSQL (see test/support/global-setup.mjs). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export default {
  displayName: 'api',
  rootDir: '../..',
  roots: ['<rootDir>/apps/api'],
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@ecw/domain$': '<rootDir>/libs/shared/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/apps/api/**/*.spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.mjs',
  testTimeout: 30000,
  // Jest's default on 2 cores is one worker (cores - 1), which runs the files one after another in
  // its own process. A file here waits on PostgreSQL, sockets and child processes for much of its
  // time, so two workers overlap one file's waiting with the other's module loading and work.
  maxWorkers: 2,
  // Every file closes its API, sockets and providers, but since the reviews merge one handle still
  // outlives the last file and Jest would wait forever after a green run; exit once results are in.
  forceExit: true,
};
