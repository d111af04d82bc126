import { Field, InputType } from '@nestjs/graphql';
import { OrganizationKind } from '../../core/graphql/shared-enums.js';

@InputType('CreateOrganizationInput')
export class CreateOrganizationInput {
  @Field(() => String) name!: string;
  @Field(() => OrganizationKind) kind!: OrganizationKind;
  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes, 1 to 60' }) countryCodes!: string[];
  @Field(() => String, { nullable: true, description: 'An http(s) address' }) website?: string | null;
}
