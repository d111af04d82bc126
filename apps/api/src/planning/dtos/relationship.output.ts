import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type RelationshipEntity } from '../relationships/relationship.entity.js';
import { RelationshipStatus } from './planning-enums.js';

/**
 * A bilateral channel, handed only to members of its two organisations. `organizations`,
 * `requestedBy`, `election`, `staleAfterDays` and `contacts` are resolved fields; the ids below
 * carry what they need and are not part of the GraphQL type.
 */
@ObjectType('Relationship')
export class RelationshipOutput {
  @Field(() => ID) id!: string;
  @Field(() => RelationshipStatus) status!: RelationshipStatus;
  @Field(() => Date) createdAt!: Date;
  proposerOrganizationId!: string;
  recipientOrganizationId!: string;
  electionId!: string | null;
}

export function toRelationshipOutput(relationship: RelationshipEntity): RelationshipOutput {
  return {
    id: relationship.id,
    status: relationship.status,
    createdAt: relationship.createdAt,
    proposerOrganizationId: relationship.proposerOrganizationId,
    recipientOrganizationId: relationship.recipientOrganizationId,
    electionId: relationship.electionId,
  };
}
