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
  // A guard against hangs, not a speed check: on a busy 2-core machine a file's setup can pass 30 s.
  testTimeout: 60000,
  // Every file closes its API, sockets and providers (the co-editing socket that outlived its file
  // is fixed), but a full run without this has not yet been seen to exit on its own; in band (one
  // worker) a handle left open would otherwise keep Jest waiting forever after a green run.
  forceExit: true,
};
