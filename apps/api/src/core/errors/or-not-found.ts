import { notFound } from './domain.exception.js';

/** The value, or NOT_FOUND when there is none. */
export function orNotFound<T>(value: T | null): T {
  if (value === null) throw notFound();
  return value;
}
