export * from './calendar-date.js';
export * from './election-phase.js';
export * from './planning-enums.js';
export * from './planning-limits.js';
