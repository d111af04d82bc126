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
  const unstorable = fieldsWithNul(result.data);
  if (unstorable.length)
    throw invalidInput(unstorable.map((field) => ({ field, message: 'field.nulCharacter' })));
  return result.data;
}

/**
 * PostgreSQL text cannot hold U+0000: such a string would fail inside the database as an internal
 * error (the mutation fuzzer found it). Refuse it here, for every rule at once, naming the field.
 */
function fieldsWithNul(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path.join('.') || 'input'] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => fieldsWithNul(inner, [...path, key]));
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
