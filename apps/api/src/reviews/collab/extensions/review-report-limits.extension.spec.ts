import { jest } from '@jest/globals';
import { type beforeHandleMessagePayload, MessageType } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';
import { COLLAB_LIMITS, ReviewReportLimitsExtension } from './review-report-limits.extension.js';

/** An awareness message (a cursor moving): counted by the rate limit, no Yjs update in it. */
function awarenessMessage(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, 'review-report.00000000-0000-0000-0000-000000000000');
  encoding.writeVarUint(encoder, MessageType.Awareness);
  return encoding.toUint8Array(encoder);
}

describe('ReviewReportLimitsExtension: messages per connection', () => {
  // The bucket reads the monotonic clock (performance.now), which Jest's fake timers drive.
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  const limits = new ReviewReportLimitsExtension();
  const message = (connection: object) =>
    limits.beforeHandleMessage({
      connection,
      update: awarenessMessage(),
    } as unknown as beforeHandleMessagePayload);

  it('takes a burst, refuses the next message as too fast, and takes more as the bucket refills', async () => {
    const connection = {};
    for (let sent = 0; sent < COLLAB_LIMITS.burstMessages; sent += 1) await message(connection);
    await expect(message(connection)).rejects.toEqual({ code: 4429, reason: 'Too many messages' });
    jest.advanceTimersByTime(1_000); // a second: messagesPerSecond more
    for (let sent = 0; sent < COLLAB_LIMITS.messagesPerSecond; sent += 1) await message(connection);
    await expect(message(connection)).rejects.toEqual({ code: 4429, reason: 'Too many messages' });
  });

  it('counts each connection on its own', async () => {
    const flooding = {};
    for (let sent = 0; sent < COLLAB_LIMITS.burstMessages; sent += 1) await message(flooding);
    await expect(message(flooding)).rejects.toEqual({ code: 4429, reason: 'Too many messages' });
    await expect(message({})).resolves.toBeUndefined();
  });
});
