// Types for TypeScript consumers (apps/api tests) of the plain-JS guard-names.js.
export declare const AUTHENTICATION_GUARDS: readonly string[];
