import { Field, InputType } from '@nestjs/graphql';
import { OrganizationKind } from '../../core/graphql/shared-enums.js';

@InputType('OrganizationFilter')
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true }) kind?: OrganizationKind | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) countryCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the name, any case' }) search?: string | null;
}
