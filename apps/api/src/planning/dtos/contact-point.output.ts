import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { verificationStatus } from '@ecw/domain';
import { declareCarriedField } from '../../core/graphql/carried-fields.js';
import { type OrganizationOutput } from '../../organizations/dtos/organization.output.js';
import { type ContactPointEntity } from '../contacts/contact-point.entity.js';
import { ChannelKind, EscalationTier, VerificationStatus } from './planning-enums.js';

@ObjectType('ContactChannel')
export class ContactChannelOutput {
  @Field(() => ChannelKind) kind!: ChannelKind;
  @Field(() => String) value!: string;
  @Field(() => Boolean) preferred!: boolean;
}

/**
 * A contact point as members of either side of its relationship see it. `relationship`,
 * `organization` and `revisions` are resolved fields; the ids below are not part of the type.
 */
@ObjectType('ContactPoint')
export class ContactPointOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => [ContactChannelOutput]) channels!: ContactChannelOutput[];
  @Field(() => [String], { description: 'BCP-47' }) languages!: string[];
  @Field(() => String, { nullable: true }) timeZone!: string | null;
  @Field(() => String, { nullable: true }) availability!: string | null;
  @Field(() => EscalationTier) escalationTier!: EscalationTier;
  @Field(() => GraphQLLocalDate, { nullable: true }) validFrom!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) validUntil!: string | null;
  @Field(() => Date, { nullable: true }) lastVerifiedAt!: Date | null;
  @Field(() => VerificationStatus) verificationStatus!: VerificationStatus;
  @Field(() => Date) updatedAt!: Date;
  relationshipId!: string;
  organizationId!: string;
  /**
   * Carried when the registry read its relationship's two sides (`Relationship.contacts`), so the
   * `organization` field resolver answers without a call per contact; absent otherwise.
   */
  organization?: OrganizationOutput;
}

// The registry reads both sides once for all its contacts (see RegistryResolver.contacts).
declareCarriedField('ContactPoint', 'organization');

/** `staleAfterDays` is the relationship's; `now` decides whether the last verification is too old. */
export function toContactPointOutput(
  contact: ContactPointEntity,
  staleAfterDays: number,
  now: Date,
): ContactPointOutput {
  return {
    id: contact.id,
    name: contact.name,
    title: contact.title,
    channels: contact.channels.map(({ kind, value, preferred }) => ({ kind, value, preferred })),
    languages: [...contact.languages],
    timeZone: contact.timeZone,
    availability: contact.availability,
    escalationTier: contact.escalationTier,
    validFrom: contact.validFrom,
    validUntil: contact.validUntil,
    lastVerifiedAt: contact.lastVerifiedAt,
    verificationStatus: verificationStatus(contact.lastVerifiedAt, staleAfterDays, now),
    updatedAt: contact.updatedAt,
    relationshipId: contact.relationshipId,
    organizationId: contact.organizationId,
  };
}
