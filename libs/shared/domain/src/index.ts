export * from './enums.js';
export * from './error-codes.js';
export * from './limits.js';
export * from './errors/accounts.js';
