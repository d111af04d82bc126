import { Field, ID, ObjectType } from '@nestjs/graphql';
import { declareCarriedField } from '../../core/graphql/carried-fields.js';
import { connectionOf } from '../../core/graphql/connection.js';
import { type OrganizationEntity } from '../organization.entity.js';
import { type MembershipRole, OrganizationKind } from '../../core/graphql/shared-enums.js';

/** An organisation as anyone who may see it sees it; `memberCount`, `viewerRole` and `members` are resolved fields. */
@ObjectType('Organization')
export class OrganizationOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => OrganizationKind) kind!: OrganizationKind;
  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the countries it operates in' })
  countryCodes!: string[];
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => Boolean, { description: 'Set by a platform admin' }) verified!: boolean;
  @Field(() => Date) createdAt!: Date;
  /**
   * Carried when the statement that found the organisation also counted it (the directory), so the
   * `memberCount` and `viewerRole` field resolvers answer without a loader; absent otherwise.
   */
  memberCount?: number;
  viewerRole?: MembershipRole | null;
}

// The directory's statement computes both for the viewer (see OrganizationService.list).
declareCarriedField('Organization', 'memberCount');
declareCarriedField('Organization', 'viewerRole');

export const OrganizationConnection = connectionOf(OrganizationOutput, 'Organization');
export type OrganizationConnection = InstanceType<typeof OrganizationConnection>;

export function toOrganizationOutput(organization: OrganizationEntity): OrganizationOutput {
  return {
    id: organization.id,
    name: organization.name,
    kind: organization.kind,
    countryCodes: organization.countryCodes,
    website: organization.website,
    verified: organization.verifiedAt !== null,
    createdAt: organization.createdAt,
  };
}
