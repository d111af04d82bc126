// Run from the workspace root:
//   NODE_OPTIONS=--experimental-vm-modules npx jest -c apps/web/jest.config.js
// The web app's unit tests are pure Node (no DOM): they check code and data, not screens.
export default {
  displayName: 'web',
  rootDir: '../..',
  roots: ['<rootDir>/apps/web/src'],
  testEnvironment: 'node',
  testMatch: ['**/*.spec.ts'],
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
