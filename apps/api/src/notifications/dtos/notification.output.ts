import { Field, ID, ObjectType } from '@nestjs/graphql';
import { connectionOf, type ConnectionShape } from '../../core/graphql/connection.js';
import { translate } from '../../core/i18n/translate.js';
import { messageKeyOf } from '../notification.service.js';
import { type NotificationEntity } from '../notification.entity.js';

@ObjectType('Notification')
export class NotificationOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String, { description: "Rendered in the recipient's language." }) message!: string;
  @Field(() => String, { nullable: true, description: 'An app path, e.g. /organizations/<id>' }) link!:
    string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

export const NotificationConnection = connectionOf(NotificationOutput, 'Notification');
export type NotificationConnection = ConnectionShape<NotificationOutput>;

/** Notifications are only ever shown to their recipient, so `locale` is the recipient's. */
export function toNotificationOutput(notification: NotificationEntity, locale: string): NotificationOutput {
  return {
    id: notification.id,
    kind: notification.kind,
    message: translate(locale, messageKeyOf(notification.kind), notification.params),
    link: notification.link,
    createdAt: notification.createdAt,
    readAt: notification.readAt,
  };
}

export function toNotificationConnection(
  page: ConnectionShape<NotificationEntity>,
  locale: string,
): NotificationConnection {
  return {
    ...page,
    edges: page.edges.map(({ cursor, node }) => ({ cursor, node: toNotificationOutput(node, locale) })),
  };
}
