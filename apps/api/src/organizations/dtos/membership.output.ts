import { Field, ID, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '../../core/graphql/connection.js';
import { type MembershipEntity } from '../membership.entity.js';
import { MembershipRole } from '../../core/graphql/shared-enums.js';

/**
 * One person's membership of one organisation. `user` and `organization` are resolved fields; the
 * ids they need are kept on the object but are not GraphQL fields.
 */
@ObjectType('Membership')
export class MembershipOutput {
  @Field(() => ID) id!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field(() => Date) createdAt!: Date;
  userId!: string;
  organizationId!: string;
}

export const MembershipConnection = connectionOf(MembershipOutput, 'Membership');
export type MembershipConnection = InstanceType<typeof MembershipConnection>;

export function toMembershipOutput(membership: MembershipEntity): MembershipOutput {
  return {
    id: membership.id,
    role: membership.role,
    createdAt: membership.createdAt,
    userId: membership.userId,
    organizationId: membership.organizationId,
  };
}
