import { Field, InputType } from '@nestjs/graphql';

@InputType('SignUpInput')
export class SignUpInput {
  @Field(() => String) email!: string;
  @Field(() => String, { description: 'At least 12 characters' }) password!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true }) locale?: string | null;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The one-time setup secret printed in the log at first start: makes the first platform admin.',
  })
  setupToken?: string | null;
}
