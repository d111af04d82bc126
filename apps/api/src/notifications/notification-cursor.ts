import { decodeCursor } from '../core/graphql/connection.js';
import { invalidInput } from '../core/errors/domain.exception.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The keyset position of a notification: (created_at, id), newest first. The instant travels as
 * microseconds since the epoch, because PostgreSQL keeps microseconds and a JavaScript Date would
 * round them away (rows created within one millisecond would then be skipped between pages).
 */
export interface NotificationPosition {
  createdAtMicros: number;
  id: string;
}

export function decodeNotificationCursor(cursor: string | null | undefined): NotificationPosition | null {
  const values = decodeCursor(cursor, 2);
  if (!values) return null;
  const [createdAtMicros, id] = values;
  if (
    typeof createdAtMicros === 'number' &&
    Number.isSafeInteger(createdAtMicros) &&
    typeof id === 'string' &&
    UUID.test(id)
  ) {
    return { createdAtMicros, id };
  }
  throw invalidInput([{ field: 'after', message: 'field.cursor' }]);
}

/** Ids that can name a row: anything else cannot be anyone's notification. */
export function isRowId(value: string): boolean {
  return UUID.test(value);
}
