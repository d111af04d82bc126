import { Field, ID, InputType } from '@nestjs/graphql';

/** Only the fields given change; `website: null` (or "") removes the address. */
@InputType('UpdateOrganizationInput')
export class UpdateOrganizationInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => [String], { nullable: true }) countryCodes?: string[] | null;
  @Field(() => String, { nullable: true }) website?: string | null;
}
