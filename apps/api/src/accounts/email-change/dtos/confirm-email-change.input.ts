import { Field, InputType } from '@nestjs/graphql';

@InputType('ConfirmEmailChangeInput')
export class ConfirmEmailChangeInput {
  @Field(() => String, {
    description: 'The token from the link mailed to the new address (its #token= fragment).',
  })
  token!: string;
}
