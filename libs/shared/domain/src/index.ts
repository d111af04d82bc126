export * from './enums.js';
export * from './error-codes.js';
export * from './limits.js';
export * from './planning/index.js';
export * from './errors/planning.js';
export * from './errors/accounts.js';
export * from './errors/core.js';
export * from './errors/organizations.js';
