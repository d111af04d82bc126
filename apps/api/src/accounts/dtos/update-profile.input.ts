import { Field, InputType } from '@nestjs/graphql';

@InputType('UpdateProfileInput')
export class UpdateProfileInput {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => String, { nullable: true, description: 'One of en, fr, es, ar' }) locale?: string | null;
  @Field(() => String, { nullable: true, description: 'IANA, e.g. "Africa/Nairobi"' }) timeZone?:
    string | null;
}
