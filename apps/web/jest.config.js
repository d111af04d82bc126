// Run from the workspace root:
//   NODE_OPTIONS=--experimental-vm-modules npx jest -c apps/web/jest.config.js
// Pure code and data tests (`*.spec.ts`) run in Node. Component tests (`*.spec.tsx`) start with
// a `@jest-environment jsdom` docblock and render through `src/testing/render-in-app.tsx`.
export default {
  displayName: 'web',
  rootDir: '../..',
  roots: ['<rootDir>/apps/web/src'],
  testEnvironment: 'node',
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  // Component tests type through user-event; on a busy 2-core machine one can pass 5 s, and on a
  // slow day's machine, beside the build and lint that npm test runs at the same time, two passed
  // 20 s. The timeout guards against a test that hangs; it is not a speed target.
  testTimeout: 60000,
  // review-session.spec drives a real Hocuspocus provider through a server outage; the provider's
  // pending reconnect attempt outlives its destroy(), so Jest would wait after a green run.
  forceExit: true,
  setupFiles: ['<rootDir>/apps/web/src/testing/dom-environment.ts'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
};
