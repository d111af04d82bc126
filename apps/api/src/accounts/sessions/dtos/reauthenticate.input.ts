import { Field, InputType } from '@nestjs/graphql';

@InputType('ReauthenticateInput')
export class ReauthenticateInput {
  @Field(() => String) password!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Required when the account has two-factor on (or recoveryCode).',
  })
  totpCode?: string | null;
  @Field(() => String, { nullable: true }) recoveryCode?: string | null;
}
