import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type AuditEventEntity } from '../../core/audit/audit-event.entity.js';
import { connectionOf } from '../../core/graphql/connection.js';

/** One audit line as an organisation's OWNERs and ADMINs read it: never its metadata. */
@ObjectType('AuditEvent')
export class AuditEventOutput {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'e.g. "member.role_changed"' }) action!: string;
  @Field(() => String, { nullable: true }) targetType!: string | null;
  @Field(() => ID, { nullable: true }) targetId!: string | null;
  actorId!: string | null;
  organizationId!: string | null;
}

export const AuditEventConnection = connectionOf(AuditEventOutput, 'AuditEvent');
export type AuditEventConnection = InstanceType<typeof AuditEventConnection>;

export function toAuditEventOutput(event: AuditEventEntity): AuditEventOutput {
  return {
    id: event.id,
    at: event.at,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    actorId: event.actorId,
    organizationId: event.organizationId,
  };
}
