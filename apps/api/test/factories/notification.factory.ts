import { randomBytes, randomUUID } from 'node:crypto';
import { NotificationService, type NewNotification } from '../../src/notifications/notification.service.js';
import { type TestApi } from '../support/test-api.js';

let sequence = 0;

/**
 * A notification with a default for every field. Until features raise notifications through their
 * own operations, tests store them with the running API's real NotificationService (real database,
 * real event bus), which also announces them to the recipient's subscription.
 */
export class NotificationFactory {
  private constructor(private readonly fields: NewNotification) {}

  static for(userId: string, overrides: Partial<Omit<NewNotification, 'userId'>> = {}): NotificationFactory {
    sequence += 1;
    const organization = `Organisation ${sequence}-${randomBytes(2).toString('hex')}`;
    return new NotificationFactory({
      userId,
      kind: 'organizationVerified',
      params: { organization },
      link: `/organizations/${randomUUID()}`,
      ...overrides,
    });
  }

  build(): NewNotification {
    return { ...this.fields, params: { ...this.fields.params } };
  }

  /** Stores and announces it; `announce` re-sends the announcement (an idempotent poke for subscriptions). */
  notify(t: TestApi): Promise<{ id: string; announce(): Promise<void> }> {
    return t.api.app.get(NotificationService).notify(this.build());
  }
}
