import { Field, InputType } from '@nestjs/graphql';

@InputType('SignInInput')
export class SignInInput {
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
  @Field(() => String, { nullable: true, description: 'Required when the account has MFA enabled' })
  totpCode?: string | null;
  @Field(() => String, { nullable: true, description: 'A one-time recovery code, instead of totpCode' })
  recoveryCode?: string | null;
}
