import { z } from 'zod';
import { invalidInput, type FieldProblem } from '../errors/domain.exception.js';
import { isMessageKey } from '../i18n/translate.js';

/**
 * Validates a mutation's input against its schema; on failure throws BAD_USER_INPUT naming every
 * bad field, before anything is changed. Custom rules put a message key in `message`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(result.error.issues.map(toFieldProblem));
  const unstorable = unstorableFields(result.data);
  if (unstorable.length) throw invalidInput(unstorable);
  return result.data;
}

/**
 * The first and last instants the API accepts: the years 1 to 9999, which the contract's RFC 3339
 * `DateTime` writes with four digits and PostgreSQL stores. The DateTime scalar makes a Date of any
 * instant JavaScript can hold (years −271821 to 275760), and timestamptz starts in 4713 BC.
 */
const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00.000Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

/** Half of a UTF-16 surrogate pair without the other half: no character, and not valid UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Values PostgreSQL cannot hold would fail inside the database as internal errors (the mutation
 * fuzzer found all three): text with U+0000; text with a lone UTF-16 surrogate, which JSON.stringify
 * writes as an escape `jsonb` refuses (notification and audit parameters carry the text); and
 * instants before 4713 BC (`closesAt`, `startsAt`). Refuse them here, for every rule at once,
 * naming the field.
 */
function unstorableFields(value: unknown, path: string[] = []): FieldProblem[] {
  const field = path.join('.') || 'input';
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return [{ field, message: 'field.nulCharacter' }];
    return LONE_SURROGATE.test(value) ? [{ field, message: 'field.loneSurrogate' }] : [];
  }
  if (value instanceof Date) {
    const time = value.getTime();
    return time >= FIRST_INSTANT && time <= LAST_INSTANT ? [] : [{ field, message: 'field.instantRange' }];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => unstorableFields(inner, [...path, key]));
}

function toFieldProblem(issue: z.core.$ZodIssue): FieldProblem {
  const field = issue.path.map(String).join('.') || 'input';
  if (isMessageKey(issue.message)) return { field, message: issue.message, params: paramsOf(issue) };
  switch (issue.code) {
    case 'too_big':
      return { field, message: 'field.tooLong', params: { max: Number(issue.maximum) } };
    case 'too_small':
      return { field, message: 'field.required' };
    case 'invalid_format':
      return { field, message: issue.format === 'email' ? 'field.email' : 'error.badInput' };
    case 'invalid_type':
      return { field, message: 'field.required' };
    default:
      return { field, message: 'error.badInput' };
  }
}

function paramsOf(issue: z.core.$ZodIssue): Record<string, string | number> {
  const params = (issue as { params?: Record<string, string | number> }).params;
  return params ?? {};
}
