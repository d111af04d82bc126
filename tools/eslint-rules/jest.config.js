// Jest config for the local ESLint rules: plain ESM JavaScript, so no transform.
// Run: NODE_OPTIONS=--experimental-vm-modules npx jest -c tools/eslint-rules/jest.config.js
export default {
  displayName: 'eslint-rules',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
  transform: {},
  testMatch: ['<rootDir>/**/*.spec.js'],
};
