import type { FieldError } from '@ecw/domain';

/** Where a failed submit's field errors go: beside an input of the form, or in the form's alert. */
interface FieldErrorPlacement {
  /** Form path (`contacts.2.phone`) → the server's message, for the inputs that show it. */
  placed: Record<string, string>;
  /** The server's names of the fields placed beside inputs (for `<ProblemAlert formFields>`). */
  placedFields: string[];
  /** Errors about something the form has no input for (a token in the URL, a cursor). */
  unplaced: FieldError[];
}

/** The operation's argument (`input.email`) is not part of the form's values (`email`). */
const ARGUMENT_PREFIX = /^input\./;

function valueAt(values: unknown, path: readonly string[]): unknown {
  let current: unknown = values;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * The form path that shows a server field error. A path into a list of objects stays whole
 * (`contacts.2.phone` is that contact's phone input); an item of a list of plain values
 * (`countries.2`) belongs to the one input that edits the whole list (`countries`).
 */
function formPathOf(field: string, values: object): string | null {
  const segments = field.replace(ARGUMENT_PREFIX, '').split('.');
  if (valueAt(values, segments) === undefined) return null;
  while (segments.length > 1 && /^\d+$/.test(segments.at(-1) ?? '')) {
    const item = valueAt(values, segments);
    if (typeof item === 'object' && item !== null) break;
    segments.pop();
  }
  return segments.join('.');
}

export function placeFieldErrors(fieldErrors: readonly FieldError[], values: object): FieldErrorPlacement {
  const placed: Record<string, string> = {};
  const placedFields: string[] = [];
  const unplaced: FieldError[] = [];
  for (const error of fieldErrors) {
    const path = formPathOf(error.field, values);
    if (path === null) {
      unplaced.push(error);
      continue;
    }
    // The first message for a field is the one shown: it is what the server checked first.
    placed[path] ??= error.message;
    placedFields.push(error.field);
  }
  return { placed, placedFields, unplaced };
}
