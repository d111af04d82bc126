import { Field, InputType } from '@nestjs/graphql';

@InputType('ConfirmTotpInput')
export class ConfirmTotpInput {
  @Field(() => String, { description: 'The 6-digit code the authenticator app shows now' }) code!: string;
}
