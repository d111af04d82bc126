import { Field, InputType } from '@nestjs/graphql';

@InputType('DisableTotpInput')
export class DisableTotpInput {
  @Field(() => String) password!: string;
  @Field(() => String, { description: 'A current authenticator code, or an unused recovery code' })
  code!: string;
}
