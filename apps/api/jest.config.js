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
  // Keeps V8's compiled code of each module between the files of a worker (see the file).
  runtime: '<rootDir>/tools/test/compiled-once-runtime.cjs',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.mjs',
  // The files that take longest start first, also on a fresh clone, so both workers end together.
  testSequencer: '<rootDir>/tools/test/longest-first.mjs',
  // A guard against hangs, not a speed check. `npm test` runs two workers even on a busy machine,
  // and there (load 25–30 on 2 cores) booting two APIs and Redis in one hook took over 60 s.
  testTimeout: 120000,
  // Every file closes its API, sockets and providers (the co-editing socket that outlived its file
  // is fixed), but a full run without this has not yet been seen to exit on its own; in band (one
  // worker) a handle left open would otherwise keep Jest waiting forever after a green run.
  forceExit: true,
};
